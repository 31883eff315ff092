import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, javaScriptOn, LANGS, watchConsole } from "./helpers";

const PAGES = [
  { path: "", heading: { en: "Make a complaint about health or social care", cy: "Gwneud cwyn am iechyd neu ofal cymdeithasol" } },
  { path: "/help", heading: { en: "Help and contact", cy: "Cymorth a chysylltu" } },
  { path: "/accessibility", heading: { en: "Accessibility statement", cy: "Datganiad hygyrchedd" } },
  { path: "/privacy", heading: { en: "Privacy notice", cy: "Hysbysiad preifatrwydd" } },
  { path: "/cookies", heading: { en: "Cookies", cy: "Cwcis" } },
  { path: "/data-sources", heading: { en: "Data sources", cy: "Ffynonellau data" } },
];

for (const lang of LANGS) {
  for (const page of PAGES) {
    test(`${lang}${page.path || "/"}: right language, heading, title and no axe violations`, async ({ page: browser }) => {
      const errors = watchConsole(browser);
      const response = await browser.goto(`/${lang}${page.path}`);
      expect(response?.status()).toBe(200);
      await expect(browser.locator("html")).toHaveAttribute("lang", lang);
      await expect(browser.getByRole("heading", { level: 1 })).toHaveText(page.heading[lang]);
      await expect(browser).toHaveTitle(new RegExp(`^${page.heading[lang]} – `));
      await expectNoAxeViolations(browser);
      expect(errors).toEqual([]);
    });
  }
}

test("the switcher leads to the same page in the other language and back", async ({ page }) => {
  await page.goto("/en/privacy");
  await page.getByRole("link", { name: "Cymraeg" }).click();
  await expect(page).toHaveURL(/\/cy\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hysbysiad preifatrwydd");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("/ follows the remembered language, then Accept-Language, else English", async ({ browser }) => {
  const welshBrowser = await browser.newContext({ locale: "cy-GB", extraHTTPHeaders: { "Accept-Language": "cy-GB,cy;q=0.9,en;q=0.5" } });
  const welsh = await welshBrowser.newPage();
  await welsh.goto("/");
  await expect(welsh).toHaveURL(/\/cy$/);
  await welshBrowser.close();

  const english = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const page = await english.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  // Visiting a Welsh page remembers the choice.
  await page.goto("/cy/help");
  await page.goto("/");
  await expect(page).toHaveURL(/\/cy$/);
  await english.close();
});

for (const lang of LANGS) {
  test(`${lang}: unknown URLs give a translated 404 without technical detail`, async ({ page }) => {
    const response = await page.goto(`/${lang}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lang === "en" ? "Page not found" : "Heb ddod o hyd i'r dudalen");
    await expect(page.locator("body")).not.toContainText(/at \w+ \(|Error:|stack/i);
    await expectNoAxeViolations(page);
  });
}

test("a path with an unknown language prefix is a 404 in the detected language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "cy-GB", extraHTTPHeaders: { "Accept-Language": "cy" } });
  const page = await context.newPage();
  const response = await page.goto("/fr/help");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await context.close();
});

test("security headers are set on every page", async ({ request }) => {
  test.skip(!javaScriptOn(), "a plain HTTP check: once is enough");
  const response = await request.get("/en");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
});

test("the health check answers", async ({ request }) => {
  test.skip(!javaScriptOn(), "a plain HTTP check: once is enough");
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
