import { expect, test, type Browser } from "@playwright/test";
import { startPostmarkStandIn } from "../support/postmark-stand-in";
import { expectNoAxeViolations, javaScriptOn } from "./helpers";
import { DUNCAN } from "../scenarios";
import { duncanScenario, type Scenario } from "./journey-driver";
import { eventually, localEmails, startServer } from "./own-server";
import { SubmitDriver } from "./submit-driver";

// Sending a complaint: one submission, every ombudsman team, the person's
// language, nothing lost and nothing sent twice.

/** Duncan's case (tests/scenarios.ts), its story marked with the email address so each test finds its own messages. */
function jointEnglandCase(email: string): Scenario {
  const scenario = duncanScenario({ name: DUNCAN.complainant.name, email, method: "email", language: "cy" });
  return { ...scenario, description: `${scenario.description} (${email})` };
}

const sharedDataDir = () => {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error("E2E_DATA_DIR is not set");
  return dir;
};

for (const lang of ["cy", "en"] as const) {
  test(`${lang}: a relative sends a joint England case once; every team gets it with one reference`, async ({ page }) => {
    test.setTimeout(240_000);
    const email = `relative-${lang}-${test.info().project.name}-${Date.now()}@example.org`;
    const scenario = jointEnglandCase(email);
    const journey = new SubmitDriver(page, lang);
    await journey.tellStory(scenario);
    await journey.giveContactDetails(scenario);
    const reference = await journey.send(scenario, { method: "confirmed-here", name: DUNCAN.person.name });

    // The confirmation email, in the language chosen for letters (Welsh), and the Joint Working Team's email.
    const mine = () => localEmails(sharedDataDir()).filter((m) => m.subject.includes(reference) || m.text.includes(reference));
    const emails = await eventually(() => {
      const found = mine();
      return found.some((m) => m.to === email) && found.some((m) => m.to === "joint-working-team@example.org") ? found : undefined;
    });
    const confirmation = emails.filter((m) => m.to === email);
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0]!.text).toContain(reference);
    expect(confirmation[0]!.html).toMatch(/<html[^>]+lang="cy"/);
    const caseworker = emails.filter((m) => m.to === "joint-working-team@example.org");
    expect(caseworker).toHaveLength(1);
    expect(caseworker[0]!.subject).toContain(reference);
    expect(caseworker[0]!.html).toMatch(/<html[^>]+lang="en"/);

    // The same form sent again (a double click, a refresh, back and send): the same reference, nothing new.
    const before = mine().length;
    const resubmit = await page.request.post(`/${lang}/complaint/declaration`, {
      form: { csrf: journey.csrf, shareAgreed: "yes", truthDeclared: "yes" },
      maxRedirects: 0,
    });
    expect([302, 303]).toContain(resubmit.status());
    expect(resubmit.headers()["location"]).toBe(`/${lang}/complaint/confirmation`);
    await page.goto(`/${lang}/complaint/confirmation`);
    await expect(page.locator(".app-reference")).toHaveText(reference);
    await page.waitForTimeout(1000);
    expect(mine()).toHaveLength(before);
  });
}

async function sendOn(browser: Browser, baseURL: string, email: string): Promise<string> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const scenario = jointEnglandCase(email);
  const journey = new SubmitDriver(page, "en", false);
  await journey.tellStory(scenario);
  await journey.giveContactDetails(scenario);
  const reference = await journey.send(scenario, { method: "signed-later" });
  await context.close();
  return reference;
}

test.describe("delivery through Postmark", () => {
  test.skip(() => !javaScriptOn(), "one run is enough: these restart servers");

  test("a server stopped between the database write and delivery sends each email exactly once after restarting", async ({ browser }) => {
    test.setTimeout(240_000);
    const postmark = await startPostmarkStandIn();
    const env = { POSTMARK_SERVER_TOKEN: postmark.token, POSTMARK_API_URL: postmark.url };
    const first = await startServer({ ...env, EMAIL_WORKER: "off" });
    try {
      const reference = await sendOn(browser, first.url, "restart@example.org");
      await first.stop();
      expect(postmark.accepted).toHaveLength(0);

      const second = await startServer(env, first.dataDir);
      // The confirmation and the Joint Working Team's email.
      await eventually(() => postmark.accepted.length >= 2);
      await new Promise((r) => setTimeout(r, 1500));
      await second.stop();
      const third = await startServer(env, first.dataDir);
      await new Promise((r) => setTimeout(r, 1500));
      await third.stop();

      expect(postmark.accepted).toHaveLength(2);
      const keys = postmark.accepted.map((m) => m.idempotencyKey);
      expect(new Set(keys).size).toBe(2);
      for (const message of postmark.accepted) expect(String(message.body.Subject ?? "") + String(message.body.TextBody ?? "")).toContain(reference);
    } finally {
      await first.stop();
      await postmark.close();
    }
  });

  test("with Postmark failing for a while, every email goes out once it recovers; a rejected address is recorded for operators", async ({ browser }) => {
    test.setTimeout(240_000);
    const postmark = await startPostmarkStandIn();
    // Short retry delays so the outage passes in seconds; the schedule itself is unit-tested.
    const server = await startServer({
      POSTMARK_SERVER_TOKEN: postmark.token,
      POSTMARK_API_URL: postmark.url,
      OPS_PASSWORD: "operators-only-password",
      EMAIL_RETRY_BASE_MS: "500",
    });
    try {
      postmark.fail("server-error", 3);
      postmark.fail("rate-limit", 1);
      await sendOn(browser, server.url, "outage@example.org");
      await eventually(() => postmark.accepted.length >= 2, 120_000);
      expect(new Set(postmark.accepted.map((m) => m.idempotencyKey)).size).toBe(postmark.accepted.length);

      postmark.fail("invalid-address", 1);
      const requestsBefore = postmark.requests;
      await sendOn(browser, server.url, "rejected@example.org");
      await eventually(() => postmark.requests >= requestsBefore + 2, 60_000);
      const auth = { Authorization: `Basic ${Buffer.from("ops:operators-only-password").toString("base64")}` };
      const page = await (await browser.newContext({ baseURL: server.url, extraHTTPHeaders: auth })).newPage();
      await expect(async () => {
        await page.goto("/ops/outbox");
        await expect(page.locator("table")).toContainText("Failed");
      }).toPass({ timeout: 30_000 });
      // Not retried: no new requests for it after it failed.
      const settled = postmark.requests;
      await new Promise((r) => setTimeout(r, 1500));
      expect(postmark.requests).toBe(settled);
      const noAuth = await page.request.get("/ops/outbox", { headers: { Authorization: "" } });
      expect(noAuth.status()).toBe(401);
    } finally {
      await server.stop();
      await postmark.close();
    }
  });
});

test("over the rate limit, sending gets a translated page and nothing is done", async ({ request }) => {
  test.skip(!javaScriptOn(), "an HTTP check: once is enough");
  const server = await startServer({ RATE_LIMIT_PER_MINUTE: "2" });
  try {
    for (let i = 0; i < 2; i++) {
      const allowed = await request.post(`${server.url}/cy/consent/not-a-real-token`, { form: { decision: "agreed", name: "X" } });
      expect(allowed.status()).toBe(403);
    }
    const limited = await request.post(`${server.url}/cy/consent/not-a-real-token`, { form: { decision: "agreed", name: "X" } });
    expect(limited.status()).toBe(429);
    const html = await limited.text();
    expect(html).toContain('lang="cy"');
    expect(html).toContain("Gormod o ymdrechion");
    const english = await request.post(`${server.url}/en/complaint/declaration`, { form: { shareAgreed: "yes" } });
    expect(english.status()).toBe(429);
    expect(await english.text()).toContain("Too many attempts");
  } finally {
    await server.stop();
  }
});

test("save and come back later: a single-use link restores the answers, in the language they were saved in", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const email = `return-${test.info().project.name}-${Date.now()}@example.org`;
  const journey = new SubmitDriver(page, "cy");
  await journey.start();
  await journey.choose("riskNow", "no");
  await journey.continue();
  await journey.expectStep("who");
  await journey.choose("complainant", "person-affected");
  await journey.continue();
  await journey.expectStep("organisations");
  await page.locator('a[href="/cy/complaint/save"]').click();
  await expect(page).toHaveURL(/\/cy\/complaint\/save$/);
  await expectNoAxeViolations(page);
  await page.locator('input[name="email"]').fill(email);
  await page.locator("main form button").click();
  await expect(page).toHaveURL(/\/cy\/complaint\/save\/sent$/);
  await expectNoAxeViolations(page);

  const saved = await eventually(() => localEmails(sharedDataDir()).find((m) => m.to === email));
  expect(saved.html).toMatch(/<html[^>]+lang="cy"/);
  const link = /https?:\/\/[^\s"<>]+\/cy\/return\/[A-Za-z0-9_-]+/.exec(saved.text)?.[0];
  expect(link).toBeTruthy();
  const path = new URL(link!).pathname;

  // Another browser, no cookies: one press restores the draft, in Welsh.
  const elsewhere = await browser.newContext({ javaScriptEnabled: javaScriptOn() });
  const other = await elsewhere.newPage();
  await other.goto(path);
  await expectNoAxeViolations(other);
  await other.locator("main form button").click();
  await expect(other).toHaveURL(/\/cy\/complaint\/organisations$/);
  await other.goto("/cy/complaint/who");
  await expect(other.locator('input[name="complainant"][value="person-affected"]')).toBeChecked();
  // Used once: the link is spent.
  const again = await other.goto(path);
  expect(again?.status()).toBe(410);
  await expect(other.locator("h1")).toHaveText("Mae'r ddolen hon wedi dod i ben neu wedi'i defnyddio eisoes");
  await elsewhere.close();
});

test("a consent request: the person affected answers from the emailed link and every team is told", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = `${test.info().project.name}-${Date.now()}`;
  const scenario = { ...jointEnglandCase(`rep-${stamp}@example.org`), person: { name: DUNCAN.person.name, status: "can-consent", consent: "to-follow" } };
  const journey = new SubmitDriver(page, "en", false);
  await journey.tellStory(scenario);
  await journey.giveContactDetails(scenario);
  const personEmail = `person-${stamp}@example.org`;
  const reference = await journey.send(scenario, { method: "email-request", email: personEmail, lang: "cy" });

  const request = await eventually(() => localEmails(sharedDataDir()).find((m) => m.to === personEmail));
  expect(request.html).toMatch(/<html[^>]+lang="cy"/);
  const link = /https?:\/\/[^\s"<>]+\/cy\/consent\/[A-Za-z0-9_-]+/.exec(request.text)?.[0];
  expect(link).toBeTruthy();
  const path = new URL(link!).pathname;

  const theirs = await browser.newContext({ javaScriptEnabled: javaScriptOn() });
  const page2 = await theirs.newPage();
  await page2.goto(path);
  await expect(page2.locator("main")).toContainText(reference);
  await expectNoAxeViolations(page2);
  // Nothing chosen: a translated error, nothing recorded.
  await page2.locator("main form button").click();
  await expect(page2.locator(".govuk-error-summary")).toContainText("Dewiswch a ydych chi'n cytuno");
  await expectNoAxeViolations(page2);
  await page2.locator('input[name="decision"][value="agreed"]').check();
  await page2.locator('input[name="name"]').fill(DUNCAN.person.name);
  await page2.locator("main form button").click();
  await expect(page2.locator("h1")).toHaveText("Diolch");

  const told = await eventually(() =>
    localEmails(sharedDataDir()).find((m) => m.to === "joint-working-team@example.org" && m.subject.includes(reference) && /consent|agree/i.test(m.subject)),
  );
  expect(told.text).toContain(DUNCAN.person.name);
  const reuse = await page2.goto(path);
  expect(reuse?.status()).toBe(410);
  await theirs.close();
});
