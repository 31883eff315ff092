import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, javaScriptOn, LANGS, type Lang } from "./helpers";
import { JourneyDriver, monthsAgo } from "./journey-driver";

// Bad answers on every page of the journey, in English and Welsh, with
// JavaScript on and off (the two projects): the GOV.UK error pattern, nothing
// typed lost, no axe violations. Then tampered forms, forged cookies,
// out-of-order URLs, switching language and changing answers.

type Tree = Record<string, unknown>;
const readLocale = (lang: Lang, ns: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), "locales", lang, `${ns}.json`), "utf8")) as Tree;
const LOCALES = Object.fromEntries(LANGS.map((lang) => [lang, { journey: readLocale(lang, "journey"), common: readLocale(lang, "common") }])) as Record<Lang, { journey: Tree; common: Tree }>;

/** A string from the locale files with its {{values}} filled in, as the page shows it. */
function copy(lang: Lang, key: string, values: Record<string, string | number> = {}, ns: "journey" | "common" = "journey"): string {
  const found = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Tree)[part] : undefined), LOCALES[lang][ns]);
  if (typeof found !== "string") throw new Error(`no ${lang} text for ${ns}:${key}`);
  return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name]));
}

/** An error as the test expects it: a locale key under errors., with any values. */
type Expected = string | [string, Record<string, string | number>];
const tooLong = (max: number): Expected => ["common.tooLong", { max }];
const long = (length: number) => "x".repeat(length);
const nextMonth = monthsAgo(-1);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The visible text of an HTML response: tags dropped, React's escapes undone. */
function textOf(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

class ErrorChecks {
  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {}

  message(expected: Expected): string {
    const [key, values] = typeof expected === "string" ? [expected, {}] : expected;
    return copy(this.lang, `errors.${key}`, values);
  }

  /** Continue, expecting to stay on this page: a 400 from the server without JavaScript, the browser's own check with it. */
  async submit(): Promise<void> {
    const url = this.page.url();
    const button = this.page.locator("#step-form > button.govuk-button");
    if (javaScriptOn()) {
      // Once the page is interactive (GOV.UK Frontend has set the button up), the form is checked in the browser.
      await expect(button).toHaveAttribute("data-govuk-button-init", "");
      // The button ignores a second click within a second (GOV.UK's double-click guard), so send the form as the click would.
      await this.page.locator("#step-form").evaluate((form: HTMLFormElement) => form.requestSubmit(form.querySelector<HTMLButtonElement>(":scope > button.govuk-button")));
    } else {
      const [response] = await Promise.all([this.page.waitForResponse((r) => r.request().method() === "POST"), button.click()]);
      expect(response.status(), `status of the POST to ${url}`).toBe(400);
      await this.page.waitForLoadState("load");
    }
    await expect(this.page).toHaveURL(url);
  }

  /**
   * The GOV.UK error pattern: a summary linking to each bad field and nothing
   * else, the same message beside the field, "Error:" before the title, and
   * everything typed still there.
   */
  async expect(errors: Record<string, Expected>, kept: Record<string, string | boolean> = {}, { axe = false } = {}): Promise<void> {
    const { page } = this;
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeVisible();
    await expect(summary.locator("h2")).toHaveText(copy(this.lang, "errors.summaryTitle", {}, "common"));
    for (const [field, expected] of Object.entries(errors)) {
      const message = this.message(expected);
      await expect(summary.locator(`a[href="#${field}"]`), `summary link to ${field}`).toHaveText(message);
      await expect(page.locator(`[id="${field}"]`), `the field ${field} the summary links to`).toHaveCount(1);
      const inline = field.replace(/(Month|Year)$/, "");
      await expect(page.locator(`[id="${inline}-error"]`), `inline error for ${field}`).toContainText(message);
    }
    await expect(summary.locator("a")).toHaveCount(Object.keys(errors).length);
    // (With JavaScript, a character count over its limit is styled as an error message too.)
    await expect(page.locator(".govuk-error-message:not(.govuk-character-count__message)")).toHaveCount(new Set(Object.keys(errors).map((f) => f.replace(/(Month|Year)$/, ""))).size);
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(copy(this.lang, "errors.titlePrefix", {}, "common"))}`));
    await this.expectKept(kept);
    if (axe) {
      // Scan the whole document: without JavaScript the 400 page may still be arriving when its top is checked.
      await page.waitForLoadState("load");
      await expectNoAxeViolations(page);
    }
  }

  async expectKept(kept: Record<string, string | boolean>): Promise<void> {
    for (const [name, value] of Object.entries(kept)) {
      if (typeof value === "boolean") continue;
      const choice = this.page.locator(`input[name="${name}"][value="${value}"]`);
      if ((await choice.count()) > 0 && ["radio", "checkbox"].includes((await choice.first().getAttribute("type")) ?? "")) {
        await expect(choice, `${name}=${value} still chosen`).toBeChecked();
      } else {
        await expect(this.page.locator(`[name="${name}"]`), `${name} still holds what was typed`).toHaveValue(value);
      }
    }
  }

  /** Submit, then expect these errors. */
  async bad(errors: Record<string, Expected>, kept: Record<string, string | boolean> = {}, options: { axe?: boolean } = {}): Promise<void> {
    await this.submit();
    await this.expect(errors, kept, options);
  }

  /** Give a radio or checkbox a value the server never offered, and choose it. */
  async tamper(name: string, from: string, to: string): Promise<void> {
    await this.page.locator(`input[name="${name}"][value="${from}"]`).evaluate((input, value) => input.setAttribute("value", value), to);
    await this.page.locator(`input[name="${name}"][value="${to}"]`).check();
  }
}

/** POST a form as the browser would, with the page's hidden fields (the CSRF token among them). */
async function post(page: Page, url: string, fields: Record<string, string>) {
  const hidden = await page
    .locator('form[method="post"] input[type="hidden"]')
    .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as const));
  const form: Record<string, string> = {};
  for (const [name, value] of hidden) if (name !== "intent" && name !== "orgId") form[name] = value;
  return page.request.post(url, { form: { ...form, ...fields }, maxRedirects: 0 });
}

const orgIdIn = (url: string) => /\/organisations\/([a-z0-9]+)\//.exec(url)?.[1] ?? "";

for (const lang of LANGS) {
  test(`${lang}: every page with a form rejects bad answers the GOV.UK way and keeps what was typed`, async ({ page }) => {
    test.setTimeout(400_000);
    const journey = new JourneyDriver(page, lang, false);
    const e = new ErrorChecks(page, lang);
    const to = (slug: string | RegExp) => journey.expectStep(slug);

    await journey.start();
    await e.bad({ riskNow: "risk.required" }, {}, { axe: true });
    if (!javaScriptOn()) {
      // Without JavaScript the page is plain HTML, so a value can be edited before sending (with it, React puts the value back).
      await e.tamper("riskNow", "yes", "maybe");
      await e.bad({ riskNow: "risk.required" });
    }
    await journey.choose("riskNow", "no");
    await journey.continue();

    await to("who");
    await e.bad({ complainant: "who.required" });
    await journey.choose("complainant", "other");
    await e.bad({ otherDescription: "who.otherRequired" }, { complainant: "other" });
    await journey.fill("otherDescription", long(201));
    await e.bad({ otherDescription: tooLong(200) }, { complainant: "other", otherDescription: long(201) }, { axe: true });
    // A change of mind leaves the long text in a closed reveal: it must not block the person.
    await journey.choose("complainant", "relative-or-friend");
    await journey.continue();

    await to("person-affected");
    await e.bad({ fullName: "personAffected.nameRequired", status: "personAffected.statusRequired" }, {}, { axe: true });
    await journey.choose("status", "can-consent");
    await journey.fill("fullName", long(201));
    await e.bad({ fullName: tooLong(200) }, { status: "can-consent", fullName: long(201) });
    await journey.fill("fullName", "Rhian Example");
    await journey.continue();

    await to("authority");
    await e.bad({ consent: "authority.consentRequired" }, {}, { axe: true });
    await page.goto(`/${lang}/complaint/person-affected`);
    await journey.choose("status", "lacks-capacity");
    await journey.continue();
    await to("authority");
    await e.bad({ authority: "authority.authorityRequired" }, {}, { axe: true });
    await journey.choose("authority", "none");
    await journey.continue();

    await to("organisations");
    await page.locator('button[name="intent"][value="add"]').click();
    await to(/\/organisations\/[a-z0-9]+\/type$/);
    await e.bad({ type: "orgType.required" }, {}, { axe: true });
    await journey.choose("type", "council");
    await journey.continue();

    await to(/\/organisations\/[a-z0-9]+\/which$/);
    await e.bad({ code: "orgWhich.chooseRequired" });
    await journey.choose("code", "not-listed");
    await journey.fill("name", long(201));
    await e.bad({ name: tooLong(200), nation: "orgWhich.nationRequired" }, { code: "not-listed", name: long(201) }, { axe: true });
    await journey.fill("q", "Powys");
    await Promise.all([page.waitForURL(/\?q=Powys/), page.locator('form[role="search"] button').click()]);
    await journey.choose("code", "W06000023");
    await journey.continue();

    await to(/\/organisations\/[a-z0-9]+\/complaint$/);
    await e.bad({ status: "orgComplaint.required" });
    await journey.choose("status", "final-response");
    await e.bad({ finalMadeMonth: "orgComplaint.madeRequired", finalMonth: "orgComplaint.finalRequired" }, { status: "final-response" });
    await journey.date("finalMade", ["13", "2025"]);
    await journey.date("final", ["6", "99"]);
    await e.bad({ finalMadeMonth: "date.realMonth", finalYear: "date.realYear" }, { finalMadeMonth: "13", finalMadeYear: "2025", finalMonth: "6", finalYear: "99" }, { axe: true });
    await journey.date("finalMade", nextMonth);
    await journey.date("final", monthsAgo(2));
    await e.bad({ finalMadeMonth: "date.future" }, { finalMadeMonth: nextMonth[0], finalYear: monthsAgo(2)[1] });
    await journey.date("finalMade", monthsAgo(3));
    await journey.date("final", monthsAgo(5));
    await e.bad({ finalMonth: "orgComplaint.finalBeforeMade" }, { finalMadeMonth: monthsAgo(3)[0], finalMonth: monthsAgo(5)[0] });
    await journey.date("finalMade", monthsAgo(5));
    await journey.date("final", monthsAgo(3));
    await journey.continue();

    await to("organisations");
    await e.bad({ addAnother: "organisations.addAnotherRequired" }, {}, { axe: true });
    // A tampered "Remove" for an organisation that is not in this draft.
    await page.locator('form.app-inline-form input[name="orgId"]').first().evaluate((input) => input.setAttribute("value", "ffffffffffff"));
    const [removal] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.locator("form.app-inline-form button").first().click(),
    ]);
    expect(removal.status()).toBe(400);
    await page.waitForLoadState("load");
    await e.expect({ addAnother: "organisations.unknown" });
    await expect(page.locator("main .govuk-summary-list__row")).toHaveCount(1);
    await journey.choose("addAnother", "yes");
    await journey.continue();

    await to(/\/organisations\/[a-z0-9]+\/type$/);
    await journey.choose("type", "care-provider");
    await journey.continue();
    await to(/\/organisations\/[a-z0-9]+\/which$/);
    await e.bad({ name: "orgWhich.nameRequired", nation: "orgWhich.nationRequired", funding: "orgWhich.fundingRequired" }, {}, { axe: true });
    await journey.fill("name", long(201));
    await journey.choose("nation", "wales");
    await e.bad({ name: tooLong(200), funding: "orgWhich.fundingRequired" }, { name: long(201), nation: "wales" });
    await journey.fill("name", "Meadow View Care Home");
    await journey.choose("funding", "council");
    await journey.continue();
    await to(/\/organisations\/[a-z0-9]+\/complaint$/);
    await journey.choose("status", "awaiting-response");
    await journey.fill("awaitingMadeMonth", "4");
    await e.bad({ awaitingMadeYear: "date.missingYear" }, { status: "awaiting-response", awaitingMadeMonth: "4" });
    await journey.date("awaitingMade", monthsAgo(4));
    await journey.continue();
    await to("organisations");
    await journey.choose("addAnother", "no");
    await journey.continue();

    await to("what-happened");
    await e.bad({ description: "whatHappened.required" }, {}, { axe: true });
    await journey.fill("description", "   \n\n   ");
    await e.bad({ description: "whatHappened.required" });
    await journey.fill("description", long(10001));
    await e.bad({ description: tooLong(10000) }, { description: long(10001) });
    await journey.fill("description", "Nobody assessed my mother's needs for months.");
    await journey.continue();

    await to("dates");
    await e.bad({ startedMonth: "dates.startedRequired", ongoing: "dates.ongoingRequired", awareMonth: "dates.awareRequired" });
    await journey.date("started", ["abc", "2024"]);
    await journey.choose("ongoing", "no");
    await journey.date("ended", ["2", "99"]);
    await journey.date("aware", ["5", "1899"]);
    await e.bad(
      { startedMonth: "date.realMonth", endedYear: "date.realYear", awareYear: "date.tooOld" },
      { startedMonth: "abc", startedYear: "2024", ongoing: "no", endedMonth: "2", endedYear: "99", awareMonth: "5", awareYear: "1899" },
      { axe: true },
    );
    await journey.date("started", monthsAgo(24));
    await journey.date("ended", monthsAgo(25));
    await journey.date("aware", nextMonth);
    await e.bad({ endedMonth: "dates.endedBeforeStarted", awareMonth: "date.future" }, { startedMonth: monthsAgo(24)[0], endedMonth: monthsAgo(25)[0], awareYear: nextMonth[1] });
    await journey.date("ended", monthsAgo(22));
    await journey.date("aware", monthsAgo(25));
    await e.bad({ awareMonth: "dates.awareBeforeStarted" }, { endedMonth: monthsAgo(22)[0], awareMonth: monthsAgo(25)[0] });
    await journey.date("started", monthsAgo(26));
    await journey.continue();

    await to("impact");
    await e.bad({ onPerson: "impact.required" }, {}, { axe: true });
    await journey.fill("onPerson", "She lost weight and confidence.");
    await journey.fill("onYou", long(5001));
    await e.bad({ onYou: tooLong(5000) }, { onPerson: "She lost weight and confidence.", onYou: long(5001) });
    await journey.fill("onYou", "");
    await journey.continue();

    await to("put-right");
    await e.bad({ outcomes: "putRight.required" }, {}, { axe: true });
    await journey.choose("outcomes", "apology");
    await journey.choose("outcomes", "other");
    await e.bad({ other: "putRight.otherRequired" }, { outcomes: "apology" });
    await e.expectKept({ outcomes: "other" });
    await journey.fill("other", "Training for the staff");
    if (!javaScriptOn()) {
      await e.tamper("outcomes", "payment", "banana");
      await e.bad({ outcomes: "putRight.required" }, { outcomes: "apology", other: "Training for the staff" });
    }
    await journey.continue();

    await to("legal-action");
    await e.bad({ action: "legal.actionRequired", courtDecided: "legal.courtRequired" }, {}, { axe: true });
    await journey.choose("action", "finished");
    await journey.choose("courtDecided", "yes");
    await e.bad({ details: "legal.detailsRequired" }, { action: "finished", courtDecided: "yes" });
    await journey.fill("details", long(2001));
    await e.bad({ details: tooLong(2000) }, { action: "finished", courtDecided: "yes", details: long(2001) });
    await journey.choose("action", "none");
    await journey.choose("courtDecided", "no");
    await journey.continue();

    await to("delay");
    await e.bad({ reason: "delay.required" }, {}, { axe: true });
    await journey.fill("reason", long(5001));
    await e.bad({ reason: tooLong(5000) }, { reason: long(5001) });
    await journey.fill("reason", "I was caring for her full time.");
    await journey.continue();

    await to("outcome");
    await expect(page.locator("[data-outcome]")).toHaveAttribute("data-outcome", "ready");
    await journey.continue();

    await to("your-details");
    await e.bad({ fullName: "yourDetails.nameRequired", email: "yourDetails.contactRequired" }, {}, { axe: true });
    await journey.fill("fullName", "Sam Example");
    await journey.fill("email", "sam@");
    await journey.fill("phone", "12");
    await e.bad({ email: "yourDetails.emailInvalid", phone: "yourDetails.phoneInvalid" }, { fullName: "Sam Example", email: "sam@", phone: "12" });
    await journey.fill("fullName", long(201));
    await journey.fill("email", "");
    await journey.fill("phone", "029 2018 0500");
    await e.bad({ fullName: tooLong(200) }, { fullName: long(201), phone: "029 2018 0500" });
    await journey.fill("fullName", "Sam Example");
    await journey.continue();

    await to("contact-preferences");
    await e.bad({ method: "preferences.methodRequired", letterLanguage: "preferences.languageRequired" }, {}, { axe: true });
    await journey.choose("method", "email");
    await journey.choose("letterLanguage", "cy");
    await e.bad({ method: "preferences.noEmail" }, { method: "email", letterLanguage: "cy" });
    await journey.choose("method", "post");
    await journey.fill("needs", long(2001));
    await e.bad({ needs: tooLong(2000) }, { method: "post", letterLanguage: "cy", needs: long(2001) });
    await journey.fill("needs", "Large print, please.");
    await journey.continue();

    await to("address");
    await e.bad({ line1: "address.line1RequiredPost", town: "address.townRequired", postcode: "address.postcodeRequired" }, {}, { axe: true });
    await journey.fill("line1", "1 High Street");
    await journey.fill("town", long(101));
    await journey.fill("postcode", "CF10");
    await e.bad({ town: tooLong(100), postcode: "address.postcodeInvalid" }, { line1: "1 High Street", town: long(101), postcode: "CF10" });
    await journey.fill("town", "Llandrindod Wells");
    await journey.fill("postcode", "ld1 5la");
    await journey.continue();

    await to("check-answers");
    const main = page.locator("main");
    await expect(main).toContainText("LD1 5LA");
    await expect(main).toContainText("Meadow View Care Home");
    await expect(main).not.toContainText("x".repeat(50));

    // Change one answer: a bad answer keeps "change" mode, a good one goes straight back.
    await page.locator(`a[href="/${lang}/complaint/what-happened?change=1"]`).click();
    await to("what-happened");
    await journey.fill("description", "");
    await e.bad({ description: "whatHappened.required" });
    await expect(page).toHaveURL(/\?change=1$/);
    await journey.fill("description", "Nobody assessed my mother's needs for eight months.");
    await journey.continue();
    await to("check-answers");
    await expect(main).toContainText("for eight months.");

    // A change that needs a further answer: a new type of organisation must be named again.
    const secondOrg = page.locator(`a[href$="/type?change=1"]`).nth(1);
    await secondOrg.click();
    await to(/\/organisations\/[a-z0-9]+\/type\?change=1$/);
    await journey.choose("type", "independent-healthcare");
    await journey.continue();
    await to(/\/organisations\/[a-z0-9]+\/which\?change=1$/);
    await e.bad({ name: "orgWhich.nameRequired", nation: "orgWhich.nationRequired", funding: "orgWhich.fundingRequired" });
    await journey.fill("name", "Bryn Clinic");
    await journey.choose("nation", "wales");
    await journey.choose("funding", "nhs");
    await journey.continue();
    await to("check-answers");
    await expect(main).toContainText("Bryn Clinic");
    await expect(main).not.toContainText("Meadow View Care Home");
  });

  test(`${lang}: tampered forms get a translated 400, never a 500, and change nothing`, async ({ page }) => {
    const journey = new JourneyDriver(page, lang, false);
    await journey.start();
    await journey.choose("riskNow", "no");
    await journey.continue();
    await journey.choose("complainant", "person-affected");
    await journey.continue();
    await journey.addOrganisation({ type: "council", search: "Powys", code: "W06000023", complaint: { status: "not-made" } });
    await journey.expectStep("organisations");
    const orgId = orgIdIn((await page.locator('main a[href$="/type"]').first().getAttribute("href")) ?? "");
    expect(orgId).toMatch(/^[a-z0-9]+$/);
    const base = `/${lang}/complaint`;
    const e = new ErrorChecks(page, lang);

    const cases: Array<[string, Record<string, string>, Expected]> = [
      [`${base}/risk`, { riskNow: "maybe" }, "risk.required"],
      [`${base}/who`, { complainant: "cousin" }, "who.required"],
      [`${base}/organisations/${orgId}/type`, { type: "hospital" }, "orgType.required"],
      [`${base}/organisations/${orgId}/which`, { code: "RGT" }, "orgWhich.unknownCode"],
      [`${base}/organisations/${orgId}/which`, { code: "ZZZ999" }, "orgWhich.unknownCode"],
      [`${base}/organisations/${orgId}/which`, { code: "not-listed", name: "Somewhere", nation: "atlantis" }, "orgWhich.nationRequired"],
      [`${base}/organisations/${orgId}/complaint`, { status: "banana" }, "orgComplaint.required"],
      [`${base}/organisations`, { addAnother: "maybe" }, "organisations.addAnotherRequired"],
      [`${base}/organisations`, { intent: "remove", orgId: "ffffffffffff" }, "organisations.unknown"],
      [`${base}/organisations`, { intent: "remove", orgId: "../../etc" }, "organisations.unknown"],
    ];
    for (const [url, fields, expected] of cases) {
      const response = await post(page, url, fields);
      expect(response.status(), `${url} ${JSON.stringify(fields)}`).toBe(400);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(textOf(html), `${url} ${JSON.stringify(fields)}`).toContain(e.message(expected));
    }

    // An organisation that is not in the draft, in the URL: not found, in the page's language.
    for (const url of [`${base}/organisations/ffffffffffff/type`, `${base}/organisations/${orgId}/nonsense`]) {
      const response = await post(page, url, { type: "council" });
      expect(response.status(), url).toBe(404);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(textOf(html)).toContain(copy(lang, "errors.notFound.title", {}, "common"));
    }

    // Nothing was changed by any of it.
    await page.goto(`${base}/organisations`);
    await expect(page.locator("main .govuk-summary-list__row")).toHaveCount(1);
    await expect(page.locator("main")).toContainText(lang === "cy" ? "Cyngor Sir Powys" : "Powys County Council");
    await page.goto(`${base}/organisations/${orgId}/complaint`);
    await expect(page.locator('input[name="status"][value="not-made"]')).toBeChecked();
  });

  test(`${lang}: steps out of order redirect to the first unanswered one, unknown ones are not found`, async ({ page }) => {
    const base = `/${lang}/complaint`;
    for (const slug of ["dates", "check-answers", "delay", "who", "outcome", "organisations", "address"]) {
      const response = await page.goto(`${base}/${slug}`);
      expect(response?.status(), slug).toBe(200);
      await expect(page, slug).toHaveURL(new RegExp(`${base}/risk$`));
    }
    for (const slug of ["organisations/abc123/type", "organisations/abc123/complaint", "not-a-step", "organisations/ABC/type", "risk/extra"]) {
      const response = await page.goto(`${base}/${slug}`);
      expect(response?.status(), slug).toBe(404);
      await expect(page.locator("h1")).toHaveText(copy(lang, "errors.notFound.title", {}, "common"));
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
    }
    // A POST to a step not yet reached is sent to the first unanswered step too.
    await page.goto(`${base}/risk`);
    const early = await post(page, `${base}/dates`, { startedMonth: "1", startedYear: "2025" });
    expect(early.status()).toBe(302);
    expect(early.headers().location).toBe(`${base}/risk`);

    const journey = new JourneyDriver(page, lang, false);
    await journey.choose("riskNow", "no");
    await journey.continue();
    await journey.expectStep("who");
    for (const slug of ["what-happened", "organisations", "person-affected", "urgent-help"]) {
      await page.goto(`${base}/${slug}`);
      await expect(page, slug).toHaveURL(new RegExp(`${base}/who$`));
    }
    await page.goto(base);
    await expect(page).toHaveURL(new RegExp(`${base}/who$`));
  });

  test(`${lang}: switching language keeps the step and every answer`, async ({ page }) => {
    const other: Lang = lang === "en" ? "cy" : "en";
    const journey = new JourneyDriver(page, lang, false);
    await journey.start();
    await journey.choose("riskNow", "no");
    await journey.continue();
    await journey.choose("complainant", "person-affected");
    await journey.continue();
    await journey.addOrganisation({ type: "gp-practice", name: "Riverside Surgery", nation: "wales", complaint: { status: "final-response", made: monthsAgo(4), final: monthsAgo(2) } });
    await journey.choose("addAnother", "no");
    await journey.continue();
    const description = "The surgery lost my referral twice. Ni chefais i ateb.";
    await journey.fill("description", description);
    await journey.continue();
    await journey.date("started", monthsAgo(8));
    await journey.choose("ongoing", "yes");
    await journey.date("aware", monthsAgo(7));
    await journey.continue();
    await journey.expectStep("impact");

    await page.locator(`a[hreflang="${other}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${other}/complaint/impact$`));
    await expect(page.locator("html")).toHaveAttribute("lang", other);
    await expect(page.locator("h1")).toHaveText(copy(other, "impact.titleSelf"));

    const back = page.locator("a.govuk-back-link");
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/${other}/complaint/dates$`));
    await expect(page.locator('[name="startedMonth"]')).toHaveValue(monthsAgo(8)[0]);
    await expect(page.locator('[name="startedYear"]')).toHaveValue(monthsAgo(8)[1]);
    await expect(page.locator('input[name="ongoing"][value="yes"]')).toBeChecked();
    await expect(page.locator('[name="awareMonth"]')).toHaveValue(monthsAgo(7)[0]);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/${other}/complaint/what-happened$`));
    await expect(page.locator('[name="description"]')).toHaveValue(description);
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/${other}/complaint/organisations$`));
    await expect(page.locator("main")).toContainText("Riverside Surgery");
    await expect(page.locator('input[name="addAnother"][value="no"]')).toBeChecked();

    // On a page with errors, the switch leads to the same step, with the saved answer.
    await page.goto(`/${other}/complaint/what-happened`);
    await journey.fill("description", "");
    await page.locator("#step-form > button.govuk-button").click();
    await expect(page.locator(".govuk-error-summary")).toBeVisible();
    await page.locator(`a[hreflang="${lang}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/complaint/what-happened$`));
    await expect(page.locator('[name="description"]')).toHaveValue(description);
  });
}

test("a forged, foreign or broken draft cookie is ignored: the person starts afresh", async ({ page, context, baseURL }) => {
  const foreignSecret = crypto.randomBytes(16).toString("hex");
  const payload = Buffer.from(JSON.stringify(crypto.randomUUID())).toString("base64");
  const foreign = `${payload}.${crypto.createHmac("sha256", foreignSecret).update(payload).digest("base64").replace(/=+$/, "")}`;
  const values = [
    crypto.randomBytes(24).toString("hex"),
    encodeURIComponent(foreign),
    payload,
    crypto.randomUUID(),
    "a.b",
    "%E0%A4%A",
    ".",
    `${payload}.!!!`,
    "x".repeat(3000),
  ];
  const url = new URL(baseURL ?? "http://127.0.0.1");
  for (const [index, value] of values.entries()) {
    const lang: Lang = index % 2 === 0 ? "en" : "cy";
    await context.clearCookies();
    await context.addCookies([{ name: "draft", value, domain: url.hostname, path: "/" }]);
    const response = await page.goto(`/${lang}/complaint/dates`);
    expect(response?.status(), value.slice(0, 40)).toBe(200);
    await expect(page).toHaveURL(new RegExp(`/${lang}/complaint/risk$`));
    await expect(page.locator('input[name="riskNow"]:checked')).toHaveCount(0);
    const journey = new JourneyDriver(page, lang, false);
    await journey.choose("riskNow", "no");
    await journey.continue();
    await journey.expectStep("who");
    const draft = (await context.cookies()).find((cookie) => cookie.name === "draft");
    expect(draft?.value, "a new draft of their own").not.toBe(value);
  }
});
