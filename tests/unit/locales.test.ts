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

describe("locale files", () => {
  it("have the same keys in English and Welsh", () => {
    const missingInCy = [...en.keys()].filter((key) => !cy.has(key));
    const onlyInCy = [...cy.keys()].filter((key) => !en.has(key));
    expect({ missingInCy, onlyInCy }).toEqual({ missingInCy: [], onlyInCy: [] });
  });

  it("use the same interpolation variables in both languages", () => {
    // Plural forms are compared as a group: Welsh "Dim canlyniadau" (zero) needs no count.
    const group = (flat: Flat) => {
      const vars = new Map<string, Set<string>>();
      for (const [key, text] of flat) {
        const base = key.replace(/_(zero|one|two|few|many|other)$/, "");
        const set = vars.get(base) ?? new Set<string>();
        for (const name of variables(text)) set.add(name ?? "");
        vars.set(base, set);
      }
      return vars;
    };
    const enVars = group(en);
    const cyVars = group(cy);
    const differ = [...enVars.entries()].filter(([base, names]) => [...names].sort().join() !== [...(cyVars.get(base) ?? [])].sort().join()).map(([base]) => base);
    expect(differ).toEqual([]);
  });

  it("have no empty strings", () => {
    const empty = [...en.entries(), ...cy.entries()].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("have no Welsh string equal to its English one, except names and acronyms", () => {
    const same = [...en.entries()]
      .filter(([key, text]) => cy.get(key) === text)
      .filter(([, text]) => !SAME_IN_BOTH.has(text) && !isNameOrAcronym(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(same).toEqual([]);
  });

  it("give Welsh plurals every CLDR form (zero, one, two, few, many, other)", () => {
    const bases = new Set([...cy.keys()].filter((k) => /_(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/_[a-z]+$/, "")));
    const incomplete = [...bases].filter((base) => ["zero", "one", "two", "few", "many", "other"].some((form) => !cy.has(`${base}_${form}`)));
    expect(incomplete).toEqual([]);
  });

  it("write e-bost with a hyphen and never use the feminine-mutation slip 'Y tudalen'", () => {
    const slips = [...cy.entries()].filter(([, text]) => /\bebost\b|\bY tudalen\b/i.test(text)).map(([key]) => key);
    expect(slips).toEqual([]);
  });
});

describe("the parity check itself", () => {
  it("notices a missing key, a changed variable and English left in place", () => {
    const a: Flat = new Map([["x.one", "Hello {{name}}"], ["x.two", "Only English"]]);
    const b: Flat = new Map([["x.one", "Helo {{enw}}"]]);
    expect([...a.keys()].filter((k) => !b.has(k))).toEqual(["x.two"]);
    expect(variables(a.get("x.one") ?? "")).not.toEqual(variables(b.get("x.one") ?? ""));
    expect(isNameOrAcronym("Only English")).toBe(false);
    expect(isNameOrAcronym("GIG (NHS)")).toBe(true);
  });
});
