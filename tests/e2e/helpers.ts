import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

/** Whether the running project has JavaScript on. */
export function javaScriptOn(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

export const LANGS = ["en", "cy"] as const;
export type Lang = (typeof LANGS)[number];

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One scripting context per browser for scanning no-JavaScript pages: creating one per scan is slow. */
const scanContexts = new WeakMap<Browser, BrowserContext>();

/**
 * Fail with a readable list if axe finds any WCAG 2.2 AA violation on the page
 * as it is now, every time it is called (no page is skipped as "seen before"). axe runs inside the page, so on a page loaded with JavaScript
 * off we copy its document (without scripts, so it stays as the no-JavaScript
 * user sees it) into a scripting page at the same URL and scan that.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const url = page.url();
  const scriptsOn = javaScriptOn();
  const document = await page.content();
  let target = page;
  let cleanup = async () => {};
  if (!scriptsOn) {
    const html = document.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
    const browser = page.context().browser();
    if (!browser) throw new Error("no browser to run axe in");
    let context = scanContexts.get(browser);
    if (!context) {
      context = await browser.newContext({ javaScriptEnabled: true });
      scanContexts.set(browser, context);
    }
    target = await context.newPage();
    await target.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }));
    await target.goto(url);
    const scanPage = target;
    cleanup = () => scanPage.close();
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
    // A scan that checked nothing (an empty or unloaded document) proves nothing.
    const checked = results.passes.reduce((count, rule) => count + rule.nodes.length, 0);
    expect(checked, `axe checked nothing on ${url}`).toBeGreaterThan(20);
    expect(results.passes.map((rule) => rule.id), `axe did not check the page's language on ${url}`).toContain("html-has-lang");
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
    expect(summary, `axe violations on ${url}`).toEqual([]);
  } finally {
    await cleanup();
  }
}

/** Collect console errors and failed page scripts, to assert none happened. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}
