// `npm run bench`: how fast the pure rules are, in operations per second.
// Bundled and run by scripts/bench.mjs; prints figures, asserts nothing.
import fs from "node:fs";
import path from "node:path";
import { routeComplaint } from "~/routing/engine";
import { handleRoutingRequest } from "~/routing/api";
import { body, finalResponse, awaiting, notMade, request } from "~/routing/test-support";
import { createDirectory } from "~/directory/directory";
import { searchDirectory } from "~/directory/search";

const joint = request(
  [
    body("council", "england", { localComplaint: finalResponse("2026-04-01", "2026-06-20") }),
    body("nhs-trust", "england", { localComplaint: awaiting("2026-04-01") }),
    body("icb", "england", { localComplaint: notMade }),
  ],
  { becameAwareOn: "2026-03-01" },
);
const tenBodies = request(Array.from({ length: 10 }, (_, i) => body(i % 2 ? "nhs-trust" : "council", i % 3 ? "england" : "wales", { localComplaint: awaiting("2026-05-01") })));
const apiBody = JSON.stringify({ ...joint, today: "2026-11-22" });

const dataDir = path.join(process.cwd(), "app/directory/data");
const directory = createDirectory({
  councils: fs.readFileSync(path.join(dataDir, "councils.csv"), "utf8"),
  nhsOrganisations: fs.readFileSync(path.join(dataDir, "nhs-organisations.csv"), "utf8"),
  nhsPredecessors: fs.readFileSync(path.join(dataDir, "nhs-predecessors.csv"), "utf8"),
});

/** Run `fn` for about `ms` milliseconds after a warm-up; report operations per second and mean time. */
function measure(name: string, fn: () => void, ms = 1000): void {
  for (let i = 0; i < 200; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 50; i++) fn();
    runs += 50;
  }
  const elapsed = performance.now() - start;
  console.log(`${name.padEnd(58)} ${Math.round((runs / elapsed) * 1000).toLocaleString("en-GB").padStart(10)} ops/s  ${((elapsed / runs) * 1000).toFixed(1).padStart(8)} µs/op`);
}

console.log("Routing engine");
measure("  joint England case (3 organisations)", () => routeComplaint(joint));
measure("  10 organisations, England and Wales", () => routeComplaint(tenBodies));
measure("  API handler: parse, validate, route, Welsh texts", () =>
  handleRoutingRequest({ bodyText: apiBody, contentType: "application/json", lang: "cy", today: "2026-11-22" }),
);
console.log(`Directory search (${directory.entries.length + directory.formerBodies.length} bodies)`);
measure("  'camden'", () => searchDirectory(directory, "camden", { lang: "en" }));
measure("  'bwrdd iechyd prifysgol' on a Welsh page", () => searchDirectory(directory, "bwrdd iechyd prifysgol", { lang: "cy" }));
measure("  'c' (one letter)", () => searchDirectory(directory, "c", { lang: "en" }));
