import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

/** Whether the running project has JavaScript on. */
export function javaScriptOn(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

export const LANGS = ["en", "cy"] as const;
export type Lang = (typeof LANGS)[number];

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The shape of a page: its markup with every run of text reduced to a marker
 * and per-request values (ids, tokens, nonces) blanked. Pages of the same shape
 * give axe the same answer, so each shape is scanned once per worker, language
 * and JavaScript setting; a page with anything new (an error, another branch,
 * another language) is scanned again.
 */
const scannedShapes = new Set<string>();

function alreadyScanned(html: string): boolean {
  const shape = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/\b(value|nonce|href|action|id|for|aria-controls|aria-describedby|data-aria-controls)="[^"]*"/g, '$1=""')
    .replace(/>[^<]*[^\s<][^<]*</g, ">T<");
  const key = `${test.info().project.name}|${crypto.createHash("sha256").update(shape).digest("hex")}`;
  if (scannedShapes.has(key)) return true;
  scannedShapes.add(key);
  return false;
}

/** One scripting context per browser for scanning no-JavaScript pages: creating one per scan is slow. */
const scanContexts = new WeakMap<Browser, BrowserContext>();

/**
 * Fail with a readable list if axe finds any WCAG 2.2 AA violation on the page
 * as it is now. axe runs inside the page, so on a page loaded with JavaScript
 * off we copy its document (without scripts, so it stays as the no-JavaScript
 * user sees it) into a scripting page at the same URL and scan that.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const url = page.url();
  const scriptsOn = javaScriptOn();
  const document = await page.content();
  if (alreadyScanned(document)) return;
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
