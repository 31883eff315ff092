// The routing audit of December 2026 (findings F1-F6, D1-D7, E1-E10), each checked through
// POST /api/v1/routing as contract v1.1 defines it. Findings that need a form question are
// tested here for the API; app/journey tests what the form passes on today.
import journeyCy from "../../locales/cy/journey.json";
import journeyEn from "../../locales/en/journey.json";
import { handleRoutingRequest, type RoutingApiResult } from "./api";
import type { ReasonCode } from "./reasons";
import { createRoutingTranslator, errorMessage, type ReasonText, type RoutingLanguage } from "./texts";

const TODAY = "2026-11-22";

type Json = Record<string, unknown>;

function post(body: Json, lang: RoutingLanguage = "en") {
  return handleRoutingRequest({ bodyText: JSON.stringify(body), contentType: "application/json", lang, today: TODAY });
}

function route(body: Json, lang: RoutingLanguage = "en"): RoutingApiResult {
  const response = post(body, lang);
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
}

const codes = (result: RoutingApiResult) => result.reasons.map((r) => r.code);
function reason(result: RoutingApiResult, code: ReasonCode): ReasonText {
  const found = result.reasons.find((r) => r.code === code);
  if (!found) throw new Error(`no reason ${code} in ${codes(result).join(", ")}`);
  return found;
}

const answered = { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20" };
const notMade = { status: "not-made" };
const awaiting = (madeOn: string) => ({ status: "awaiting-response", madeOn });
const org = (type: string, nation: string, extra: Json = {}): Json => ({ type, nation, localComplaint: answered, ...extra });
const facts = (bodies: Json[], extra: Json = {}): Json => ({
  today: TODAY,
  becameAwareOn: "2026-03-01",
  complainant: { role: "person-affected" },
  bodies,
  ...extra,
});

describe("wrong answers (W)", () => {
  it("F1: a Powys resident treated in an English trust paid for by NHS Wales goes to PSOW", () => {
    // 13 weeks after the complaint: past PSOW's 12 weeks, well inside PHSO's 6 months.
    const powys = org("health-board", "wales", { name: "Powys Teaching Health Board" });
    const trust = org("nhs-trust", "england", { name: "Shrewsbury and Telford Hospital", funding: "nhs-wales", localComplaint: awaiting("2026-08-22") });
    const result = route(facts([powys, trust]));
    expect(result).toMatchObject({
      ombudsmen: ["psow"],
      jointWorking: "none",
      bodies: [
        { ombudsman: "psow", localProcess: "complete" },
        { ombudsman: "psow", localProcess: "response-overdue", reasonableTimeEndsOn: "2026-11-14" },
      ],
    });
    expect(reason(result, "psow-12-weeks-passed").bodyIndex).toBe(1);
    expect(codes(result)).not.toContain("cross-border");
    expect(result.signposts).toContain("llais");
  });

  it("F1: an English private hospital under an NHS Wales contract goes to PSOW, and without that funding the answer says to check", () => {
    const welsh = org("health-board", "wales");
    const paidByWales = route(facts([welsh, org("independent-healthcare", "england", { funding: "nhs-wales" })]));
    expect(paidByWales.bodies[1]?.ombudsman).toBe("psow");
    const paidByEngland = route(facts([welsh, org("independent-healthcare", "england", { funding: "nhs" })]));
    expect(paidByEngland.bodies[1]?.ombudsman).toBe("phso");
    expect(reason(paidByEngland, "nhs-wales-funding-check")).toMatchObject({ bodyIndex: 1 });
    expect(reason(paidByEngland, "nhs-wales-funding-check").text).toContain("If NHS Wales paid for this care");
  });

  it("F2: a court or tribunal has already decided part of it: court-decided comes first and the outcome stays", () => {
    const withDecision = route(facts([org("council", "england")], { courtDecided: true, legalAction: "finished" }));
    expect(withDecision.outcome).toBe("ready");
    expect(codes(withDecision).slice(0, 2)).toEqual(["court-decided", "ready-to-complain"]);
    expect(withDecision.reasons[0]?.text).toBe(
      "A court or tribunal has already decided some of what your complaint is about. The ombudsmen cannot look again at what a court or tribunal decided. They may look at the rest of your complaint.",
    );
    const urgent = route(facts([org("council", "england")], { courtDecided: true, topics: ["safeguarding-risk-now"] }));
    expect(codes(urgent).slice(0, 2)).toEqual(["urgent-help-first", "court-decided"]);
    expect(codes(route(facts([org("council", "england")], { courtDecided: false })))).not.toContain("court-decided");
  });

  it("F3: a Continuing Healthcare dispute is not ready for the PHSO before NHS England's independent review panel", () => {
    const bodies = [org("council", "england"), org("icb", "england", { name: "NHS Cambridgeshire and Peterborough ICB" })];
    const beforePanel = route(facts(bodies, { topics: ["chc-eligibility"] }));
    expect(beforePanel.bodies.map((b) => b.localProcess)).toEqual(["complete", "in-progress"]);
    expect(reason(beforePanel, "chc-review-first").bodyIndex).toBe(1);
    expect(beforePanel.signposts).toContain("chc-independent-review");
    expect(codes(beforePanel)).not.toContain("jwt-may-take-whole-case");

    const icbOnly = route(facts([bodies[1] as Json], { topics: ["chc-eligibility"] }));
    expect(icbOnly.outcome).toBe("complain-to-organisations-first");

    const afterPanel = route(facts(bodies, { topics: ["chc-eligibility", "chc-independent-review-done"] }));
    expect(afterPanel.bodies.map((b) => b.localProcess)).toEqual(["complete", "complete"]);
    expect(afterPanel.signposts).not.toContain("chc-independent-review");
    expect(codes(afterPanel)).not.toContain("chc-review-first");
  });

  it("F4: a Stage 1 reply about children's social care is not the end of the council's process", () => {
    const stageOne = (today: string) =>
      route({
        ...facts([org("council", "england", { localComplaint: { ...answered, finalStage: false } })], { topics: ["childrens-social-care"] }),
        today,
      });
    // 12 weeks from the Stage 1 reply on 20 June end on 12 September.
    const waiting = stageOne("2026-09-12");
    expect(waiting).toMatchObject({ outcome: "complain-to-organisations-first", bodies: [{ localProcess: "in-progress", reasonableTimeEndsOn: "2026-09-12" }] });
    expect(codes(waiting)).toEqual(expect.arrayContaining(["next-stage-first", "childrens-social-care-stages"]));
    expect(reason(waiting, "next-stage-first").text).toContain("Stage 2 and then a Stage 3 review panel");
    const later = stageOne("2026-09-13");
    expect(later).toMatchObject({ outcome: "ready", bodies: [{ localProcess: "response-overdue" }] });
    expect(codes(later)).toContain("next-stage-first");
    expect(codes(later)).not.toContain("lgsco-12-weeks-passed");
  });

  it("F4: a Stage 1 reply from Welsh social services is not the end either", () => {
    const result = route(facts([org("council", "wales", { localComplaint: { ...answered, finalStage: false } })], { today: "2026-07-01", topics: ["social-care"] }));
    expect(result.bodies[0]?.localProcess).toBe("in-progress");
    expect(codes(result)).toEqual(expect.arrayContaining(["next-stage-first", "welsh-social-services-stages"]));
  });

  it("F5: a council and a UK government department are not a Joint Working Team case", () => {
    const result = route(facts([org("council", "england"), org("government-department", "england", { name: "Department for Work and Pensions" })]));
    expect(result).toMatchObject({ ombudsmen: ["lgsco", "phso"], jointWorking: "none", mpReferralNeeded: true });
    expect(codes(result)).not.toContain("joint-working-team-likely");
    expect(codes(result)).toContain("several-ombudsmen");
  });

  it.each(["deceased", "lacks-capacity", "child"])("F6: a representative of a person who is %s, with no consent, gets 200", (personAffected) => {
    const response = post(facts([org("council", "england")], { complainant: { role: "representative", relationship: "relative-or-friend", personAffected } }));
    expect(response.status).toBe(200);
    if (response.status === 200) expect(response.json.consent).toBe("representative-suitability");
  });

  it.each(["en", "cy"] as const)("F6: a person who can consent still needs a consent answer (%s)", (lang) => {
    const response = post(facts([org("council", "england")], { complainant: { role: "representative", relationship: "other", personAffected: "can-consent" } }), lang);
    expect(response).toEqual({
      status: 400,
      json: { errors: [{ path: "complainant.consent", message: errorMessage("consent-required", createRoutingTranslator(lang)) }] },
    });
  });
});

describe("wording (D)", () => {
  const overdue = [
    org("council", "england", { localComplaint: awaiting("2026-01-05") }),
    org("nhs-trust", "england", { localComplaint: awaiting("2026-01-05") }),
    org("health-board", "wales", { localComplaint: awaiting("2026-01-05") }),
    org("council", "scotland", { localComplaint: awaiting("2026-01-05") }),
  ];
  const overdueCodes: ReasonCode[] = ["ready-to-complain", "lgsco-12-weeks-passed", "phso-6-months-passed", "psow-12-weeks-passed", "reasonable-time-passed"];

  it.each([
    ["en", /may decide/, /too long|longer than it should/],
    ["cy", /[Ee]fallai y bydd .*(digon o amser|cyfle teg)/, /gormod o amser|mwy o amser nag y dylai/],
  ] as const)("D1: an overdue reply says the ombudsman may decide the organisation has had long enough (%s)", (lang, hedged, definite) => {
    const result = route(facts(overdue), lang);
    expect(result.bodies.map((b) => b.localProcess)).toEqual(["response-overdue", "response-overdue", "response-overdue", "response-overdue"]);
    for (const code of overdueCodes) {
      expect(reason(result, code).text).toMatch(hedged);
      expect(reason(result, code).text).not.toMatch(definite);
    }
  });

  it("D1: the form's overdue label claims no more than the ombudsman's judgement", () => {
    expect(journeyEn.outcome.localProcess["response-overdue"]).toMatch(/may decide/);
    expect(journeyEn.outcome.localProcess["response-overdue"]).not.toMatch(/overdue|too long|longer than it should/);
    expect(journeyCy.outcome.localProcess["response-overdue"]).toMatch(/efallai y bydd/);
    expect(journeyCy.outcome.localProcess["response-overdue"]).not.toMatch(/hwyr|mwy o amser nag y dylai/);
  });

  it("D1: English adult social care mentions the 6-month benchmark in the regulations", () => {
    const result = route(facts([org("council", "england", { localComplaint: awaiting("2026-07-01") })], { topics: ["social-care"] }));
    expect(reason(result, "adult-social-care-benchmark").text).toContain("a benchmark of 6 months to reply");
    expect(result.bodies[0]?.localProcess).toBe("response-overdue");
  });

  it("D2: when an ombudsman may still look, the answer says 'do not normally look at', not 'cannot'", () => {
    const hedged = route(facts([org("dentist", "wales", { funding: "self" })]));
    expect(hedged.outcome).toBe("not-for-these-ombudsmen");
    expect(hedged.reasons[0]).toMatchObject({ code: "not-usually-for-these-ombudsmen" });
    expect(hedged.reasons[0]?.text).toContain("do not normally look at");
    expect(codes(hedged)).toContain("psow-linked-private-treatment");
    expect(route(facts([org("other", "england")])).reasons[0]?.code).toBe("not-usually-for-these-ombudsmen");
    const firm = route(facts([org("school", "england")]));
    expect(firm.reasons[0]?.code).toBe("not-for-these-ombudsmen");
    expect(firm.reasons[0]?.text).toContain("cannot look at");
  });

  it("D3: SEND says 'cannot' for what was appealed and 'may expect' where the right of appeal is unused", () => {
    const send = route(facts([org("council", "england")], { topics: ["send-tribunal-appeal"] }));
    expect(reason(send, "send-tribunal").text).toContain("If you appealed to the tribunal, the Local Government and Social Care Ombudsman cannot look at anything");
    expect(reason(send, "send-tribunal").text).toContain("may expect you to appeal first");
    const appealed = route(facts([org("council", "england")], { topics: ["send-tribunal-appeal"], courtDecided: true }));
    expect(codes(appealed)).not.toContain("send-tribunal");
    expect(reason(appealed, "send-tribunal-appealed").text).toMatch(/cannot look at anything that was part of the appeal, was connected to it, or could have been part of it/);
    // In Wales the same principle is inferred, not settled: "unlikely".
    const wales = route(facts([org("council", "wales")], { topics: ["send-tribunal-appeal"] }));
    expect(reason(wales, "education-tribunal-wales").text).toContain("is unlikely to look at");
  });

  it.each([
    ["en", "consult the other ombudsman"],
    ["cy", "ymgynghori â'r ombwdsmon arall"],
  ] as const)("D4: cross-border wording names no nation it does not know (%s)", (lang, consult) => {
    const result = route(facts([org("council", "wales"), org("government-department", "wales")]), lang);
    expect(result.jointWorking).toBe("cross-border");
    const text = reason(result, "cross-border").text;
    expect(text).not.toMatch(/England|Lloegr/);
    expect(text).toContain(consult);
  });

  it("D5: a Joint Working Team answer says the person will be asked to agree to a joint investigation", () => {
    const result = route(facts([org("council", "england"), org("nhs-trust", "england")]));
    expect(result.consent).toBe("not-needed");
    expect(reason(result, "joint-consent").text).toBe(
      "Before they investigate together, the ombudsmen will ask you to agree to them sharing information about your complaint with each other and investigating it together.",
    );
    const welsh = route(facts([org("council", "england"), org("nhs-trust", "england")]), "cy");
    expect(reason(welsh, "joint-consent").text).toContain("rannu gwybodaeth am eich cwyn â'i gilydd");
  });

  it.each([
    ["an English council", [org("council", "england")], []],
    ["a DWP office", [org("government-department", "england")], []],
    ["a Welsh housing association", [org("social-landlord", "wales")], []],
    ["a Welsh private clinic", [org("independent-healthcare", "wales", { funding: "self" })], []],
    ["an English GP", [org("gp-practice", "england")], ["nhs-complaints-advocacy"]],
    ["a Welsh care home", [org("care-provider", "wales", { funding: "self" })], ["llais"]],
  ])("D6: free advocacy is signposted only where it applies: %s -> %j", (_label, bodies, advocacy) => {
    const result = route(facts(bodies));
    expect(result.signposts.filter((s) => s === "nhs-complaints-advocacy" || s === "llais")).toEqual(advocacy);
  });

  it.each([
    ["en", "You have not complained yet to Organisation 2 (Cyngor Sir Powys). Complain to them too"],
    ["cy", "Nid ydych chi wedi cwyno eto i'r canlynol: Sefydliad 2 (Cyngor Sir Powys). Cwynwch iddyn nhw hefyd"],
  ] as const)("D7: outside the Joint Working Team, the organisations still to be asked are named (%s)", (lang, start) => {
    const result = route(facts([org("nhs-trust", "england"), org("council", "wales", { name: "Cyngor Sir Powys", localComplaint: notMade })]), lang);
    expect(result).toMatchObject({ outcome: "ready", jointWorking: "cross-border" });
    const named = reason(result, "complain-to-others-too");
    expect(named.text.startsWith(start)).toBe(true);
    expect(named.bodyIndexes).toEqual([1]);
    expect(result.reasons[1]).toBe(named);
  });
});

describe("edge cases (E)", () => {
  it("E1: a UK government department in Scotland goes to the PHSO through an MP, with a note about devolved ones", () => {
    const result = route(facts([org("government-department", "scotland")]));
    expect(result).toMatchObject({ ombudsmen: ["phso"], mpReferralNeeded: true, bodies: [{ ombudsman: "phso" }] });
    expect(codes(result)).toEqual(expect.arrayContaining(["phso-remit-government", "mp-referral-needed", "devolved-department-elsewhere"]));
    expect(result.signposts).toContain("mp");
  });

  it("E2: a council complained about as a landlord goes to the Housing Ombudsman", () => {
    const landlord = route(facts([org("council", "england", { asLandlord: true })]));
    expect(landlord).toMatchObject({ ombudsmen: ["housing-ombudsman"], outcome: "not-for-these-ombudsmen", signposts: ["housing-ombudsman"] });
    expect(codes(landlord)).toContain("housing-ombudsman-remit-council-landlord");
    // Without the flag the LGSCO's reason says where landlord complaints go.
    expect(reason(route(facts([org("council", "england")])), "lgsco-remit-council").text).toContain("the Housing Ombudsman looks at it instead");
  });

  it("E3: the Welsh Government goes to PSOW whatever nation is given", () => {
    const result = route(facts([org("welsh-government", "england")]));
    expect(result.bodies[0]?.ombudsman).toBe("psow");
    expect(codes(result)).toEqual(expect.arrayContaining(["psow-remit-welsh-government", "type-unusual-for-nation"]));
  });

  it("E4: NIPSO's 6 months are counted from the organisation's final response and given as a date", () => {
    const result = route(facts([org("nhs-trust", "northern-ireland")]));
    expect(reason(result, "nipso-time-limit-from-reply").text).toBe(
      "Organisation 1: The Northern Ireland Public Services Ombudsman usually expects you to complain within 6 months of the end of the organisation's own complaints procedure: here, by 20 December 2026.",
    );
  });

  it("E5 (in part): an organisation not yet complained to comes with a warning about its own time limit", () => {
    const result = route(facts([org("council", "wales", { localComplaint: notMade })]));
    expect(reason(result, "complain-to-organisation-first").text).toContain("within 12 months of the problem, or of when you found out about it");
  });

  it("E8: an independent hospice in Wales may be PSOW's if it had public money in the last 3 years", () => {
    const result = route(facts([org("independent-healthcare", "wales", { funding: "self" })]));
    expect(reason(result, "psow-independent-palliative-care").text).toContain("in the last 3 years, the Public Services Ombudsman for Wales can look at it");
    expect(codes(route(facts([org("independent-healthcare", "england", { funding: "self" })])))).not.toContain("psow-independent-palliative-care");
  });

  it("E9: private healthcare in Scotland and Northern Ireland goes to neither SPSO nor NIPSO; NHS-funded does", () => {
    const result = route(
      facts([
        org("independent-healthcare", "scotland", { funding: "self" }),
        org("dentist", "northern-ireland", { funding: "self" }),
        org("dentist", "scotland", { funding: "nhs" }),
        org("optician", "northern-ireland", { funding: "nhs" }),
      ]),
    );
    expect(result.bodies.map((b) => b.ombudsman)).toEqual([null, null, "spso", "nipso"]);
  });

  it("E10: the ISCAS reason says both of the provider's own stages come first", () => {
    const result = route(facts([org("independent-healthcare", "england", { funding: "self" })]));
    expect(reason(result, "iscas-remit").text).toContain("once both stages of the provider's own complaints procedure are over: its reply, and then its internal review");
  });
});

describe("contract v1.1's request, with every field", () => {
  const example = {
    today: "2026-11-22",
    becameAwareOn: "2026-03-01",
    complainant: { role: "representative", relationship: "relative-or-friend", personAffected: "deceased", authority: "personal-representative" },
    bodies: [
      {
        type: "council",
        nation: "england",
        code: "E06000001",
        asLandlord: false,
        name: "Hartlepool Borough Council",
        localComplaint: { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20", finalStage: true },
      },
    ],
    legalAction: "none",
    courtDecided: false,
    topics: ["chc-eligibility", "send-tribunal-appeal", "safeguarding-risk-now"],
  };

  it.each(["en", "cy"] as const)("answers in the contract's shape (%s)", (lang) => {
    const { reasons, ...rest } = route(example, lang);
    expect(rest).toEqual({
      outcome: "urgent-help-first",
      readiness: "ready",
      ombudsmen: ["lgsco"],
      jointWorking: "none",
      bodies: [{ ombudsman: "lgsco", localProcess: "complete", reasonableTimeEndsOn: null }],
      timeLimit: "within",
      timeLimitEndsOn: "2027-03-01",
      consent: "representative-suitability",
      mpReferralNeeded: false,
      signposts: ["safeguarding", "chc-independent-review", "send-tribunal"],
      today: "2026-11-22",
    });
    expect(reasons.map((r) => r.code)).toEqual([
      "urgent-help-first",
      "ready-to-complain",
      "lgsco-remit-council",
      "local-process-complete",
      "within-time-limit",
      "representative-suitability-deceased",
      "authority-personal-representative",
      "chc-name-icb",
      "send-tribunal",
    ]);
    for (const { text } of reasons) expect(text.length).toBeGreaterThan(40);
  });

  it.each<[string, Json, string, string]>([
    ["a wrongly typed flag", { courtDecided: "no" }, "courtDecided", "court-decided-invalid"],
    ["a wrongly typed landlord flag", { bodies: [{ ...example.bodies[0], asLandlord: 0 }] }, "bodies.0.asLandlord", "as-landlord-invalid"],
    ["a wrongly typed stage flag", { bodies: [{ ...example.bodies[0], localComplaint: { ...example.bodies[0]?.localComplaint, finalStage: "yes" } }] }, "bodies.0.localComplaint.finalStage", "final-stage-invalid"],
    ["an unlisted funding", { bodies: [{ ...example.bodies[0], type: "dentist", funding: "wales" }] }, "bodies.0.funding", "funding-invalid"],
    ["an unknown topic", { topics: ["chc-eligibility", "housing"] }, "topics.1", "topic-invalid"],
  ])("refuses %s with 400 and a translated message", (_label, change, path, key) => {
    for (const lang of ["en", "cy"] as const) {
      const response = post({ ...example, ...change }, lang);
      expect(response).toEqual({ status: 400, json: { errors: [{ path, message: errorMessage(key as never, createRoutingTranslator(lang)) }] } });
    }
  });
});
