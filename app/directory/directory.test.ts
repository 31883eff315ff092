import { displayName, findByCode, matchName } from "./directory";
import { getDirectory } from "./directory.server";
import { fixtureDirectory } from "./fixture";
import type { CouncilEntry, DirectoryEntry } from "./types";

const directory = getDirectory();
const councils = directory.entries.filter((e): e is CouncilEntry => e.kind === "council");
const nhs = directory.entries.filter((e) => e.kind !== "council");
const icbCodes = new Set(nhs.filter((e) => e.kind === "icb").map((e) => e.code));

function former(code: string) {
  const match = findByCode(directory, code);
  if (match?.status !== "former") throw new Error(`${code} is not a former body`);
  return match;
}

describe("row counts match app/directory/data/README.md", () => {
  const count = <T>(rows: readonly T[], keep: (row: T) => boolean) => rows.filter(keep).length;
  test.each<[string, number, number]>([
    ["councils", councils.length, 339],
    ["councils in England", count(councils, (c) => c.nation === "england"), 317],
    ["councils in Wales", count(councils, (c) => c.nation === "wales"), 22],
    ["county councils", count(councils, (c) => c.tier === "county"), 21],
    ["unitary councils", count(councils, (c) => c.tier === "unitary"), 63],
    ["metropolitan councils", count(councils, (c) => c.tier === "metropolitan"), 36],
    ["London borough councils and the City", count(councils, (c) => c.tier === "london-borough"), 33],
    ["Welsh principal councils", count(councils, (c) => c.tier === "welsh-principal"), 22],
    ["district councils", count(councils, (c) => c.tier === "district"), 164],
    ["councils with social services", count(councils, (c) => c.providesSocialCare), 175],
    ["NHS bodies", nhs.length, 245],
    ["foundation trusts", count(nhs, (e) => e.kind === "foundation-trust"), 133],
    ["other English NHS trusts", count(nhs, (e) => e.kind === "nhs-trust"), 56],
    ["ambulance trusts", count(nhs, (e) => e.kind === "ambulance-trust"), 10],
    ["ICBs (2026 set)", count(nhs, (e) => e.kind === "icb"), 36],
    ["Welsh health boards", count(nhs, (e) => e.kind === "health-board"), 7],
    ["NHS Wales trusts", count(nhs, (e) => e.kind === "nhs-wales-trust"), 3],
    ["bodies with a Welsh name", count(directory.entries, (e) => e.nameCy !== undefined), 32],
    ["former bodies", directory.formerBodies.length, 129],
    ["abolished ICBs", count(directory.formerBodies, (f) => f.kind === "icb"), 12],
    ["former CCGs", count(directory.formerBodies, (f) => f.kind === "ccg"), 106],
    ["closed trusts", count(directory.formerBodies, (f) => f.kind.endsWith("trust")), 11],
  ])("%s: %i", (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("councils", () => {
  // The README derives the tier from the ONS code prefix; check the data still agrees.
  const tierByPrefix: Record<string, CouncilEntry["tier"]> = {
    E10: "county",
    E06: "unitary",
    E08: "metropolitan",
    E09: "london-borough",
    W06: "welsh-principal",
    E07: "district",
  };
  test("every council's tier matches its ONS code prefix", () => {
    const mismatches = councils.filter((c) => tierByPrefix[c.code.slice(0, 3)] !== c.tier);
    expect(mismatches).toEqual([]);
  });

  test.each([
    ["E07000008", "Cambridge (district)", false],
    ["E07000223", "Adur (district)", false],
    ["E10000003", "Cambridgeshire (county)", true],
    ["E06000053", "Isles of Scilly (unitary)", true],
    ["E09000001", "City of London", true],
    ["E09000007", "Camden (London borough)", true],
    ["E08000038", "Barnsley (recoded 2025)", true],
    ["W06000001", "Isle of Anglesey (Wales)", true],
  ])("%s %s provides social care: %s", (code, _, expected) => {
    const match = findByCode(directory, code);
    expect(match?.status === "current" && match.entry.kind === "council" && match.entry.providesSocialCare).toBe(
      expected,
    );
  });

  test("only district councils do not provide social care", () => {
    const without = councils.filter((c) => !c.providesSocialCare);
    expect(without.length).toBe(164);
    expect(without.every((c) => c.tier === "district")).toBe(true);
  });

  test("a council name with a comma is read whole", () => {
    expect(matchName(findByCode(directory, "E06000058")!, "en")).toBe("Bournemouth, Christchurch and Poole Council");
  });
});

describe("NHS bodies map to the routing contract's body types", () => {
  test.each<[DirectoryEntry["kind"], DirectoryEntry["bodyType"], DirectoryEntry["nation"]]>([
    ["foundation-trust", "nhs-trust", "england"],
    ["nhs-trust", "nhs-trust", "england"],
    ["ambulance-trust", "nhs-trust", "england"],
    ["icb", "icb", "england"],
    ["health-board", "health-board", "wales"],
    ["nhs-wales-trust", "nhs-trust", "wales"],
  ])("%s -> %s (%s)", (kind, bodyType, nation) => {
    const ofKind = nhs.filter((e) => e.kind === kind);
    expect(ofKind.length).toBeGreaterThan(0);
    expect(ofKind.filter((e) => e.bodyType !== bodyType || e.nation !== nation)).toEqual([]);
  });
});

describe("findByCode", () => {
  test.each([
    ["RRU", "RRU", "London Ambulance Service NHS Trust"],
    [" rru ", "RRU", "London Ambulance Service NHS Trust"],
    ["e06000001", "E06000001", "Hartlepool Borough Council"],
    ["7A1", "7A1", "Betsi Cadwaladr University Health Board"],
    ["K0N6A", "K0N6A", "The Online NHS Trust"],
    ["QOP", "QOP", "NHS Greater Manchester Integrated Care Board"],
  ])("finds current body %j", (query, code, name) => {
    expect(findByCode(directory, query)).toMatchObject({ status: "current", entry: { code, name } });
  });

  test.each(["", "   ", "ZZZ", "E06", "E0600000199", "RRU;"])("returns undefined for %j", (query) => {
    expect(findByCode(directory, query)).toBeUndefined();
  });

  test("an abolished ICB whose name has a comma is read whole", () => {
    expect(former("QHG").former.name).toBe("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board");
  });

  test("every former CCG resolves to at least one current 2026 ICB", () => {
    const ccgs = directory.formerBodies.filter((f) => f.kind === "ccg");
    const unresolved = ccgs.filter((ccg) => {
      const { successors } = former(ccg.code);
      return successors.length === 0 || successors.some((s) => !icbCodes.has(s.code));
    });
    expect(unresolved).toEqual([]);
  });

  // The successor table in data/README.md, typed here so the test can disagree with the CSV.
  test.each([
    ["QH8", ["D7T5G"]],
    ["QJG", ["T6Y0W", "D7T5G"]],
    ["QM7", ["S1Y5D", "D7T5G"]],
    ["QHG", ["S1Y5D"]],
    ["QUE", ["S1Y5D"]],
    ["QMM", ["T6Y0W"]],
    ["QMJ", ["Z9B2Z"]],
    ["QRV", ["Z9B2Z"]],
    ["QNX", ["S9B9J"]],
    ["QXU", ["S9B9J"]],
    ["QNQ", ["S9B9J", "S0E4D"]],
    ["QU9", ["S0E4D"]],
  ])("abolished ICB %s resolves to %j", (code, successorCodes) => {
    const match = former(code);
    expect(match.former).toMatchObject({ kind: "icb", closed: "2026-03-31", bodyType: "icb" });
    expect(match.successors.map((s) => s.code).sort()).toEqual([...successorCodes].sort());
  });

  test.each([
    ["00V", "NHS Bury CCG", ["QOP"]],
    ["M1J4Y", "NHS Bedfordshire, Luton and Milton Keynes CCG", ["S1Y5D"]], // via abolished QHG
    ["D4U1Y", "NHS Frimley CCG", ["S9B9J", "S0E4D"]], // via QNQ, split in 2026
    ["06L", "NHS Ipswich and East Suffolk CCG", ["T6Y0W", "D7T5G"]], // via QJG, split in 2026
  ])("CCG %s (%s) follows the chain to %j", (code, name, successorCodes) => {
    const match = former(code);
    expect(match.former).toMatchObject({ name, kind: "ccg", closed: "2022-06-30", bodyType: "icb" });
    expect(match.successors.map((s) => s.code).sort()).toEqual([...successorCodes].sort());
  });

  test.each([
    ["RVJ", "North Bristol NHS Trust", "2026-06-30"],
    ["RNK", "Tavistock and Portman NHS Foundation Trust", "2026-03-31"],
    ["RRP", "Barnet, Enfield and Haringey Mental Health NHS Trust", "2024-10-31"],
  ])("closed trust %s is former with no successor", (code, name, closed) => {
    expect(former(code)).toEqual({
      status: "former",
      former: expect.objectContaining({ name, closed, bodyType: "nhs-trust" }),
      successors: [],
    });
  });

  test("no former body is also a current body", () => {
    const currentCodes = new Set(directory.entries.map((e) => e.code));
    expect(directory.formerBodies.filter((f) => currentCodes.has(f.code))).toEqual([]);
  });
});

describe("displayName", () => {
  test.each([
    ["W06000001", "cy", "Cyngor Sir Ynys Môn"],
    ["W06000001", "en", "Isle of Anglesey County Council"],
    ["7A4", "cy", "Bwrdd Iechyd Prifysgol Caerdydd a'r Fro"],
    ["7A4", "en", "Cardiff and Vale University Health Board"],
    ["RT4", "cy", "Ymddiriedolaeth GIG Gwasanaethau Ambiwlans Cymru"],
    ["RT4", "en", "Welsh Ambulance Services NHS Trust"],
    ["RQF", "cy", "Ymddiriedolaeth GIG Prifysgol Felindre"],
    ["RYT", "cy", "Ymddiriedolaeth GIG Iechyd Cyhoeddus Cymru"],
    ["E09000007", "cy", "London Borough of Camden"], // English bodies keep their English name
  ] as const)("%s on %s pages is %j", (code, lang, name) => {
    const match = findByCode(directory, code);
    expect(match?.status).toBe("current");
    if (match?.status === "current") expect(displayName(match.entry, lang)).toBe(name);
  });
});

describe("createDirectory rejects bad data", () => {
  const county = "E10000003,Cambridgeshire County Council,,england,county";
  const icb = "QOP,NHS Greater Manchester Integrated Care Board,,england,icb";
  const ccg = (successors: string) => `00V,NHS Bury CCG,ccg,england,2022-06-30,${successors}`;

  test.each([
    ["a duplicate code", { councils: [county, county] }, /Duplicate directory code E10000003/],
    ["a former code that is also current", { nhs: [icb], predecessors: ["QOP,Old,icb,england,2026-03-31,"] }, /Duplicate directory code QOP/],
    ["an unknown tier", { councils: ["E10000003,Cambridgeshire County Council,,england,shire"] }, /councils\.csv row 2/],
    ["a council code that is not ONS", { councils: ["X10000003,Nowhere Council,,england,county"] }, /not an English or Welsh council GSS code/],
    ["an unknown NHS kind", { nhs: ["QOP,NHS Greater Manchester,,england,care-trust"] }, /nhs-organisations\.csv row 2/],
    ["an impossible closing date", { nhs: [icb], predecessors: ["00V,NHS Bury CCG,ccg,england,2022-02-30,QOP"] }, /nhs-predecessors\.csv row 2/],
    ["a successor that does not exist", { nhs: [icb], predecessors: [ccg("QZZ")] }, /00V names unknown successor QZZ/],
    [
      "a successor loop",
      { predecessors: ["AAA,A,icb,england,2026-03-31,BBB", "BBB,B,icb,england,2026-03-31,AAA"] },
      /successor loop AAA -> BBB -> AAA/,
    ],
    ["a missing column", { nhs: ["QOP,NHS Greater Manchester,england,icb"] }, /row 2 has 4 fields, expected 5/],
  ])("%s", (_, rows, message) => {
    expect(() => fixtureDirectory(rows)).toThrow(message);
  });

  test("accepts the same rows when they are right", () => {
    const fixture = fixtureDirectory({ councils: [county], nhs: [icb], predecessors: [ccg("QOP")] });
    expect(findByCode(fixture, "00V")).toMatchObject({ status: "former", successors: [{ code: "QOP" }] });
  });

  test("a trust's successor that has itself closed is followed to the current body", () => {
    const fixture = fixtureDirectory({
      nhs: ["RAA,New Trust,,england,nhs-trust"],
      predecessors: ["RBB,Old Trust,nhs-trust,england,2023-03-31,RCC", "RCC,Middle Trust,nhs-trust,england,2025-03-31,RAA"],
    });
    expect(findByCode(fixture, "RBB")).toMatchObject({
      status: "former",
      former: { successorCodes: ["RCC"] },
      successors: [{ code: "RAA" }],
    });
  });
});
