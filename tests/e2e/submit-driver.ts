import { expect, type Page } from "@playwright/test";
import { JourneyDriver, type Scenario } from "./journey-driver";
import type { Lang } from "./helpers";

export type ConsentPlan =
  | { method: "confirmed-here"; name: string }
  | { method: "email-request"; email: string; lang: Lang }
  | { method: "signed-later" }
  | { evidence: string[] };

/** From check-your-answers to the confirmation page: consent (for representatives), declarations, send. */
export class SubmitDriver extends JourneyDriver {
  /** The declaration form's CSRF token, to replay the form as a double click or a refresh would. */
  csrf = "";

  constructor(page: Page, lang: Lang, scan = true) {
    super(page, lang, scan);
  }

  async send(scenario: Scenario, consent?: ConsentPlan): Promise<string> {
    await this.expectStep("check-answers");
    await this.continue();
    if (scenario.person) {
      await this.expectStep("consent");
      if (!consent) throw new Error("a representative's scenario needs a consent plan");
      if ("evidence" in consent) {
        for (const item of consent.evidence) await this.choose("evidence", item);
      } else {
        await this.choose("method", consent.method);
        if (consent.method === "confirmed-here") {
          await this.fill("confirmedName", consent.name);
          await this.choose("agree", "yes");
        }
        if (consent.method === "email-request") {
          await this.fill("requestEmail", consent.email);
          await this.choose("requestLang", consent.lang);
        }
      }
      await this.continue();
    }
    await this.expectStep("declaration");
    this.csrf = await this.page.locator('#step-form input[name="csrf"]').inputValue();
    await this.choose("shareAgreed", "yes");
    await this.choose("truthDeclared", "yes");
    await this.continue();
    await this.expectStep("confirmation");
    const reference = (await this.page.locator(".app-reference").innerText()).trim();
    expect(reference).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}$/);
    return reference;
  }
}
