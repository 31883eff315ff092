import { expect, type Page } from "@playwright/test";
import { DUNCAN } from "../scenarios";
import { expectNoAxeViolations, type Lang } from "./helpers";

/** A month and year counted back from now, as the form takes it. */
export function monthsAgo(months: number): [string, string] {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  return [String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

/** The shared Duncan case (tests/scenarios.ts) as the driver fills it in, dated from today. */
export function duncanScenario(contact?: Scenario["contact"]): Scenario {
  return {
    who: DUNCAN.relationship,
    person: { ...DUNCAN.person },
    orgs: DUNCAN.organisations.map((org) => ({
      type: org.type,
      search: org.search,
      code: org.code,
      complaint:
        org.complaint.status === "final-response"
          ? { status: "final-response", made: monthsAgo(org.complaint.madeMonthsAgo), final: monthsAgo(org.complaint.finalMonthsAgo) }
          : org.complaint.status === "awaiting-response"
            ? { status: "awaiting-response", made: monthsAgo(org.complaint.madeMonthsAgo) }
            : { status: "not-made" },
    })),
    description: DUNCAN.description,
    started: monthsAgo(DUNCAN.startedMonthsAgo),
    ongoing: false,
    ended: monthsAgo(DUNCAN.endedMonthsAgo),
    aware: monthsAgo(DUNCAN.awareMonthsAgo),
    impact: DUNCAN.impact,
    impactYou: DUNCAN.impactOnComplainant,
    putRight: ["apology", "payment"],
    legal: { action: "none", court: "no" },
    contact,
  };
}

export type OrgPlan = {
  type: string;
  /** Directory types: search for this, then pick the code. */
  search?: string;
  code?: string;
  /** Other types: a free-text name, the nation and who paid. */
  name?: string;
  nation?: string;
  funding?: string;
  complaint: { status: "final-response"; made: [string, string]; final: [string, string] } | { status: "awaiting-response"; made: [string, string] } | { status: "not-made" };
};

export type Scenario = {
  risk?: "yes" | "no";
  who: string;
  person?: { name: string; status: string; consent?: string; authority?: string };
  orgs: OrgPlan[];
  description: string;
  started: [string, string];
  ongoing: boolean;
  ended?: [string, string];
  aware: [string, string];
  impact: string;
  impactYou?: string;
  putRight: string[];
  legal: { action: string; court: "yes" | "no"; details?: string };
  delayReason?: string;
  contact?: { name: string; email?: string; phone?: string; method: string; language: string; needs?: string; address?: { line1: string; town: string; postcode: string } };
};

/** Drives the journey by field names and values, so one scenario runs in both languages. */
export class JourneyDriver {
  constructor(
    protected readonly page: Page,
    readonly lang: Lang,
    private readonly scan = true,
  ) {}

  async expectStep(slug: string | RegExp): Promise<void> {
    const pattern = typeof slug === "string" ? new RegExp(`/${this.lang}/complaint/${slug}(\\?.*)?$`) : slug;
    await expect(this.page).toHaveURL(pattern);
    // The URL changes before the new document has finished loading.
    await this.page.waitForLoadState("load");
    await expect(this.page.locator("html")).toHaveAttribute("lang", this.lang);
    if (this.scan) await expectNoAxeViolations(this.page);
  }

  async choose(name: string, value: string): Promise<void> {
    await this.page.locator(`input[name="${name}"][value="${value}"]`).check();
  }

  async fill(name: string, value: string): Promise<void> {
    await this.page.locator(`[name="${name}"]`).fill(value);
  }

  async date(prefix: string, [month, year]: [string, string]): Promise<void> {
    await this.fill(`${prefix}Month`, month);
    await this.fill(`${prefix}Year`, year);
  }

  async continue(): Promise<void> {
    await Promise.all([this.page.waitForLoadState("load"), this.page.locator("#step-form > button.govuk-button").click()]);
  }

  /** Submit and expect to stay on the page with errors, each field named in the summary. */
  async expectErrors(fields: string[]): Promise<void> {
    const summary = this.page.locator(".govuk-error-summary");
    await expect(summary).toBeVisible();
    await expect(this.page).toHaveTitle(this.lang === "en" ? /^Error: / : /^Gwall: /);
    for (const field of fields) await expect(summary.locator(`a[href="#${field}"]`)).toHaveCount(1);
    if (this.scan) await expectNoAxeViolations(this.page);
  }

  async start(): Promise<void> {
    await this.page.goto(`/${this.lang}/complaint`);
    await this.expectStep("risk");
  }

  async addOrganisation(org: OrgPlan): Promise<void> {
    await this.expectStep("organisations");
    const add = this.page.locator('button[name="intent"][value="add"]');
    if (await add.count()) await add.click();
    else {
      await this.choose("addAnother", "yes");
      await this.continue();
    }
    await this.expectStep(/\/complaint\/organisations\/[a-z0-9]+\/type$/);
    await this.choose("type", org.type);
    await this.continue();
    await this.expectStep(/\/complaint\/organisations\/[a-z0-9]+\/which(\?.*)?$/);
    if (org.search) {
      await this.fill("q", org.search);
      await Promise.all([this.page.waitForURL(/\?q=/), this.page.locator('form[role="search"] button').click()]);
      if (this.scan) await expectNoAxeViolations(this.page);
      await this.choose("code", org.code ?? "");
    } else {
      await this.fill("name", org.name ?? "");
      await this.choose("nation", org.nation ?? "england");
      if (org.funding) await this.choose("funding", org.funding);
    }
    await this.continue();
    await this.expectStep(/\/complaint\/organisations\/[a-z0-9]+\/complaint$/);
    await this.choose("status", org.complaint.status);
    if (org.complaint.status === "final-response") {
      await this.date("finalMade", org.complaint.made);
      await this.date("final", org.complaint.final);
    } else if (org.complaint.status === "awaiting-response") {
      await this.date("awaitingMade", org.complaint.made);
    }
    await this.continue();
  }

  /** Everything up to the outcome page. */
  async tellStory(s: Scenario): Promise<void> {
    await this.start();
    await this.choose("riskNow", s.risk ?? "no");
    await this.continue();
    if (s.risk === "yes") {
      await this.expectStep("urgent-help");
      await this.page.locator("main a.govuk-button").click();
    }
    await this.expectStep("who");
    await this.choose("complainant", s.who);
    await this.continue();
    if (s.person) {
      await this.expectStep("person-affected");
      await this.fill("fullName", s.person.name);
      await this.choose("status", s.person.status);
      await this.continue();
      await this.expectStep("authority");
      if (s.person.consent) await this.choose("consent", s.person.consent);
      else await this.choose("authority", s.person.authority ?? "none");
      await this.continue();
    }
    for (const org of s.orgs) await this.addOrganisation(org);
    await this.expectStep("organisations");
    await this.choose("addAnother", "no");
    await this.continue();
    await this.expectStep("what-happened");
    await this.fill("description", s.description);
    await this.continue();
    await this.expectStep("dates");
    await this.date("started", s.started);
    await this.choose("ongoing", s.ongoing ? "yes" : "no");
    if (!s.ongoing && s.ended) await this.date("ended", s.ended);
    await this.date("aware", s.aware);
    await this.continue();
    await this.expectStep("impact");
    await this.fill("onPerson", s.impact);
    if (s.impactYou) await this.fill("onYou", s.impactYou);
    await this.continue();
    await this.expectStep("put-right");
    for (const outcome of s.putRight) await this.choose("outcomes", outcome);
    await this.continue();
    await this.expectStep("legal-action");
    await this.choose("action", s.legal.action);
    await this.choose("courtDecided", s.legal.court);
    if (s.legal.details) await this.fill("details", s.legal.details);
    await this.continue();
    if (s.delayReason) {
      await this.expectStep("delay");
      await this.fill("reason", s.delayReason);
      await this.continue();
    }
    await this.expectStep("outcome");
  }

  /** From the outcome page to check your answers. */
  async giveContactDetails(s: Scenario): Promise<void> {
    const c = s.contact ?? { name: "Sam Example", email: "sam@example.org", method: "email", language: this.lang };
    await this.continue();
    await this.expectStep("your-details");
    await this.fill("fullName", c.name);
    if (c.email) await this.fill("email", c.email);
    if (c.phone) await this.fill("phone", c.phone);
    await this.continue();
    await this.expectStep("contact-preferences");
    await this.choose("method", c.method);
    await this.choose("letterLanguage", c.language);
    if (c.needs) await this.fill("needs", c.needs);
    await this.continue();
    await this.expectStep("address");
    if (c.address) {
      await this.fill("line1", c.address.line1);
      await this.fill("town", c.address.town);
      await this.fill("postcode", c.address.postcode);
    }
    await this.continue();
    await this.expectStep("check-answers");
  }
}
