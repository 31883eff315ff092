// Every reason and error has natural text in English and Welsh; the two key trees match.
import cy from "../../locales/cy/routing.json";
import en from "../../locales/en/routing.json";
import { REASON_CODES } from "./reasons";
import { ERROR_KEYS } from "./schema";
import { createRoutingTranslator, errorMessage, formatDate, reasonTexts, ROUTING_LANGUAGES } from "./texts";
import { OMBUDSMEN, SIGNPOSTS, type Reason } from "./types";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}
// Welsh has six plural forms, English two; compare the keys without the plural suffix.
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, "");
const keySet = (tree: Tree) => [...new Set(leaves(tree).map(([key]) => withoutPlural(key)))].sort();

/** Strings that are names, the same in both languages. */
const SAME_IN_BOTH: string[] = [];

it("has the same keys in English and Welsh", () => {
  expect(keySet(cy)).toEqual(keySet(en));
});

it("has a Welsh string for every plural form Welsh needs", () => {
  for (const unit of ["weeks", "months"]) {
    for (const form of new Intl.PluralRules("cy").resolvedOptions().pluralCategories) {
      expect(leaves(cy).map(([key]) => key)).toContain(`period.${unit}_${form}`);
    }
  }
});

it("has text for exactly the reason codes and error keys the code uses", () => {
  expect(Object.keys(en.reasons).sort()).toEqual([...REASON_CODES].sort());
  expect(Object.keys(en.errors).sort()).toEqual([...ERROR_KEYS].sort());
  expect(Object.keys(en.ombudsman).sort()).toEqual([...OMBUDSMEN].sort());
  expect(Object.keys(en.signpost).sort()).toEqual([...SIGNPOSTS].sort());
});

it("never leaves English in the Welsh file, except names", () => {
  const english = new Map(leaves(en));
  const same = leaves(cy).filter(([key, text]) => (english.get(key) ?? english.get(`${withoutPlural(key)}_other`)) === text);
  expect(same.map(([key]) => key).sort()).toEqual(SAME_IN_BOTH);
});

describe.each(REASON_CODES)("reason %s", (code) => {
  // Every kind of param at once: each text takes only those it uses.
  const reason: Reason = {
    code,
    params: { bodyIndex: 2, bodyName: "Cyngor Caerdydd", date: "2027-03-01", periodAmount: 12, periodUnit: "weeks", bodyIndexes: "0,1", bodyName1: "Hywel Dda" },
  };
  const [english, welsh] = ROUTING_LANGUAGES.map((lang) => reasonTexts([reason], lang)[0]);

  it("has English and Welsh text that differ, with every placeholder filled", () => {
    for (const text of [english, welsh]) {
      expect(text?.code).toBe(code);
      expect(text?.text.length).toBeGreaterThan(40);
      expect(text?.text).not.toMatch(/\{\{|reasons\.|undefined/);
    }
    expect(welsh?.text).not.toBe(english?.text);
  });

  it("puts the organisation's name in a label, unchanged by Welsh mutation", () => {
    expect(english?.text.startsWith("Organisation 3 (Cyngor Caerdydd): ")).toBe(true);
    expect(welsh?.text.startsWith("Sefydliad 3 (Cyngor Caerdydd): ")).toBe(true);
  });
});

describe.each(ERROR_KEYS)("error %s", (key) => {
  it("has English and Welsh text that differ, with every placeholder filled", () => {
    const [english, welsh] = ROUTING_LANGUAGES.map((lang) => errorMessage(key, createRoutingTranslator(lang)));
    for (const text of [english, welsh]) {
      expect(text?.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/\{\{|errors\./);
    }
    expect(welsh).not.toBe(english);
  });
});

describe("Welsh style", () => {
  const welshLeaves = leaves(cy);

  it("asks for missing answers with Rhowch or Dewiswch, as English uses Enter or Select", () => {
    for (const key of ERROR_KEYS.filter((k) => k.endsWith("-required"))) {
      expect(cy.errors[key]).toMatch(/^(Rhowch|Dewiswch) /);
      expect(en.errors[key]).toMatch(/^(Enter|Select) /);
    }
  });

  it("uses the glossary's names for the ombudsmen", () => {
    expect(cy.ombudsman.psow.name).toBe("Ombwdsmon Gwasanaethau Cyhoeddus Cymru");
    expect(cy.ombudsman.lgsco.name).toBe("Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (Local Government and Social Care Ombudsman)");
    expect(cy.ombudsman.phso.name).toBe("Ombwdsmon Seneddol a Gwasanaeth Iechyd (Parliamentary and Health Service Ombudsman)");
    expect(cy.ombudsman["housing-ombudsman"].name).toBe("Yr Ombwdsmon Tai");
    expect(cy.signpost.llais.name).toBe("Llais");
  });

  const sentences = welshLeaves.filter(([key]) => !key.startsWith("ombudsman.") && !key.endsWith(".name"));

  it("puts the article before the English ombudsmen's Welsh names in sentences", () => {
    const withoutArticle = (text: string) =>
      [...text.matchAll(/(.{0,3})Ombwdsmon (Llywodraeth Leol|Seneddol|Tai)/g)].filter(([, before]) => !/(yr|'r) $/i.test(before ?? ""));
    for (const [key, text] of sentences) expect(withoutArticle(text), key).toEqual([]);
  });

  it.each([
    ["ar eu rhan", /ar eu rhan/],
    ["a second term for the person affected", /person a gafodd ei effeithio/],
    ["proses gwyno (the glossary has gweithdrefn gwyno)", /[pb]roses gwyno/],
    ["Llais Cymru", /Llais Cymru/],
    ["cymorth … am ddim", /[Cc]ymorth [^.]*am ddim/],
    ["perygl o niwed (at risk of harm is wynebu risg o niwed)", /perygl o niwed/],
    ["yn y rhestr", /yn y rhestr/],
    ["rhannu gyda", /rhannu[^.]* gyda/],
    ["an unmutated verb after neu", /\bneu (cysylltwch|dewiswch|tynnwch|teipiwch|talodd|gwiriwch|gofynnwch|darllenwch)\b/],
  ])("does not use %s", (_label, pattern) => {
    for (const [key, text] of welshLeaves) expect(text, key).not.toMatch(pattern);
  });

  it("spells ombwdsmon with -mon, and never uses the informal ti", () => {
    for (const [key, text] of welshLeaves) {
      expect(text, key).not.toMatch(/Ombwdsman|ombwdsman|\bti\b|\bdy\b|ebost/);
    }
  });
});

it("writes dates in words in each language", () => {
  expect(formatDate("2027-03-01", "en")).toBe("1 March 2027");
  expect(formatDate("2027-03-01", "cy")).toBe("1 Mawrth 2027");
  expect(formatDate("2025-12-25", "cy")).toBe("25 Rhagfyr 2025");
});

it.each([
  ["en", 1, "1 week"],
  ["en", 12, "12 weeks"],
  ["cy", 1, "1 wythnos"],
  ["cy", 2, "2 wythnos"],
  ["cy", 12, "12 wythnos"],
] as const)("shows a period of %s %i weeks as %s", (lang, amount, expected) => {
  const [text] = reasonTexts([{ code: "reasonable-time-passed", params: { periodAmount: amount, periodUnit: "weeks" } }], lang);
  expect(text?.text).toContain(expected);
});

describe("a reason that names several organisations", () => {
  const reason: Reason = { code: "complain-to-others-too", params: { bodyIndexes: "1,3,4", bodyName1: "Powys Teaching Health Board", bodyName4: "Meddygfa'r Llan" } };

  it.each([
    ["en", "You have not complained yet to Organisation 2 (Powys Teaching Health Board), Organisation 4 and Organisation 5 (Meddygfa'r Llan). "],
    ["cy", "Nid ydych chi wedi cwyno eto i'r canlynol: Sefydliad 2 (Powys Teaching Health Board), Sefydliad 4 a Sefydliad 5 (Meddygfa'r Llan). "],
  ] as const)("lists them by position and name in %s", (lang, start) => {
    const [text] = reasonTexts([reason], lang);
    expect(text?.text.startsWith(start)).toBe(true);
    expect(text?.bodyIndexes).toEqual([1, 3, 4]);
    expect(text?.bodyIndex).toBeUndefined();
  });

  it.each([
    ["one", { bodyIndexes: "2" }, "You have not complained yet to Organisation 3. "],
    ["two", { bodyIndexes: "0,2", bodyName0: "A" }, "You have not complained yet to Organisation 1 (A) and Organisation 3. "],
  ] as const)("joins %s naturally", (_label, params, start) => {
    const [text] = reasonTexts([{ code: "complain-to-others-too", params }], "en");
    expect(text?.text.startsWith(start)).toBe(true);
  });
});

it.each([
  ["en", 2, "2 months"],
  ["en", 6, "6 months"],
  ["cy", 2, "2 fis"],
  ["cy", 6, "6 mis"],
  ["cy", 12, "12 mis"],
] as const)("shows a period of %s %i months as %s", (lang, amount, expected) => {
  const [text] = reasonTexts([{ code: "reasonable-time-passed", params: { periodAmount: amount, periodUnit: "months" } }], lang);
  expect(text?.text).toContain(expected);
});

it("shows a name exactly as given, even if it looks like a placeholder", () => {
  const name = "{{date}} $t(reasons.ready-to-complain) <b>";
  const [text] = reasonTexts([{ code: "local-process-complete", params: { bodyIndex: 0, bodyName: name } }], "en");
  expect(text).toEqual({ code: "local-process-complete", text: `Organisation 1 (${name}): The organisation has sent its final response.`, bodyIndex: 0 });
});

it("keeps each translator to its own language", () => {
  const welsh = createRoutingTranslator("cy");
  const english = createRoutingTranslator("en");
  expect(welsh.t("errors.json-invalid")).toBe("Nid yw'r cais yn JSON dilys.");
  expect(english.t("errors.json-invalid")).toBe("The request is not valid JSON.");
});
