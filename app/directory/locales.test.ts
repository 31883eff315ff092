import i18next from "i18next";
import cy from "../../locales/cy/directory.json";
import en from "../../locales/en/directory.json";
import { getDirectory } from "./directory.server";
import { formerNotice, kindLabelKey, socialCareNotice, type Notice } from "./notices";
import { BODY_TYPES, COUNCIL_TIERS, FORMER_KINDS, NHS_KINDS, type Lang } from "./types";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const strings: Record<Lang, Map<string, string>> = { en: flatten(en), cy: flatten(cy) };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, "");
const variables = (text: string) => new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].flatMap((m) => m[1] ?? []));
const keysOf = (lang: Lang) => [...strings[lang].keys()];

function i18n(lng: Lang) {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    initAsync: false,
    ns: ["directory"],
    defaultNS: "directory",
    resources: { en: { directory: en }, cy: { directory: cy } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe("en and cy directory.json", () => {
  test("have the same keys, apart from plural forms", () => {
    expect(new Set(keysOf("cy").map(baseKey))).toEqual(new Set(keysOf("en").map(baseKey)));
  });

  // Both files keep the same key tree, so English carries Welsh's extra forms too (unused by English rules).
  test.each<Lang>(["en", "cy"])("%s gives every plural form its language needs, and only CLDR forms", (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.map(String).sort();
    const pluralBases = new Set(keysOf(lang).filter((k) => PLURAL.test(k)).map(baseKey));
    expect(pluralBases.size).toBeGreaterThan(0);
    for (const base of pluralBases) {
      const forms = keysOf(lang)
        .filter((k) => baseKey(k) === base && k !== base)
        .map((k) => k.slice(base.length + 1))
        .sort();
      expect([base, needed.filter((form) => !forms.includes(form))]).toEqual([base, []]);
      expect([base, forms.filter((form) => !["zero", "one", "two", "few", "many", "other"].includes(form))]).toEqual([base, []]);
    }
  });

  test("use the same interpolation variables", () => {
    const byBase = (lang: Lang) => {
      const vars = new Map<string, Set<string>>();
      for (const [key, text] of strings[lang]) {
        const set = vars.get(baseKey(key)) ?? new Set<string>();
        for (const v of variables(text)) set.add(v);
        vars.set(baseKey(key), set);
      }
      return vars;
    };
    expect(byBase("cy")).toEqual(byBase("en"));
  });

  test("no Welsh string is the same as its English one", () => {
    const same = keysOf("cy").filter((key) => strings.cy.get(key) === strings.en.get(key));
    expect(same).toEqual([]);
  });

  test.each<Lang>(["en", "cy"])("%s has no empty strings", (lang) => {
    expect(keysOf(lang).filter((key) => strings[lang].get(key)!.trim() === "")).toEqual([]);
  });

  test.each<Lang>(["en", "cy"])("%s labels every contract body type, tier and kind", (lang) => {
    const wanted = [
      ...BODY_TYPES.flatMap((t) => [`bodyType.${t}.label`, `bodyType.${t}.hint`]),
      ...COUNCIL_TIERS.map((t) => `tier.${t}`),
      ...[...NHS_KINDS, ...FORMER_KINDS].map((k) => `kind.${k}`),
    ];
    expect(wanted.filter((key) => !strings[lang].has(key))).toEqual([]);
  });
});

describe("rendered with i18next", () => {
  test.each<[Lang, number, string]>([
    ["en", 1, "1 result"],
    ["en", 2, "2 results"],
    ["en", 0, "0 results"],
    ["cy", 0, "Dim canlyniadau"],
    ["cy", 1, "1 canlyniad"],
    ["cy", 2, "2 ganlyniad"],
    ["cy", 3, "3 chanlyniad"],
    ["cy", 4, "4 o ganlyniadau"],
    ["cy", 6, "6 chanlyniad"],
    ["cy", 10, "10 o ganlyniadau"],
  ])("%s search.results with count %i is %j", (lang, count, text) => {
    expect(i18n(lang).t("search.results", { count })).toBe(text);
  });

  // Every notice and label the pure modules can produce for the real data exists and fills in.
  test.each<Lang>(["en", "cy"])("every notice for the real data renders completely in %s", (lang) => {
    const directory = getDirectory();
    const t = i18n(lang).t;
    const notices: Notice[] = [
      ...directory.formerBodies.map((f) => {
        const match = directory.byCode.get(f.code);
        if (match?.status !== "former") throw new Error(f.code);
        return formerNotice(match, lang);
      }),
      ...directory.entries.flatMap((e) => socialCareNotice(e) ?? []),
    ];
    expect(new Set(notices.map((n) => n.key)).size).toBe(6); // all but formerTrust, which the data does not need
    for (const notice of notices) {
      const text = t(notice.key, notice.values);
      expect(text).not.toBe(notice.key);
      expect(text).not.toMatch(/\{\{|\}\}/);
      for (const value of Object.values(notice.values)) expect(text).toContain(value);
    }
    for (const match of directory.byCode.values()) {
      expect(strings[lang].has(kindLabelKey(match))).toBe(true);
    }
  });

  test.each<[Lang, string]>([
    [
      "en",
      "NHS Sussex Integrated Care Board was abolished on 31 March 2026. It merged into a new board, which now handles complaints about its work: NHS Surrey and Sussex Integrated Care Board.",
    ],
    [
      "cy",
      "Daeth NHS Sussex Integrated Care Board i ben ar 31 Mawrth 2026. Cafodd ei uno â bwrdd newydd, sydd bellach yn ymdrin â chwynion am ei waith: NHS Surrey and Sussex Integrated Care Board.",
    ],
  ])("an abolished ICB's notice reads in full in %s", (lang, text) => {
    const match = getDirectory().byCode.get("QNX");
    if (match?.status !== "former") throw new Error("QNX is not a former body");
    const notice = formerNotice(match, lang);
    expect(i18n(lang).t(notice.key, notice.values)).toBe(text);
  });
});
