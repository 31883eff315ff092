#!/usr/bin/env node
// `npm run bench:http`: latency and throughput of the production server for
// a few pages and the routing API, measured from this process over loopback.
// Starts its own server (run `npm run build` first); prints figures, asserts nothing.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const base = `http://127.0.0.1:${PORT}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "complaints-bench-"));

const server = spawn(process.execPath, ["server.mjs"], {
  env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "error", EMAIL_WORKER: "off" },
  stdio: "inherit",
});
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/healthz`)).ok) break;
  } catch {}
  if (i > 300) throw new Error("server did not start");
  await new Promise((r) => setTimeout(r, 100));
}

const routingBody = JSON.stringify({
  today: "2026-11-22",
  becameAwareOn: "2026-03-01",
  complainant: { role: "person-affected" },
  bodies: [
    { type: "council", nation: "england", localComplaint: { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20" } },
    { type: "nhs-trust", nation: "england", localComplaint: { status: "awaiting-response", madeOn: "2026-04-01" } },
  ],
});

const cases = [
  { name: "GET /en (start page)", run: () => fetch(`${base}/en`) },
  { name: "GET /cy/complaint/risk (first step)", run: () => fetch(`${base}/cy/complaint/risk`) },
  { name: "POST /api/v1/routing", run: () => fetch(`${base}/api/v1/routing?lang=cy`, { method: "POST", headers: { "Content-Type": "application/json" }, body: routingBody }) },
];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
for (const c of cases) {
  const times = [];
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t0 = performance.now();
        const response = await c.run();
        bytes += (await response.arrayBuffer()).byteLength;
        times.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  console.log(
    `${c.name.padEnd(40)} ${(REQUESTS / elapsed).toFixed(0).padStart(6)} req/s  p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms  ${(bytes / REQUESTS / 1024).toFixed(1)} KiB/response`,
  );
}
server.kill("SIGTERM");
fs.rmSync(dataDir, { recursive: true, force: true });
