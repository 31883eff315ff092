import { findByCode } from "./directory";
import { getDirectory } from "./directory.server";
import { fixtureDirectory } from "./fixture";
import { formatLongDate, formerNotice, joinAlternatives, kindLabelKey, socialCareNotice } from "./notices";
import type { FormerMatch, Lang } from "./types";

const directory = getDirectory();

function formerMatch(code: string, from = directory): FormerMatch {
  const match = findByCode(from, code);
  if (match?.status !== "former") throw new Error(`${code} is not a former body`);
  return match;
}

function current(code: string) {
  const match = findByCode(directory, code);
  if (match?.status !== "current") throw new Error(`${code} is not a current body`);
  return match.entry;
}

describe("formatLongDate", () => {
  test.each<[string, Lang, string]>([
    ["2022-06-30", "en", "30 June 2022"],
    ["2022-06-30", "cy", "30 Mehefin 2022"],
    ["2026-03-31", "en", "31 March 2026"],
    ["2026-03-31", "cy", "31 Mawrth 2026"],
    ["2024-01-01", "cy", "1 Ionawr 2024"],
  ])("%s in %s is %j", (iso, lang, text) => {
    expect(formatLongDate(iso, lang)).toBe(text);
  });
});

describe("joinAlternatives", () => {
  test.each<[string[], Lang, string]>([
    [[], "en", ""],
    [["A"], "cy", "A"],
    [["A", "B"], "en", "A or B"],
    [["A", "B"], "cy", "A neu B"],
    [["A", "B", "C"], "en", "A, B or C"],
    [["A", "B", "C"], "cy", "A, B neu C"],
  ])("%j in %s is %j", (names, lang, text) => {
    expect(joinAlternatives(names, lang)).toBe(text);
  });
});

describe("formerNotice", () => {
  test.each<[string, Lang, string, Record<string, string>]>([
    [
      "00V",
      "en",
      "notice.formerCcg",
      { name: "NHS Bury CCG", closed: "30 June 2022", successors: "NHS Greater Manchester Integrated Care Board" },
    ],
    [
      "M1J4Y",
      "cy",
      "notice.formerCcg",
      {
        name: "NHS Bedfordshire, Luton and Milton Keynes CCG",
        closed: "30 Mehefin 2022",
        successors: "NHS Central East Integrated Care Board",
      },
    ],
    [
      "D4U1Y",
      "en",
      "notice.formerCcgSplit",
      {
        name: "NHS Frimley CCG",
        closed: "30 June 2022",
        successors: "NHS Surrey and Sussex Integrated Care Board or NHS Thames Valley Integrated Care Board",
      },
    ],
    [
      "QH8",
      "en",
      "notice.formerIcb",
      { name: "NHS Mid and South Essex Integrated Care Board", closed: "31 March 2026", successors: "NHS Essex Integrated Care Board" },
    ],
    [
      "QNQ",
      "cy",
      "notice.formerIcbSplit",
      {
        name: "NHS Frimley Integrated Care Board",
        closed: "31 Mawrth 2026",
        successors: "NHS Surrey and Sussex Integrated Care Board neu NHS Thames Valley Integrated Care Board",
      },
    ],
    ["RVJ", "en", "notice.formerClosed", { name: "North Bristol NHS Trust", closed: "30 June 2026" }],
    ["RVJ", "cy", "notice.formerClosed", { name: "North Bristol NHS Trust", closed: "30 Mehefin 2026" }],
  ])("%s in %s -> %s", (code, lang, key, values) => {
    expect(formerNotice(formerMatch(code), lang)).toEqual({ key, values });
  });

  test("a closed trust with a known successor names it", () => {
    const fixture = fixtureDirectory({
      nhs: ["RAA,New Trust,,england,nhs-trust"],
      predecessors: ["RBB,Old Trust,foundation-trust,england,2024-09-30,RAA"],
    });
    expect(formerNotice(formerMatch("RBB", fixture), "en")).toEqual({
      key: "notice.formerTrust",
      values: { name: "Old Trust", closed: "30 September 2024", successors: "New Trust" },
    });
  });

  // The Welsh strings put {{successors}} after a colon or "neu", which only reads right if no
  // successor name needs a mutation; names starting "NHS" never do.
  test("every successor in the data is named 'NHS …'", () => {
    const successorNames = directory.formerBodies.flatMap((f) => formerMatch(f.code).successors.map((s) => s.name));
    expect(successorNames.length).toBeGreaterThan(100);
    expect(successorNames.filter((name) => !name.startsWith("NHS "))).toEqual([]);
  });
});

describe("socialCareNotice", () => {
  test.each([
    ["E07000008", "notice.districtCouncil"], // Cambridge City Council, a district
    ["E10000003", undefined], // Cambridgeshire County Council
    ["W06000001", undefined],
    ["RRU", undefined], // not a council at all
  ])("%s -> %s", (code, key) => {
    expect(socialCareNotice(current(code))?.key).toBe(key);
  });
});

describe("kindLabelKey", () => {
  test.each([
    ["E07000008", "tier.district"],
    ["E09000001", "tier.london-borough"],
    ["W06000001", "tier.welsh-principal"],
    ["RRU", "kind.ambulance-trust"],
    ["RT4", "kind.nhs-wales-trust"],
    ["00V", "kind.ccg"],
    ["QNQ", "kind.icb"],
    ["RVJ", "kind.nhs-trust"],
  ])("%s -> %s", (code, key) => {
    expect(kindLabelKey(findByCode(directory, code)!)).toBe(key);
  });
});
