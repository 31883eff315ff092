// Every organisation type x nation (x funding, where funding decides) -> ombudsman, with the
// reasons the person sees about that organisation. Expected values come from the contract's
// "Body -> ombudsman" rules and docs/routing.md, written out in full.
import { routeComplaint } from "./engine";
import type { ReasonCode } from "./reasons";
import { body, bodyCodes, request } from "./test-support";
import { BODY_TYPES, FUNDING_REQUIRED_TYPES, NATIONS, type BodyType, type Funding, type Nation, type Ombudsman } from "./types";

type Row = readonly [BodyType, Funding | undefined, Ombudsman | null, readonly ReasonCode[]];

const unusual = "type-unusual-for-nation";
/** Every organisation in these rows has sent its final response. */
const done = "local-process-complete";

const england: readonly Row[] = [
  ["council", undefined, "lgsco", ["lgsco-remit-council", done]],
  ["nhs-trust", undefined, "phso", ["phso-remit-nhs", done]],
  ["health-board", undefined, "phso", ["phso-remit-nhs", unusual, done]],
  ["icb", undefined, "phso", ["phso-remit-nhs", done]],
  ["gp-practice", undefined, "phso", ["phso-remit-nhs", done]],
  ["dentist", "council", null, ["council-funded-name-council"]],
  ["dentist", "nhs", "phso", ["phso-remit-nhs", done]],
  ["dentist", "self", null, ["private-healthcare-not-covered"]],
  ["pharmacy", "council", null, ["council-funded-name-council"]],
  ["pharmacy", "nhs", "phso", ["phso-remit-nhs", done]],
  ["pharmacy", "self", null, ["private-healthcare-not-covered"]],
  ["optician", "council", null, ["council-funded-name-council"]],
  ["optician", "nhs", "phso", ["phso-remit-nhs", done]],
  ["optician", "self", null, ["private-healthcare-not-covered"]],
  ["care-provider", "council", "lgsco", ["lgsco-remit-care-provider", done]],
  ["care-provider", "nhs", "phso", ["phso-remit-nhs", done]],
  ["care-provider", "self", "lgsco", ["lgsco-remit-care-provider", done]],
  ["independent-healthcare", "council", null, ["council-funded-name-council"]],
  ["independent-healthcare", "nhs", "phso", ["phso-remit-nhs", done]],
  ["independent-healthcare", "self", "iscas", ["iscas-remit", done]],
  ["social-landlord", undefined, "housing-ombudsman", ["housing-ombudsman-remit", done]],
  ["school", undefined, null, ["school-own-process"]],
  ["government-department", undefined, "phso", ["phso-remit-government", done, "mp-referral-needed"]],
  ["welsh-government", undefined, null, ["other-body-not-covered", unusual]],
  ["other", undefined, null, ["other-body-not-covered"]],
];

const linked = "psow-linked-private-treatment";
const wales: readonly Row[] = [
  ["council", undefined, "psow", ["psow-remit-council", done]],
  ["nhs-trust", undefined, "psow", ["psow-remit-nhs", done]],
  ["health-board", undefined, "psow", ["psow-remit-nhs", done]],
  ["icb", undefined, "psow", ["psow-remit-nhs", unusual, done]],
  ["gp-practice", undefined, "psow", ["psow-remit-nhs", done]],
  ["dentist", "council", null, ["council-funded-name-council"]],
  ["dentist", "nhs", "psow", ["psow-remit-nhs", done]],
  ["dentist", "self", null, ["private-healthcare-not-covered", linked]],
  ["pharmacy", "council", null, ["council-funded-name-council"]],
  ["pharmacy", "nhs", "psow", ["psow-remit-nhs", done]],
  ["pharmacy", "self", null, ["private-healthcare-not-covered", linked]],
  ["optician", "council", null, ["council-funded-name-council"]],
  ["optician", "nhs", "psow", ["psow-remit-nhs", done]],
  ["optician", "self", null, ["private-healthcare-not-covered", linked]],
  ["care-provider", "council", "psow", ["psow-remit-care-provider", done]],
  ["care-provider", "nhs", "psow", ["psow-remit-care-provider", done]],
  ["care-provider", "self", "psow", ["psow-remit-care-provider", done]],
  ["independent-healthcare", "council", null, ["council-funded-name-council"]],
  ["independent-healthcare", "nhs", "psow", ["psow-remit-nhs", done]],
  ["independent-healthcare", "self", "iscas", ["iscas-remit", linked, done]],
  ["social-landlord", undefined, "psow", ["psow-remit-social-landlord", done]],
  ["school", undefined, null, ["school-own-process"]],
  ["government-department", undefined, "phso", ["phso-remit-government", done, "mp-referral-needed"]],
  ["welsh-government", undefined, "psow", ["psow-remit-welsh-government", done]],
  ["other", undefined, null, ["other-body-not-covered"]],
];

/** Scotland and Northern Ireland: one ombudsman each, except private healthcare and unknown bodies. */
function devolved(ombudsman: "spso" | "nipso", typesFoundThere: readonly BodyType[]): Row[] {
  const remit: ReasonCode = ombudsman === "spso" ? "spso-remit" : "nipso-remit";
  const mismatch = (type: BodyType): ReasonCode[] =>
    ["health-board", "icb", "welsh-government"].includes(type) && !typesFoundThere.includes(type) ? [unusual] : [];
  const rows: Row[] = [];
  for (const type of BODY_TYPES) {
    if (type === "other") rows.push([type, undefined, null, ["other-body-not-covered"]]);
    else if (type === "care-provider") for (const f of ["council", "nhs", "self"] as const) rows.push([type, f, ombudsman, [remit, done]]);
    else if (["dentist", "pharmacy", "optician", "independent-healthcare"].includes(type)) {
      rows.push([type, "council", null, ["council-funded-name-council"]]);
      rows.push([type, "nhs", ombudsman, [remit, done]]);
      rows.push(
        type === "independent-healthcare"
          ? [type, "self", "iscas", ["iscas-remit", done]]
          : [type, "self", null, ["private-healthcare-not-covered"]],
      );
    } else rows.push([type, undefined, ombudsman, [remit, ...mismatch(type), done]]);
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
      FUNDING_REQUIRED_TYPES.some((t) => t === type) ? ["council", "nhs", "self"].map((f) => `${type}/${f}`) : [`${type}/-`],
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

it.each([
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
