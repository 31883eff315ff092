// Builds the in-memory directory from the CSV texts and answers code look-ups.
// Pure: directory.server.ts reads the files; tests and the journey pass a Directory around.
import * as z from "zod";
import { parseCsvRecords } from "./csv";
import {
  COUNCIL_TIERS,
  FORMER_KINDS,
  DIRECTORY_NATIONS,
  NHS_KINDS,
  type CouncilEntry,
  type Directory,
  type DirectoryEntry,
  type DirectoryMatch,
  type FormerBody,
  type FormerKind,
  type Lang,
  type NhsEntry,
  type NhsKind,
} from "./types";

/** The text of the three files in ./data. */
export interface DirectoryCsv {
  councils: string;
  nhsOrganisations: string;
  nhsPredecessors: string;
}

const optionalName = z.string().transform((value) => value || undefined);

const councilRow = z.strictObject({
  code: z.string().regex(/^(E0[6-9]|E10|W06)\d{6}$/, "not an English or Welsh council GSS code"),
  name: z.string().min(1),
  name_cy: optionalName,
  nation: z.enum(DIRECTORY_NATIONS),
  tier: z.enum(COUNCIL_TIERS),
});

const odsCode = z.string().regex(/^[A-Z0-9]{3,5}$/, "not an ODS code");

const nhsRow = z.strictObject({
  code: odsCode,
  name: z.string().min(1),
  name_cy: optionalName,
  nation: z.enum(DIRECTORY_NATIONS),
  kind: z.enum(NHS_KINDS),
});

const predecessorRow = z.strictObject({
  code: odsCode,
  name: z.string().min(1),
  kind: z.enum(FORMER_KINDS),
  nation: z.literal("england"),
  closed: z.iso.date(),
  successor_codes: z
    .string()
    .transform((value) => value.split(";").filter((code) => code !== ""))
    .pipe(z.array(odsCode)),
});

// Every English and Welsh trust, whatever its legal form, is an "nhs-trust" to the routing contract.
const NHS_BODY_TYPE: Record<NhsKind, NhsEntry["bodyType"]> = {
  "foundation-trust": "nhs-trust",
  "nhs-trust": "nhs-trust",
  "ambulance-trust": "nhs-trust",
  icb: "icb",
  "health-board": "health-board",
  "nhs-wales-trust": "nhs-trust",
};

// A CCG's work passed to an ICB, so a complaint about it is now made under "icb".
const FORMER_BODY_TYPE: Record<FormerKind, FormerBody["bodyType"]> = {
  ccg: "icb",
  icb: "icb",
  "nhs-trust": "nhs-trust",
  "foundation-trust": "nhs-trust",
};

function parseRows<S extends z.ZodType>(file: string, text: string, schema: S): z.output<S>[] {
  return parseCsvRecords(text).map((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      throw new Error(`${file} row ${index + 2}: ${z.prettifyError(result.error)}`);
    }
    return result.data;
  });
}

/** Parses and checks the data; throws on any malformed row, duplicate code or dangling successor. */
export function createDirectory(csv: DirectoryCsv): Directory {
  const councils = parseRows("councils.csv", csv.councils, councilRow).map(
    (row): CouncilEntry => ({
      code: row.code,
      name: row.name,
      ...(row.name_cy ? { nameCy: row.name_cy } : {}),
      nation: row.nation,
      kind: "council",
      tier: row.tier,
      bodyType: "council",
      providesSocialCare: row.tier !== "district",
    }),
  );
  const nhs = parseRows("nhs-organisations.csv", csv.nhsOrganisations, nhsRow).map(
    (row): NhsEntry => ({
      code: row.code,
      name: row.name,
      ...(row.name_cy ? { nameCy: row.name_cy } : {}),
      nation: row.nation,
      kind: row.kind,
      bodyType: NHS_BODY_TYPE[row.kind],
    }),
  );
  const formerBodies = parseRows("nhs-predecessors.csv", csv.nhsPredecessors, predecessorRow).map(
    (row): FormerBody => ({
      code: row.code,
      name: row.name,
      kind: row.kind,
      nation: row.nation,
      closed: row.closed,
      successorCodes: row.successor_codes,
      bodyType: FORMER_BODY_TYPE[row.kind],
    }),
  );
  const entries: DirectoryEntry[] = [...councils, ...nhs];

  const entriesByCode = new Map<string, DirectoryEntry>();
  const formersByCode = new Map<string, FormerBody>();
  for (const entry of entries) {
    if (entriesByCode.has(entry.code)) throw new Error(`Duplicate directory code ${entry.code}`);
    entriesByCode.set(entry.code, entry);
  }
  for (const former of formerBodies) {
    if (entriesByCode.has(former.code) || formersByCode.has(former.code)) {
      throw new Error(`Duplicate directory code ${former.code}`);
    }
    formersByCode.set(former.code, former);
  }

  const byCode = new Map<string, DirectoryMatch>();
  for (const entry of entries) byCode.set(entry.code, { status: "current", entry });
  for (const former of formerBodies) {
    const successors = currentSuccessors(former, entriesByCode, formersByCode, [former.code]);
    byCode.set(former.code, { status: "former", former, successors });
  }
  return { entries, formerBodies, byCode };
}

/**
 * Follows successor codes through former bodies (CCG -> 42-set ICB -> 2026 ICB) to current bodies.
 * An ICB split in 2026 gives several successors; order follows the data, duplicates removed.
 */
function currentSuccessors(
  former: FormerBody,
  entriesByCode: ReadonlyMap<string, DirectoryEntry>,
  formersByCode: ReadonlyMap<string, FormerBody>,
  path: readonly string[],
): DirectoryEntry[] {
  const found = new Set<DirectoryEntry>();
  for (const code of former.successorCodes) {
    const entry = entriesByCode.get(code);
    if (entry) {
      found.add(entry);
      continue;
    }
    const next = formersByCode.get(code);
    if (!next) throw new Error(`nhs-predecessors.csv: ${former.code} names unknown successor ${code}`);
    if (path.includes(code)) throw new Error(`nhs-predecessors.csv: successor loop ${[...path, code].join(" -> ")}`);
    for (const successor of currentSuccessors(next, entriesByCode, formersByCode, [...path, code])) {
      found.add(successor);
    }
  }
  return [...found];
}

/** Current or former body by ONS or ODS code, ignoring case and surrounding spaces. */
export function findByCode(directory: Directory, code: string): DirectoryMatch | undefined {
  return directory.byCode.get(code.trim().toUpperCase());
}

/** Welsh pages show a Welsh body's own Welsh name; every other body keeps its English name. */
export function displayName(entry: DirectoryEntry, lang: Lang): string {
  return lang === "cy" && entry.nameCy ? entry.nameCy : entry.name;
}

/** Former bodies have no Welsh names in the data, so they always show the English one. */
export function matchName(match: DirectoryMatch, lang: Lang): string {
  return match.status === "current" ? displayName(match.entry, lang) : match.former.name;
}
