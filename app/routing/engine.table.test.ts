// Every organisation type x nation (x funding, where funding decides) -> ombudsman, with the
// reasons the person sees about that organisation. Expected values come from the contract's
// "Body -> ombudsman" rules (v1.1) and docs/routing.md, written out in full.
import { routeComplaint } from "./engine";
import type { ReasonCode } from "./reasons";
import { body, bodyCodes, request } from "./test-support";
import {
  BODY_TYPES,
  FUNDING_CODES,
  FUNDING_REQUIRED_TYPES,
  NATIONS,
  NHS_WALES_FUNDABLE_TYPES,
  type BodyType,
  type FundingCode,
  type Nation,
  type Ombudsman,
} from "./types";

type Row = readonly [BodyType, FundingCode | undefined, Ombudsman | null, readonly ReasonCode[]];

const unusual = "type-unusual-for-nation";
/** Every organisation in these rows has sent its final response. */
const done = "local-process-complete";
/** NHS Wales paid: PSOW, in any nation (v1.1). */
const paidByNhsWales = ["psow-remit-nhs", done] as const;

const england: readonly Row[] = [
  ["council", undefined, "lgsco", ["lgsco-remit-council", done]],
  ["nhs-trust", undefined, "phso", ["phso-remit-nhs", done]],
  ["health-board", undefined, "phso", ["phso-remit-nhs", unusual, done]],
  ["icb", undefined, "phso", ["phso-remit-nhs", done]],
  ["gp-practice", undefined, "phso", ["phso-remit-nhs", done]],
  ["dentist", "council", null, ["council-funded-name-council"]],
  ["dentist", "nhs", "phso", ["phso-remit-nhs", done]],
  ["dentist", "nhs-wales", "psow", paidByNhsWales],
  ["dentist", "self", null, ["private-healthcare-not-covered"]],
  ["pharmacy", "council", null, ["council-funded-name-council"]],
  ["pharmacy", "nhs", "phso", ["phso-remit-nhs", done]],
  ["pharmacy", "nhs-wales", "psow", paidByNhsWales],
  ["pharmacy", "self", null, ["private-healthcare-not-covered"]],
  ["optician", "council", null, ["council-funded-name-council"]],
  ["optician", "nhs", "phso", ["phso-remit-nhs", done]],
  ["optician", "nhs-wales", "psow", paidByNhsWales],
  ["optician", "self", null, ["private-healthcare-not-covered"]],
  ["care-provider", "council", "lgsco", ["lgsco-remit-care-provider", done]],
  ["care-provider", "nhs", "phso", ["phso-remit-nhs", done]],
  ["care-provider", "nhs-wales", "psow", paidByNhsWales],
  ["care-provider", "self", "lgsco", ["lgsco-remit-care-provider", done]],
  ["independent-healthcare", "council", null, ["council-funded-name-council"]],
  ["independent-healthcare", "nhs", "phso", ["phso-remit-nhs", done]],
  ["independent-healthcare", "nhs-wales", "psow", paidByNhsWales],
  ["independent-healthcare", "self", "iscas", ["iscas-remit", done]],
  ["social-landlord", undefined, "housing-ombudsman", ["housing-ombudsman-remit", done]],
  ["school", undefined, null, ["school-own-process"]],
  ["government-department", undefined, "phso", ["phso-remit-government", done, "mp-referral-needed"]],
  // v1.1: the Welsh Government is PSOW's whatever the nation given (E3).
  ["welsh-government", undefined, "psow", ["psow-remit-welsh-government", unusual, done]],
  ["other", undefined, null, ["other-body-not-covered"]],
];

const linked = "psow-linked-private-treatment";
const palliative = "psow-independent-palliative-care";
const wales: readonly Row[] = [
  ["council", undefined, "psow", ["psow-remit-council", done]],
  ["nhs-trust", undefined, "psow", ["psow-remit-nhs", done]],
  ["health-board", undefined, "psow", ["psow-remit-nhs", done]],
  ["icb", undefined, "psow", ["psow-remit-nhs", unusual, done]],
  ["gp-practice", undefined, "psow", ["psow-remit-nhs", done]],
  ["dentist", "council", null, ["council-funded-name-council"]],
  ["dentist", "nhs", "psow", ["psow-remit-nhs", done]],
  ["dentist", "nhs-wales", "psow", paidByNhsWales],
  ["dentist", "self", null, ["private-healthcare-not-covered", linked]],
  ["pharmacy", "council", null, ["council-funded-name-council"]],
  ["pharmacy", "nhs", "psow", ["psow-remit-nhs", done]],
  ["pharmacy", "nhs-wales", "psow", paidByNhsWales],
  ["pharmacy", "self", null, ["private-healthcare-not-covered", linked]],
  ["optician", "council", null, ["council-funded-name-council"]],
  ["optician", "nhs", "psow", ["psow-remit-nhs", done]],
  ["optician", "nhs-wales", "psow", paidByNhsWales],
  ["optician", "self", null, ["private-healthcare-not-covered", linked]],
  ["care-provider", "council", "psow", ["psow-remit-care-provider", done]],
  ["care-provider", "nhs", "psow", ["psow-remit-care-provider", done]],
  ["care-provider", "nhs-wales", "psow", paidByNhsWales],
  ["care-provider", "self", "psow", ["psow-remit-care-provider", done]],
  // A hospice that had public money in the last 3 years is PSOW's (E8): said as a condition.
  ["independent-healthcare", "council", null, ["council-funded-name-council", palliative]],
  ["independent-healthcare", "nhs", "psow", ["psow-remit-nhs", done]],
  ["independent-healthcare", "nhs-wales", "psow", paidByNhsWales],
  ["independent-healthcare", "self", "iscas", ["iscas-remit", linked, palliative, done]],
  ["social-landlord", undefined, "psow", ["psow-remit-social-landlord", done]],
  ["school", undefined, null, ["school-own-process"]],
  ["government-department", undefined, "phso", ["phso-remit-government", done, "mp-referral-needed"]],
  ["welsh-government", undefined, "psow", ["psow-remit-welsh-government", done]],
  ["other", undefined, null, ["other-body-not-covered"]],
];

/**
 * Scotland and Northern Ireland: one ombudsman each for public bodies (v1.1: NHS-funded healthcare
 * only), PHSO with an MP for UK departments, PSOW for the Welsh Government and for care NHS Wales paid.
 */
function devolved(ombudsman: "spso" | "nipso", typesFoundThere: readonly BodyType[]): Row[] {
  const remit: ReasonCode = ombudsman === "spso" ? "spso-remit" : "nipso-remit";
  // NIPSO's clock runs from the end of the organisation's process, so a body with a final response gets a date (E4).
  const clock: ReasonCode[] = ombudsman === "nipso" ? ["nipso-time-limit-from-reply"] : [];
  const mismatch = (type: BodyType): ReasonCode[] =>
    ["health-board", "icb"].includes(type) && !typesFoundThere.includes(type) ? [unusual] : [];
  const rows: Row[] = [];
  for (const type of BODY_TYPES) {
    if (type === "other") rows.push([type, undefined, null, ["other-body-not-covered"]]);
    else if (type === "government-department") {
      rows.push([type, undefined, "phso", ["phso-remit-government", done, "mp-referral-needed", "devolved-department-elsewhere"]]);
    } else if (type === "welsh-government") rows.push([type, undefined, "psow", ["psow-remit-welsh-government", unusual, done]]);
    else if (type === "care-provider") {
      for (const f of ["council", "nhs", "self"] as const) rows.push([type, f, ombudsman, [remit, done, ...clock]]);
      rows.push([type, "nhs-wales", "psow", paidByNhsWales]);
    } else if (["dentist", "pharmacy", "optician", "independent-healthcare"].includes(type)) {
      rows.push([type, "council", null, ["council-funded-name-council"]]);
      rows.push([type, "nhs", ombudsman, [remit, done, ...clock]]);
      rows.push([type, "nhs-wales", "psow", paidByNhsWales]);
      // v1.1 (E9): neither covers private healthcare, not even ISCAS as a route.
      rows.push([type, "self", null, ["private-healthcare-not-covered"]]);
    } else rows.push([type, undefined, ombudsman, [remit, ...mismatch(type), done, ...clock]]);
  }
  return rows;
}

const table: Record<Nation, readonly Row[]> = {
  england,
  wales,
  scotland: devolved("spso", ["health-board"]),
  "northern-ireland": devolved("nipso", []),
};

it("covers every type in every nation, with every funding where funding decides", () => {
  for (const nation of NATIONS) {
    const seen = table[nation].map(([type, funding]) => `${type}/${funding ?? "-"}`).sort();
    const expected = BODY_TYPES.flatMap((type) =>
      FUNDING_REQUIRED_TYPES.some((t) => t === type) ? FUNDING_CODES.map((f) => `${type}/${f}`) : [`${type}/-`],
    ).sort();
    expect(seen).toEqual(expected);
  }
});

describe.each(NATIONS)("%s", (nation) => {
  it.each(table[nation])("%s (funding %s) -> %s", (type, funding, ombudsman, reasons) => {
    const result = routeComplaint(request([body(type, nation, funding ? { funding } : {})]));
    expect(result.bodies[0]?.ombudsman).toBe(ombudsman);
    expect(result.ombudsmen).toEqual(ombudsman ? [ombudsman] : []);
    expect(result.mpReferralNeeded).toBe(type === "government-department" && ombudsman === "phso");
    expect(bodyCodes(result, 0)).toEqual(reasons);
  });
});

describe("v1.1: care that NHS Wales paid for goes to PSOW in every nation, for the listed types only", () => {
  const rows = NATIONS.flatMap((nation) =>
    BODY_TYPES.map((type) => {
      const listed = NHS_WALES_FUNDABLE_TYPES.some((t) => t === type);
      // On the other types funding is ignored: the same answer as with no funding at all.
      const ignored = routeComplaint(request([body(type, nation)])).bodies[0]?.ombudsman ?? null;
      return [type, nation, listed ? "psow" : ignored] as const;
    }),
  );

  it("has a row for every type in every nation", () => {
    expect(rows).toHaveLength(BODY_TYPES.length * NATIONS.length);
  });

  it.each(rows)("%s in %s with funding nhs-wales -> %s", (type, nation, ombudsman) => {
    expect(routeComplaint(request([body(type, nation, { funding: "nhs-wales" })])).bodies[0]?.ombudsman).toBe(ombudsman);
  });
});

it.each([
  ["council", "nhs-wales", "england", "lgsco"],
  ["social-landlord", "nhs-wales", "england", "housing-ombudsman"],
  ["school", "nhs-wales", "england", null],
  ["government-department", "nhs-wales", "wales", "phso"],
  ["council", "nhs", "england", "lgsco"],
  ["nhs-trust", "self", "england", "phso"],
  ["social-landlord", "council", "england", "housing-ombudsman"],
  ["health-board", "self", "wales", "psow"],
  ["school", "council", "wales", null],
] as const)("ignores funding for a %s (funding %s, %s)", (type, funding, nation, ombudsman) => {
  expect(routeComplaint(request([body(type, nation, { funding })])).bodies[0]?.ombudsman).toBe(ombudsman);
});

it("treats a care provider or private clinic with no funding given as not NHS-funded", () => {
  const result = routeComplaint(request([body("care-provider", "england"), body("independent-healthcare", "england")]));
  expect(result.bodies.map((b) => b.ombudsman)).toEqual(["lgsco", null]);
});

it("sorts the ombudsmen and lists each once", () => {
  const result = routeComplaint(
    request([
      body("nhs-trust", "england"),
      body("health-board", "wales"),
      body("council", "england"),
      body("gp-practice", "england"),
      body("social-landlord", "england"),
      body("school", "england"),
    ]),
  );
  expect(result.ombudsmen).toEqual(["housing-ombudsman", "lgsco", "phso", "psow"]);
  expect(result.bodies.map((b) => b.ombudsman)).toEqual(["phso", "psow", "lgsco", "phso", "housing-ombudsman", null]);
});
