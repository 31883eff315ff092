import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(process.cwd(), "locales");

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Flat): void {
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, String(value));
  }
}

function load(lang: string): Flat {
  const flat: Flat = new Map();
  for (const file of fs.readdirSync(path.join(ROOT, lang)).filter((f) => f.endsWith(".json")).sort()) {
    flatten(JSON.parse(fs.readFileSync(path.join(ROOT, lang, file), "utf8")), file.replace(/\.json$/, ""), flat);
  }
  return flat;
}

const en = load("en");
const cy = load("cy");

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

/**
 * Strings that are the same in both languages on purpose: names, acronyms and
 * examples. Anything else identical to the English is English left in place.
 */
const SAME_IN_BOTH = new Set<string>([]);
const isNameOrAcronym = (text: string) => !/[a-z]{4,}/i.test(text.replace(/\{\{[^}]*\}\}/g, ""));
const PLURAL = /_(zero|one|two|few|many|other)$/;

// Each check returns what is wrong (empty when all is well), so the same code
// checks the real files and, below, files made to be wrong.

function keyDifferences(english: Flat, welsh: Flat) {
  return {
    missingInCy: [...english.keys()].filter((key) => !welsh.has(key)),
    onlyInCy: [...welsh.keys()].filter((key) => !english.has(key)),
  };
}

/** Plural forms are compared as a group: Welsh "Dim canlyniadau" (zero) needs no count. */
function variableDifferences(english: Flat, welsh: Flat): string[] {
  const group = (flat: Flat) => {
    const vars = new Map<string, Set<string>>();
    for (const [key, text] of flat) {
      const base = key.replace(PLURAL, "");
      const set = vars.get(base) ?? new Set<string>();
      for (const name of variables(text)) set.add(name ?? "");
      vars.set(base, set);
    }
    return vars;
  };
  const enVars = group(english);
  const cyVars = group(welsh);
  return [...enVars.entries()].filter(([base, names]) => [...names].sort().join() !== [...(cyVars.get(base) ?? [])].sort().join()).map(([base]) => base);
}

function englishLeftInWelsh(english: Flat, welsh: Flat): string[] {
  return [...english.entries()]
    .filter(([key, text]) => welsh.get(key) === text)
    .filter(([, text]) => !SAME_IN_BOTH.has(text) && !isNameOrAcronym(text))
    .map(([key, text]) => `${key}: ${text}`);
}

function incompleteWelshPlurals(welsh: Flat): string[] {
  const bases = new Set([...welsh.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
  return [...bases].filter((base) => ["zero", "one", "two", "few", "many", "other"].some((form) => !welsh.has(`${base}_${form}`)));
}

describe("locale files", () => {
  it("have the same keys in English and Welsh", () => {
    expect(keyDifferences(en, cy)).toEqual({ missingInCy: [], onlyInCy: [] });
  });

  it("use the same interpolation variables in both languages", () => {
    expect(variableDifferences(en, cy)).toEqual([]);
  });

  it("have no empty strings", () => {
    const empty = [...en.entries(), ...cy.entries()].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("have no Welsh string equal to its English one, except names and acronyms", () => {
    expect(englishLeftInWelsh(en, cy)).toEqual([]);
  });

  it("give Welsh plurals every CLDR form (zero, one, two, few, many, other)", () => {
    expect(incompleteWelshPlurals(cy)).toEqual([]);
  });

  it("write e-bost with a hyphen and never use the feminine-mutation slip 'Y tudalen'", () => {
    const slips = [...cy.entries()].filter(([, text]) => /\bebost\b|\bY tudalen\b/i.test(text)).map(([key]) => key);
    expect(slips).toEqual([]);
  });
});

describe("the checks themselves", () => {
  const english: Flat = new Map([
    ["a.greeting", "Hello {{name}}"],
    ["a.only", "Only in English"],
    ["a.same", "Left in English"],
    ["a.acronym", "NHS"],
    ["a.results_one", "{{count}} result"],
    ["a.results_other", "{{count}} results"],
  ]);
  const welsh: Flat = new Map([
    ["a.greeting", "Helo {{enw}}"],
    ["a.same", "Left in English"],
    ["a.acronym", "NHS"],
    ["a.extra", "Dim ond yn Gymraeg"],
    ["a.results_zero", "Dim canlyniadau"],
    ["a.results_other", "{{count}} o ganlyniadau"],
  ]);

  it("find a missing key either way, a changed variable, English left in place and a missing plural form", () => {
    expect(keyDifferences(english, welsh)).toEqual({ missingInCy: ["a.only", "a.results_one"], onlyInCy: ["a.extra", "a.results_zero"] });
    expect(variableDifferences(english, welsh)).toEqual(["a.greeting"]);
    expect(englishLeftInWelsh(english, welsh)).toEqual(["a.same: Left in English"]);
    expect(incompleteWelshPlurals(welsh)).toEqual(["a.results"]);
  });
});
