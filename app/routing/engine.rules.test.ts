import { routeComplaint } from "./engine";
import type { ReasonCode } from "./reasons";
import { answered, awaiting, body, bodyCodes, codes, finalResponse, notMade, request } from "./test-support";
import {
  AUTHORITIES,
  CONSENT_VALUES,
  PERSON_AFFECTED,
  RELATIONSHIPS,
  type Authority,
  type BodyInput,
  type ConsentState,
  type ConsentValue,
  type IsoDate,
  type PersonAffected,
  type SignpostId,
  type Topic,
} from "./types";

const council = body("council", "england");
const trust = body("nhs-trust", "england");

describe("time limit: more than 12 months after first knowing is outside; exactly 12 months is within", () => {
  it.each([
    ["2025-03-10", "2026-03-09", "within", "2026-03-10"],
    ["2025-03-10", "2026-03-10", "within", "2026-03-10"],
    ["2025-03-10", "2026-03-11", "outside", "2026-03-10"],
    ["2024-02-29", "2025-02-27", "within", "2025-02-28"],
    ["2024-02-29", "2025-02-28", "within", "2025-02-28"],
    ["2024-02-29", "2025-03-01", "outside", "2025-02-28"],
    ["2023-03-01", "2024-02-29", "within", "2024-03-01"],
    ["2023-03-01", "2024-03-01", "within", "2024-03-01"],
    ["2023-03-01", "2024-03-02", "outside", "2024-03-01"],
    ["2023-02-28", "2024-02-28", "within", "2024-02-28"],
    ["2023-02-28", "2024-02-29", "outside", "2024-02-28"],
    ["2027-02-28", "2028-02-29", "outside", "2028-02-28"],
    ["2026-11-22", "2026-11-22", "within", "2027-11-22"],
  ] as const)("aware %s, today %s -> %s (last day %s)", (becameAwareOn, today, timeLimit, timeLimitEndsOn) => {
    const result = routeComplaint(request([council], { becameAwareOn, today }));
    expect(result).toMatchObject({ timeLimit, timeLimitEndsOn });
    if (timeLimit === "outside") {
      expect(result.reasons).toContainEqual({ code: "outside-time-limit", params: { periodAmount: 12, periodUnit: "months" } });
    } else {
      expect(result.reasons).toContainEqual({
        code: "within-time-limit",
        params: { date: timeLimitEndsOn, periodAmount: 12, periodUnit: "months" },
      });
    }
  });

  it("still lets the person submit when outside: the outcome does not change", () => {
    const result = routeComplaint(request([council], { becameAwareOn: "2020-01-01" }));
    expect(result).toMatchObject({ outcome: "ready", timeLimit: "outside" });
  });

  it.each([
    [[body("school", "england")], []],
    [[body("social-landlord", "england")], []],
    [[body("council", "scotland")], ["within-time-limit"]],
    [[body("council", "northern-ireland")], ["nipso-time-limit-from-reply"]],
    [[body("council", "northern-ireland", { localComplaint: awaiting("2026-10-01") })], ["nipso-time-limit"]],
  ] as const)("explains the 12-month clock only for ombudsmen that use it", (bodies, expected) => {
    const result = routeComplaint(request(bodies));
    expect(codes(result).filter((c) => c.includes("time-limit"))).toEqual(expected);
  });

  it("tells a person complaining about a body in Northern Ireland about NIPSO's 6 months", () => {
    const result = routeComplaint(request([body("nhs-trust", "northern-ireland", { localComplaint: awaiting("2026-10-01") })]));
    expect(result.reasons).toContainEqual({ code: "nipso-time-limit", params: { periodAmount: 6, periodUnit: "months" } });
  });

  // E4: NIPSO's 6 months run from the end of the organisation's process, so a final response gives a date.
  it.each([
    ["2026-06-01", "2026-12-01"],
    ["2026-08-31", "2027-02-28"],
    ["2026-11-22", "2027-05-22"],
  ] as const)("E4: a NIPSO body's final response on %s -> complain to NIPSO by %s", (finalResponseOn, date) => {
    const result = routeComplaint(request([body("nhs-trust", "northern-ireland", { localComplaint: finalResponse("2026-04-01", finalResponseOn) })]));
    expect(result.reasons).toContainEqual({ code: "nipso-time-limit-from-reply", params: { bodyIndex: 0, date, periodAmount: 6, periodUnit: "months" } });
    expect(codes(result)).not.toContain("nipso-time-limit");
  });
});

describe("consent: every role x person affected x consent x authority", () => {
  // v1.1: consent may be left out except for a person who can consent ("none" below); the API still
  // requires it there, and the engine reads a missing one as to-follow.
  type ConsentKey = ConsentValue | "none";
  const expectedState: Record<PersonAffected, Record<ConsentKey, ConsentState>> = {
    "can-consent": { given: "given", "to-follow": "needed", refused: "refused", none: "needed" },
    "lacks-capacity": {
      given: "representative-suitability",
      "to-follow": "representative-suitability",
      refused: "representative-suitability",
      none: "representative-suitability",
    },
    deceased: {
      given: "representative-suitability",
      "to-follow": "representative-suitability",
      refused: "representative-suitability",
      none: "representative-suitability",
    },
    child: { given: "given", "to-follow": "representative-suitability", refused: "representative-suitability", none: "representative-suitability" },
  };
  const expectedReason: Record<PersonAffected, Record<ConsentKey, ReasonCode>> = {
    "can-consent": { given: "consent-given", "to-follow": "consent-to-follow", refused: "consent-refused", none: "consent-to-follow" },
    "lacks-capacity": {
      given: "representative-suitability",
      "to-follow": "representative-suitability",
      refused: "representative-suitability",
      none: "representative-suitability",
    },
    deceased: {
      given: "representative-suitability-deceased",
      "to-follow": "representative-suitability-deceased",
      refused: "representative-suitability-deceased",
      none: "representative-suitability-deceased",
    },
    child: {
      given: "consent-given",
      "to-follow": "representative-suitability-child",
      refused: "representative-suitability-child",
      none: "representative-suitability-child",
    },
  };
  // A capable adult decides for themselves, so legal authority adds nothing for them.
  const authorityReason = (personAffected: PersonAffected, authority: Authority | undefined): ReasonCode[] => {
    if (personAffected === "can-consent" || authority === undefined) return [];
    const byAuthority: Record<Authority, ReasonCode[]> = {
      none: [],
      "lpa-health-welfare": ["authority-lpa-health-welfare"],
      "court-deputy": ["authority-court-deputy"],
      "personal-representative": ["authority-personal-representative"],
      "parental-responsibility": ["authority-parental-responsibility"],
    };
    return byAuthority[authority];
  };
  const isConsentReason = (code: ReasonCode) =>
    code.startsWith("consent-") || code.startsWith("representative-") || code.startsWith("authority-");

  const rows = PERSON_AFFECTED.flatMap((personAffected) =>
    [...CONSENT_VALUES, "none" as const].flatMap((consent) =>
      [...AUTHORITIES, undefined].map((authority, i) => ({
        personAffected,
        consent,
        authority,
        relationship: RELATIONSHIPS[i % RELATIONSHIPS.length] ?? "other",
      })),
    ),
  );

  it("has every combination", () => {
    expect(rows).toHaveLength(4 * 4 * 6);
  });

  it.each(rows)("representative: $personAffected, consent $consent, authority $authority", ({ personAffected, consent, authority, relationship }) => {
    const complainant = {
      role: "representative",
      relationship,
      personAffected,
      ...(consent === "none" ? {} : { consent }),
      ...(authority ? { authority } : {}),
    } as const;
    const result = routeComplaint(request([council], { complainant }));
    expect(result.consent).toBe(expectedState[personAffected][consent]);
    expect(codes(result).filter(isConsentReason)).toEqual([
      expectedReason[personAffected][consent],
      ...authorityReason(personAffected, authority),
    ]);
  });

  it("needs no consent when the person affected complains", () => {
    const result = routeComplaint(request([council]));
    expect(result.consent).toBe("not-needed");
    expect(codes(result).filter(isConsentReason)).toEqual([]);
  });
});

describe("joint working", () => {
  it.each<[string, BodyInput[], string, ReasonCode[]]>([
    ["council only", [council], "none", []],
    ["council + NHS trust", [council, trust], "joint-working-team", ["joint-working-team-likely", "joint-consent"]],
    ["self-funded care home + GP", [body("care-provider", "england", { funding: "self" }), body("gp-practice", "england")], "joint-working-team", ["joint-working-team-likely", "joint-consent"]],
    ["NHS-funded care home alone", [body("care-provider", "england", { funding: "nhs" })], "none", []],
    ["Welsh council + English trust", [body("council", "wales"), trust], "cross-border", ["cross-border"]],
    ["Welsh health board + English council", [body("health-board", "wales"), council], "cross-border", ["cross-border"]],
    ["English council and trust + Welsh health board", [council, trust, body("health-board", "wales")], "joint-working-team", ["joint-working-team-likely", "joint-consent", "cross-border"]],
    ["Welsh health board + Welsh council", [body("health-board", "wales"), body("council", "wales")], "none", []],
    ["Welsh council + UK department", [body("council", "wales"), body("government-department", "wales")], "cross-border", ["cross-border"]],
    // v1.1 (F5): PHSO's parliamentary side is not part of the Joint Working Team.
    ["English council + UK department", [council, body("government-department", "england")], "none", ["several-ombudsmen"]],
    ["English council and trust + UK department", [council, trust, body("government-department", "england")], "joint-working-team", ["joint-working-team-likely", "joint-consent"]],
    ["council + social landlord", [council, body("social-landlord", "england")], "none", ["several-ombudsmen"]],
    ["Scottish council + English trust", [body("council", "scotland"), trust], "none", ["several-ombudsmen"]],
    ["ICB + private clinic", [body("icb", "england"), body("independent-healthcare", "england", { funding: "self" })], "none", ["several-ombudsmen"]],
    ["council + trust + social landlord", [council, trust, body("social-landlord", "england")], "joint-working-team", ["joint-working-team-likely", "joint-consent", "several-ombudsmen"]],
  ])("%s -> %s", (_label, bodies, jointWorking, reasons) => {
    const result = routeComplaint(request(bodies));
    expect(result.jointWorking).toBe(jointWorking);
    expect(codes(result).filter((c) => ["joint-working-team-likely", "joint-consent", "jwt-may-take-whole-case", "cross-border", "several-ombudsmen"].includes(c))).toEqual(reasons);
  });
});

describe("outcome", () => {
  const safeguarding: Topic[] = ["safeguarding-risk-now"];
  it.each<[string, BodyInput[], Topic[], string, string, ReasonCode[]]>([
    ["urgent help comes first even when ready", [council], safeguarding, "urgent-help-first", "ready", ["urgent-help-first", "ready-to-complain"]],
    ["urgent help when nothing is covered", [body("school", "england")], safeguarding, "urgent-help-first", "not-for-these-ombudsmen", ["urgent-help-first", "not-for-these-ombudsmen"]],
    ["one body, final response", [council], [], "ready", "ready", ["ready-to-complain"]],
    ["one body overdue, one not complained to", [body("council", "england", { localComplaint: awaiting("2026-01-01") }), body("nhs-trust", "england", { localComplaint: notMade })], [], "ready", "ready", ["ready-one-body-finished"]],
    ["Welsh body finished, Welsh body waiting", [body("health-board", "wales"), body("council", "wales", { localComplaint: awaiting("2026-11-01") })], [], "ready", "ready", ["ready-one-body-finished"]],
    ["only waiting, not yet overdue", [body("council", "england", { localComplaint: awaiting("2026-11-01") })], [], "complain-to-organisations-first", "complain-to-organisations-first", ["not-ready-yet"]],
    ["not complained yet", [body("health-board", "wales", { localComplaint: notMade })], [], "complain-to-organisations-first", "complain-to-organisations-first", ["not-ready-yet"]],
    ["covered body not complained to, uncovered body finished", [body("council", "england", { localComplaint: notMade }), body("school", "england")], [], "complain-to-organisations-first", "complain-to-organisations-first", ["not-ready-yet"]],
    ["Housing Ombudsman finished: not one of the three", [body("social-landlord", "england")], [], "not-for-these-ombudsmen", "not-for-these-ombudsmen", ["not-for-these-ombudsmen"]],
    ["private clinic and school", [body("independent-healthcare", "england", { funding: "self" }), body("school", "england")], [], "not-for-these-ombudsmen", "not-for-these-ombudsmen", ["not-for-these-ombudsmen"]],
    ["Scotland only", [body("council", "scotland")], [], "not-for-these-ombudsmen", "not-for-these-ombudsmen", ["not-for-these-ombudsmen"]],
  ])("%s", (_label, bodies, topics, outcome, readiness, firstReasons) => {
    const result = routeComplaint(request(bodies, { topics }));
    expect(result.outcome).toBe(outcome);
    expect(result.readiness).toBe(readiness);
    expect(codes(result).slice(0, firstReasons.length)).toEqual(firstReasons);
  });

  it("says the Joint Working Team often takes the whole case when only one body has finished", () => {
    const finishedOne = routeComplaint(request([council, body("nhs-trust", "england", { localComplaint: notMade })]));
    expect(codes(finishedOne)).toContain("jwt-may-take-whole-case");
    const finishedBoth = routeComplaint(request([council, trust]));
    expect(codes(finishedBoth)).not.toContain("jwt-may-take-whole-case");
    const finishedNone = routeComplaint(request([body("council", "england", { localComplaint: notMade }), body("nhs-trust", "england", { localComplaint: notMade })]));
    expect(codes(finishedNone)).not.toContain("jwt-may-take-whole-case");
  });
});

describe("signposts", () => {
  it.each<[string, BodyInput[], Topic[], SignpostId[]]>([
    // v1.1: free advocacy only where it applies (D6): NHS complaints in England; NHS and social care in Wales.
    ["English council", [council], [], []],
    ["Welsh council", [body("council", "wales")], [], []],
    ["Welsh council, social care", [body("council", "wales")], ["social-care"], ["llais"]],
    ["England and Wales", [council, body("council", "wales")], [], []],
    ["Scotland", [body("council", "scotland")], [], ["spso"]],
    ["Northern Ireland", [body("nhs-trust", "northern-ireland")], [], ["nipso"]],
    ["English social landlord", [body("social-landlord", "england")], [], ["housing-ombudsman"]],
    ["UK department", [body("government-department", "england")], [], ["mp"]],
    ["risk of harm now", [council], ["safeguarding-risk-now"], ["safeguarding"]],
    ["CHC with an ICB", [council, body("icb", "england")], ["chc-eligibility"], ["nhs-complaints-advocacy", "chc-independent-review"]],
    ["CHC with only a council", [council], ["chc-eligibility"], ["chc-independent-review"]],
    ["CHC with an NHS-funded care home", [body("care-provider", "england", { funding: "nhs" })], ["chc-eligibility"], ["nhs-complaints-advocacy", "chc-independent-review", "cqc"]],
    ["CHC in Wales", [body("health-board", "wales")], ["chc-eligibility"], ["llais", "hiw"]],
    ["school", [body("school", "england")], [], ["school-complaints-process"]],
    ["SEND appeal, England", [council], ["send-tribunal-appeal"], ["send-tribunal"]],
    ["ALN appeal, Wales", [body("council", "wales")], ["send-tribunal-appeal"], ["education-tribunal-wales"]],
    ["private clinic, England", [body("independent-healthcare", "england", { funding: "self" })], [], ["iscas", "cqc"]],
    ["English care home", [body("care-provider", "england", { funding: "council" })], [], ["cqc"]],
    ["English NHS dentist", [body("dentist", "england", { funding: "nhs" })], [], ["nhs-complaints-advocacy", "cqc"]],
    ["English GP and trust", [body("gp-practice", "england"), trust], [], ["nhs-complaints-advocacy", "cqc"]],
    ["English pharmacy and optician (not CQC)", [body("pharmacy", "england", { funding: "nhs" }), body("optician", "england", { funding: "nhs" })], [], ["nhs-complaints-advocacy"]],
    ["Welsh care home", [body("care-provider", "wales", { funding: "self" })], [], ["llais", "ciw"]],
    ["Welsh GP", [body("gp-practice", "wales")], [], ["llais", "hiw"]],
    ["Welsh private clinic", [body("independent-healthcare", "wales", { funding: "self" })], [], ["iscas", "hiw"]],
    ["Welsh pharmacy (not HIW)", [body("pharmacy", "wales", { funding: "nhs" })], [], ["llais"]],
    ["Scottish private clinic: no route, ISCAS still signposted", [body("independent-healthcare", "scotland", { funding: "self" })], [], ["iscas"]],
  ])("%s -> %j", (_label, bodies, topics, signposts) => {
    const result = routeComplaint(request(bodies, { topics }));
    expect(result.signposts).toEqual(signposts);
    expect(codes(result).includes("regulator-information")).toBe(signposts.some((s) => ["cqc", "ciw", "hiw"].includes(s)));
  });
});

describe("topics and court action", () => {
  it.each<[string, BodyInput[], Topic[], ReasonCode[]]>([
    ["CHC with an English NHS body", [council, body("icb", "england")], ["chc-eligibility"], ["chc-review-first"]],
    ["CHC naming only an English council", [council], ["chc-eligibility"], ["chc-name-icb"]],
    ["CHC in Wales", [body("health-board", "wales")], ["chc-eligibility"], ["chc-wales-health-board-review"]],
    ["CHC across the border", [body("council", "england"), body("health-board", "wales")], ["chc-eligibility"], ["chc-name-icb", "chc-wales-health-board-review"]],
    ["CHC in Scotland", [body("health-board", "scotland")], ["chc-eligibility"], []],
    ["SEND appeal", [council], ["send-tribunal-appeal"], ["send-tribunal"]],
    ["no topics", [council, body("icb", "england")], [], []],
  ])("%s", (_label, bodies, topics, expected) => {
    const result = routeComplaint(request(bodies, { topics }));
    expect(codes(result).filter((c) => c.startsWith("chc-") || c === "send-tribunal")).toEqual(expected);
  });

  it.each([
    [undefined, []],
    ["none", []],
    ["considering", ["legal-action-considering"]],
    ["started", ["legal-action-started"]],
    ["finished", ["legal-action-finished"]],
  ] as const)("legal action %s", (legalAction, expected) => {
    const result = routeComplaint(request([council], legalAction ? { legalAction } : {}));
    expect(codes(result).filter((c) => c.startsWith("legal-action-"))).toEqual(expected);
    expect(result.outcome).toBe("ready");
  });

  it.each<[string, BodyInput, Topic[], boolean]>([
    ["district council named for social care", body("council", "england", { councilTier: "district" }), ["social-care"], true],
    ["district council, other matter", body("council", "england", { councilTier: "district" }), [], false],
    ["county council for social care", body("council", "england", { councilTier: "county" }), ["social-care"], false],
    ["unitary council for social care", body("council", "england", { councilTier: "unitary" }), ["social-care"], false],
    ["tier not given", council, ["social-care"], false],
    ["Welsh council marked district", body("council", "wales", { councilTier: "district" }), ["social-care"], false],
  ])("%s", (_label, organisation, topics, expected) => {
    const result = routeComplaint(request([trust, organisation], { topics }));
    expect(bodyCodes(result, 1).includes("district-council-no-social-care")).toBe(expected);
    expect(result.bodies[1]?.ombudsman).toBe(organisation.nation === "england" ? "lgsco" : "psow");
  });
});

describe("reasons", () => {
  it("name the organisation they are about", () => {
    const result = routeComplaint(
      request([body("council", "england", { name: "  Hartlepool Borough Council " }), body("nhs-trust", "england", { localComplaint: notMade })]),
    );
    expect(result.reasons.filter((r) => r.params?.bodyIndex === 0).map((r) => r.params?.bodyName)).toEqual([
      "Hartlepool Borough Council",
      "Hartlepool Borough Council",
    ]);
    expect(result.reasons.filter((r) => r.params?.bodyIndex === 1).every((r) => r.params && !("bodyName" in r.params))).toBe(true);
  });

  it("come in a fixed order: urgency, outcome, each organisation, then the whole case", () => {
    const result = routeComplaint(
      request(
        [
          body("council", "england", { localComplaint: awaiting("2026-01-01") }),
          body("icb", "england", { localComplaint: notMade }),
        ],
        {
          topics: ["safeguarding-risk-now", "chc-eligibility"],
          legalAction: "considering",
          becameAwareOn: "2025-01-01",
          complainant: { role: "representative", relationship: "relative-or-friend", personAffected: "lacks-capacity", consent: "given", authority: "court-deputy" },
        },
      ),
    );
    expect(codes(result)).toEqual([
      "urgent-help-first",
      "ready-one-body-finished",
      "chc-review-first",
      "lgsco-remit-council",
      "lgsco-12-weeks-passed",
      "phso-remit-nhs",
      "complain-to-organisation-first",
      "joint-working-team-likely",
      "joint-consent",
      "jwt-may-take-whole-case",
      "outside-time-limit",
      "representative-suitability",
      "authority-court-deputy",
      "legal-action-considering",
    ]);
  });

  it("are the same for the same facts (deterministic)", () => {
    const facts = request([council, trust, body("health-board", "wales", { localComplaint: awaiting("2026-10-01" as IsoDate) })]);
    expect(routeComplaint(facts)).toEqual(routeComplaint(structuredClone(facts)));
  });

  it("do not depend on the real clock", () => {
    const facts = request([body("council", "england", { localComplaint: awaiting("2026-01-01") })], { today: "2026-02-01" });
    expect(routeComplaint(facts).bodies[0]?.localProcess).toBe("in-progress");
    expect(routeComplaint({ ...facts, today: "2026-12-01" }).bodies[0]?.localProcess).toBe("response-overdue");
  });
});

it("does not change its input", () => {
  const facts = request([council, body("care-provider", "wales", { funding: "self", localComplaint: answered })], { topics: ["social-care"] });
  const copy = structuredClone(facts);
  routeComplaint(facts);
  expect(facts).toEqual(copy);
});
