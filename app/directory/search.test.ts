import { matchName } from "./directory";
import { getDirectory } from "./directory.server";
import { fixtureDirectory } from "./fixture";
import { DEFAULT_LIMIT, MAX_LIMIT, foldForSearch, searchDirectory, type SearchOptions } from "./search";
import type { DirectoryMatch, Lang } from "./types";

const directory = getDirectory();
const codeOf = (match: DirectoryMatch) => (match.status === "current" ? match.entry.code : match.former.code);
const codes = (query: string, options: SearchOptions) => searchDirectory(directory, query, options).matches.map(codeOf);

describe("foldForSearch", () => {
  test.each([
    ["Cyngor Sir Ynys Môn", "cyngor sir ynys mon"],
    ["ŵ ŷ â ê î ô û ẁ ỳ ä ï", "w y a e i o u w y a i"],
    ["ŴŶÂÊÎÔÛ", "wyaeiou"],
    ["Guy's and St Thomas’", "guys and st thomas"],
    ["Caerdydd a'r Fro", "caerdydd ar fro"],
    ["Lancashire & South Cumbria", "lancashire and south cumbria"],
    ["Stoke-on-Trent", "stoke on trent"],
    ["  Bournemouth,  Christchurch (Poole)  ", "bournemouth christchurch poole"],
    ["!!!", ""],
  ])("%j -> %j", (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe("searchDirectory on the real data: first match", () => {
  test.each<[string, Lang, string]>([
    // Welsh names, whole and in part, with and without accents
    ["Bwrdd Iechyd Prifysgol Betsi", "cy", "7A1"],
    ["Betsi", "en", "7A1"],
    ["betsi cadwaladr", "cy", "7A1"],
    ["Cyngor Sir Ynys Môn", "cy", "W06000001"],
    ["Cyngor Sir Ynys Môn", "en", "W06000001"],
    ["ynys mon", "cy", "W06000001"],
    ["YNYS MÔN", "en", "W06000001"],
    ["sir gar", "cy", "W06000010"],
    ["caerdydd a'r fro", "cy", "7A4"],
    ["bae abertawe", "cy", "7A3"],
    ["castell-nedd", "cy", "W06000012"],
    ["castellnedd", "cy", "W06000012"],
    ["dinbych", "cy", "W06000004"], // inside the mutated "Ddinbych"
    ["felindre", "cy", "RQF"],
    ["ambiwlans cymru", "cy", "RT4"],
    ["iechyd cyhoeddus", "cy", "RYT"],
    // English names
    ["camden", "en", "E09000007"],
    ["Câmden", "en", "E09000007"],
    ["camden council", "en", "E09000007"],
    ["London Borough of Camden", "en", "E09000007"],
    ["anglesey", "en", "W06000001"],
    ["guys", "en", "RJ1"],
    ["Guy’s and St Thomas", "en", "RJ1"],
    ["stoke-on-trent city", "en", "E06000021"],
    ["the online", "en", "K0N6A"],
    ["lancashire & south cumbria nhs foundation", "en", "RW5"],
    // codes
    ["RRU", "en", "RRU"],
    ["rru", "cy", "RRU"],
    ["E06000001", "en", "E06000001"],
    ["e06000001", "en", "E06000001"],
    ["7a7", "cy", "7A7"],
    ["00V", "en", "00V"], // a former CCG's code
  ])("%j (%s) -> %s", (query, lang, code) => {
    expect(codes(query, { lang })[0]).toBe(code);
  });
});

describe("former bodies", () => {
  test("a former CCG is found by name, marked former, with its current successor", () => {
    const { matches } = searchDirectory(directory, "Bury CCG", { lang: "en" });
    expect(matches[0]).toMatchObject({
      status: "former",
      former: { code: "00V", name: "NHS Bury CCG", closed: "2022-06-30" },
      successors: [{ code: "QOP", name: "NHS Greater Manchester Integrated Care Board" }],
    });
  });

  test("an abolished ICB is found with every successor", () => {
    const match = searchDirectory(directory, "NHS Frimley Integrated Care Board", { lang: "en" }).matches[0];
    expect(match?.status === "former" && match.successors.map((s) => s.code)).toEqual(["S9B9J", "S0E4D"]);
  });

  test("at the same rank, current bodies come before former ones", () => {
    // "frimley" starts "Frimley Health NHS Foundation Trust"; the CCG and old ICB have it as a later word.
    expect(codes("frimley", { lang: "en" })).toEqual(["RDU", "D4U1Y", "QNQ"]);
  });

  test("filtering by type ICB finds current ICBs and the CCGs and ICBs they replaced", () => {
    const found = searchDirectory(directory, "sussex", { lang: "en", bodyType: "icb" }).matches;
    expect(found.map((m) => [m.status, codeOf(m)])).toEqual([
      ["current", "S9B9J"], // NHS Surrey and Sussex Integrated Care Board
      ["former", "97R"], // NHS East Sussex CCG
      ["former", "QNX"], // NHS Sussex Integrated Care Board
      ["former", "70F"], // NHS West Sussex CCG
    ]);
  });
});

describe("ranking", () => {
  const fixture = fixtureDirectory({
    councils: [
      "E07000001,Wash Council,,england,district",
      "E07000002,Bashley Council,,england,district",
      "E07000003,North Ash Council,,england,district",
      "E07000004,Ashford Borough Council,,england,district",
      "E07000005,Ash,,england,district",
      "E07000006,Ash Vale and Ash Green,,england,district",
      "W06000001,Test Alpha Council,Cyngor Prawf Zulu,wales,welsh-principal",
      "W06000002,Test Zulu Council,Cyngor Prawf Alpha,wales,welsh-principal",
    ],
    nhs: ["RAA,Ash Valley NHS Trust,,england,nhs-trust"],
    predecessors: ["00A,NHS Ash CCG,ccg,england,2022-06-30,RAA"],
  });
  const names = (query: string, lang: Lang = "en") =>
    searchDirectory(fixture, query, { lang }).matches.map((m) => matchName(m, lang));

  test("exact name > name prefix > word prefix > every word > substring; ties alphabetical", () => {
    expect(names("ash")).toEqual([
      "Ash", // exact
      "Ash Vale and Ash Green", // name prefix, ties sorted A-Z
      "Ash Valley NHS Trust",
      "Ashford Borough Council",
      "North Ash Council", // a later word starts with the query
      "NHS Ash CCG", // same rank, but former after current
      "Bashley Council", // inside a word
      "Wash Council",
    ]);
  });

  test("words typed out of order still match, after in-order phrases", () => {
    expect(names("green ash")).toEqual(["Ash Vale and Ash Green"]);
    expect(names("ash green")).toEqual(["Ash Vale and Ash Green"]);
  });

  test("ties sort by the name shown in the page's language", () => {
    expect(names("test", "en")).toEqual(["Test Alpha Council", "Test Zulu Council"]);
    expect(names("test", "cy")).toEqual(["Cyngor Prawf Alpha", "Cyngor Prawf Zulu"]);
    expect(names("cyngor prawf", "en")).toEqual(["Test Alpha Council", "Test Zulu Council"]);
  });

  test("one or two letters match only at the start of a word", () => {
    expect(names("as")).not.toContain("Bashley Council");
    expect(names("as")).toContain("North Ash Council");
  });
});

describe("limit", () => {
  const total = searchDirectory(directory, "trust", { lang: "en", limit: 1 }).total;

  test("the query used here matches more than the largest limit", () => {
    expect(total).toBeGreaterThan(MAX_LIMIT);
  });

  test.each<[string, number | undefined, number]>([
    ["default", undefined, DEFAULT_LIMIT],
    ["3", 3, 3],
    ["0", 0, 0],
    ["negative", -5, 0],
    ["fractional", 2.7, 2],
    ["above the maximum", 10_000, MAX_LIMIT],
    ["not a number", Number.NaN, DEFAULT_LIMIT],
    ["infinite", Number.POSITIVE_INFINITY, DEFAULT_LIMIT],
  ])("%s -> %i matches, total unchanged", (_, limit, expected) => {
    const result = searchDirectory(directory, "trust", { lang: "en", limit });
    expect(result.matches).toHaveLength(expected);
    expect(result.total).toBe(total);
  });

  test("a limit keeps the best matches", () => {
    const all = codes("sussex", { lang: "en", limit: MAX_LIMIT });
    expect(codes("sussex", { lang: "en", limit: 3 })).toEqual(all.slice(0, 3));
  });
});

describe("filters", () => {
  test.each<[string, SearchOptions, string[]]>([
    // Same rank, so A-Z by the name shown: "Bwrdd Iechyd…" before "Cyngor Sir…", but "Powys County…" first in English.
    ["powys", { lang: "cy", nation: "wales" }, ["7A7", "W06000023"]],
    ["powys", { lang: "en", nation: "wales" }, ["W06000023", "7A7"]],
    ["powys", { lang: "en", nation: "england" }, []],
    ["powys", { lang: "cy", bodyType: "health-board" }, ["7A7"]],
    ["abertawe", { lang: "cy", nation: "wales", bodyType: "health-board" }, ["7A3"]],
    ["camden", { lang: "en", bodyType: "nhs-trust" }, []],
    ["camden", { lang: "en", bodyType: "gp-practice" }, []], // not in the directory at all
    ["ambulance", { lang: "en", nation: "wales" }, ["RT4"]],
    ["RRU", { lang: "en", bodyType: "council" }, []],
  ])("%j with %o -> %j", (query, options, expected) => {
    expect(codes(query, options)).toEqual(expected);
  });

  test("every match has the requested body type and nation", () => {
    const result = searchDirectory(directory, "north", { lang: "en", bodyType: "nhs-trust", nation: "england", limit: MAX_LIMIT });
    expect(result.matches.length).toBeGreaterThan(5);
    for (const match of result.matches) {
      const body = match.status === "current" ? match.entry : match.former;
      expect([body.bodyType, body.nation]).toEqual(["nhs-trust", "england"]);
    }
  });
});

describe("queries with nothing to search for", () => {
  test.each([
    ["", "empty"],
    ["   ", "empty"],
    ["\t\n", "empty"],
    ["!!! ??? ---", "empty"],
    ["nhs", "too-general"],
    ["NHS", "too-general"],
    ["the council", "too-general"],
    ["  of  and  ", "too-general"],
    ["Cyngor", "too-general"],
    ["GIG", "too-general"],
  ] as const)("%j is %s", (query, notice) => {
    expect(searchDirectory(directory, query, { lang: "en" })).toEqual({ matches: [], total: 0, notice });
  });

  test("a common word with a real one still searches", () => {
    const result = searchDirectory(directory, "nhs bury", { lang: "en" });
    expect(result.notice).toBeUndefined();
    expect(result.matches.map(codeOf)).toContain("00V");
  });

  test("nothing matching is an empty result, not a notice", () => {
    expect(searchDirectory(directory, "qwertyuiop", { lang: "en" })).toEqual({ matches: [], total: 0 });
  });
});

describe("odd input never throws", () => {
  test.each([
    "a".repeat(100_000),
    "camden ".repeat(10_000),
    "(((",
    "[a-z]*",
    "\\",
    "$&",
    "%00",
    "\u0000",
    "\uD800", // lone surrogate
    "😀",
    "🏥 hospital",
    "<script>alert(1)</script>",
    "'",
    "’",
    "&",
    "ǅ",
    "İstanbul",
    "Ω≈ç√∫",
    "__proto__",
    "constructor",
  ])("%#", (query) => {
    for (const lang of ["en", "cy"] as const) {
      const result = searchDirectory(directory, query, { lang });
      expect(result.matches.length).toBeLessThanOrEqual(DEFAULT_LIMIT);
    }
  });

  test("a long query is cut to 200 characters before searching", () => {
    expect(codes(`camden${" ".repeat(300)}zzz`, { lang: "en" })).toEqual(["E09000007"]);
  });
});
