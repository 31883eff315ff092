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

/**
 * Soft mutation (treiglad meddal) of a word's first consonant: c→g, p→b, t→d,
 * g→(dropped), b→f, d→dd, m→f, ll→l, rh→r. Ch, ph, th, dd, ff, ng and vowels
 * do not mutate, so the word comes back unchanged.
 */
function softMutation(word: string): string {
  const rules: Array<[RegExp, string]> = [
    [/^ll/i, "l"],
    [/^rh/i, "r"],
    [/^c(?!h)/i, "g"],
    [/^p(?!h)/i, "b"],
    [/^t(?!h)/i, "d"],
    [/^g/i, ""],
    [/^b/i, "f"],
    [/^d(?!d)/i, "dd"],
    [/^m/i, "f"],
  ];
  for (const [radical, mutated] of rules) if (radical.test(word)) return word.replace(radical, mutated);
  return word;
}

/**
 * Verbs that follow "neu" in our instructions, in their radical (unmutated)
 * form: those the Welsh review found left unmutated, and the instruction verbs
 * of docs/welsh-style.md. A list is needed because a mutated form can look
 * radical ("deipiwch" is "teipiwch" mutated, but could be read as d→dd).
 */
const VERBS_AFTER_NEU = [
  "cysylltwch", "dewiswch", "tynnwch", "teipiwch", "talodd", "gofynnwch", "gallwch",
  "rhowch", "gwiriwch", "ticiwch", "ffoniwch", "llenwch", "cadwch", "postiwch",
];

/**
 * A verb after "neu" takes the soft mutation: "neu gysylltwch", "neu ddewiswch",
 * "neu dalodd". "neu ffoniwch" is right as it is: ff does not mutate.
 */
function unmutatedAfterNeu(welsh: Flat, verbs: readonly string[] = VERBS_AFTER_NEU): string[] {
  const radical = new Set(verbs.filter((verb) => softMutation(verb) !== verb));
  const slips: string[] = [];
  for (const [key, text] of welsh) {
    for (const match of text.matchAll(/(?<![\p{L}'’])neu\s+(\p{L}+)/giu)) {
      const word = (match[1] ?? "").toLowerCase();
      if (radical.has(word)) slips.push(`${key}: ${match[0]} (neu ${softMutation(word)})`);
    }
  }
  return slips;
}

/** The service always acts for one person, so "ar eu rhan" (for them, plural) is a slip for "ar ei ran". */
function pluralForOnePerson(welsh: Flat): string[] {
  return [...welsh.entries()].filter(([, text]) => /(?<![\p{L}])ar eu rhan\b/iu.test(text)).map(([key]) => `${key}: ar eu rhan (ar ei ran)`);
}

/**
 * The English ombudsmen's Welsh titles are built from common nouns, so a
 * sentence needs the article: "Gall yr Ombwdsmon Seneddol…", "a'r Ombwdsmon
 * Llywodraeth Leol…". Only a string that is the bare name (a list label) may
 * start without it. "Ombwdsmon Gwasanaethau Cyhoeddus Cymru" ends in a proper
 * name and needs no article.
 */
function ombudsmanWithoutArticle(welsh: Flat): string[] {
  const slips: string[] = [];
  for (const [key, text] of welsh) {
    for (const match of text.matchAll(/Ombwdsmon (Llywodraeth Leol|Seneddol|Tai)\b/g)) {
      const before = text.slice(0, match.index);
      if (match.index > 0 && !/(\byr|['’]r)\s+$/i.test(before)) slips.push(`${key}: no "yr" before ${match[0]}`);
    }
  }
  return slips;
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

describe("Welsh mechanical slips", () => {
  const all = [...unmutatedAfterNeu(cy), ...pluralForOnePerson(cy), ...ombudsmanWithoutArticle(cy)];

  it("have soft mutation after 'neu', 'ar ei ran' for one person, and 'yr' before the English ombudsmen's titles", () => {
    expect(all).toEqual([]);
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

  it("mutate softly: c→g, p→b, t→d, g→(dropped), b→f, d→dd, m→f, ll→l, rh→r, and nothing else", () => {
    const words = ["cysylltwch", "prynwch", "teipiwch", "gofynnwch", "bwciwch", "dewiswch", "mynnwch", "llenwch", "rhowch"];
    expect(words.map(softMutation)).toEqual(["gysylltwch", "brynwch", "deipiwch", "ofynnwch", "fwciwch", "ddewiswch", "fynnwch", "lenwch", "rowch"]);
    const unchanged = ["ffoniwch", "chwiliwch", "thalodd", "phrynwch", "ddewiswch", "ewch", "ngwneud", "ysgrifennwch"];
    expect(unchanged.map(softMutation)).toEqual(unchanged);
  });

  it("find a verb left radical after 'neu', one person's 'ar eu rhan' and a missing 'yr' before an ombudsman's title", () => {
    const slips: Flat = new Map([
      ["b.call", "Ffoniwch 999 neu cysylltwch â'r cyngor."],
      ["b.fine", "Ffoniwch neu ysgrifennwch, neu ffoniwch eto, neu gysylltwch â ni, neu chwiliwch ar-lein."],
      ["b.choose", "Dewiswch y sefydliad, Neu dewiswch 'Nid yw ar y rhestr'"],
      ["b.paid", "Talodd y person, neu talodd ei deulu"],
      ["b.noun", "Tref neu dinas"], // only the listed verbs are checked
      ["b.mutated", "Gwiriwch y sillafu neu deipiwch ran o'r enw, neu dalodd ei deulu, neu ofynnwch i'r cyngor."],
      ["b.one", "Mae'r person wedi cytuno y cewch chi gwyno ar eu rhan."],
      ["b.right", "Mae wedi cytuno y cewch chi gwyno ar ei ran. Mae Postmark yn eu trin ar ein rhan."],
      ["b.label", "Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (Local Government and Social Care Ombudsman)"],
      ["b.sentence", "Gall Ombwdsmon Seneddol a Gwasanaeth Iechyd edrych arni, ac mae Ombwdsmon Tai yn edrych ar landlordiaid."],
      ["b.article", "Gall yr Ombwdsmon Seneddol a'r Ombwdsmon Llywodraeth Leol neu Ombwdsmon Gwasanaethau Cyhoeddus Cymru edrych arni."],
    ]);
    expect(unmutatedAfterNeu(slips)).toEqual([
      "b.call: neu cysylltwch (neu gysylltwch)",
      "b.choose: Neu dewiswch (neu ddewiswch)",
      "b.paid: neu talodd (neu dalodd)",
    ]);
    expect(pluralForOnePerson(slips)).toEqual(["b.one: ar eu rhan (ar ei ran)"]);
    expect(ombudsmanWithoutArticle(slips)).toEqual([
      'b.sentence: no "yr" before Ombwdsmon Seneddol',
      'b.sentence: no "yr" before Ombwdsmon Tai',
    ]);
  });
});
