#!/usr/bin/env node
// `npm test`: type check, unit and integration tests (Vitest), production
// build, then browser tests (Playwright in Chromium). Ends with one line
// "N passed, N failed, N skipped" summed over every stage, and a non-zero
// exit code if anything failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const bin = (name) => path.join("node_modules", ".bin", name);
fs.mkdirSync("reports", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let stageFailed = false;

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.stdout.write(`--- ${label} exited with ${result.status ?? result.signal}\n`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// 1. Types: a failure counts as one failed check.
if (!run("Type check", bin("tsc"), ["--noEmit"])) {
  totals.failed += 1;
  stageFailed = true;
} else totals.passed += 1;

// 2. Vitest
fs.rmSync("reports/vitest.json", { force: true });
const unitOk = run("Unit and integration tests", bin("vitest"), ["run"]);
const vitest = readJson("reports/vitest.json");
if (vitest) {
  totals.passed += vitest.numPassedTests ?? 0;
  totals.failed += vitest.numFailedTests ?? 0;
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if (!unitOk && (vitest.numFailedTests ?? 0) === 0) {
    totals.failed += 1; // a suite failed to load
    stageFailed = true;
  }
} else if (!unitOk) {
  totals.failed += 1;
  stageFailed = true;
}

// 3. Production build, then browser tests against it.
if (!run("Production build", "npm", ["run", "build"])) {
  totals.failed += 1;
  stageFailed = true;
} else {
  fs.rmSync("reports/playwright.json", { force: true });
  const e2eOk = run("Browser tests", bin("playwright"), ["test"]);
  const report = readJson("reports/playwright.json");
  if (report?.stats) {
    totals.passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
    totals.failed += report.stats.unexpected ?? 0;
    totals.skipped += report.stats.skipped ?? 0;
    if (!e2eOk && (report.stats.unexpected ?? 0) === 0) {
      totals.failed += 1;
      stageFailed = true;
    }
  } else if (!e2eOk) {
    totals.failed += 1;
    stageFailed = true;
  }
}

process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 || stageFailed ? 1 : 0);
