#!/usr/bin/env node
// `npm run bench`: bundle bench/rules.ts with esbuild (TypeScript and the ~/
// alias resolved from tsconfig.json) and run it. Prints figures only.
import { build } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "complaints-bench-"));
const outfile = path.join(outdir, "rules.mjs");
await build({ entryPoints: ["bench/rules.ts"], bundle: true, platform: "node", format: "esm", outfile, logLevel: "warning" });
console.log(`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"})`);
await import(pathToFileURL(outfile).href);
fs.rmSync(outdir, { recursive: true, force: true });
