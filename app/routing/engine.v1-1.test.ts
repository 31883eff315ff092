// The rules that contract v1.1 adds or changes, each as a table at and around its edges.
// (Body -> ombudsman for every type, nation and funding, NHS Wales included, is in engine.table.test.ts.)
import { routeComplaint } from "./engine";
import type { ReasonCode } from "./reasons";
import { answered, awaiting, body, bodyCodes, codes, earlierStageReply, finalResponse, notMade, request } from "./test-support";
import type { BodyInput, IsoDate, JointWorking, LocalProcess, Ombudsman, SignpostId, Topic } from "./types";

const council = body("council", "england");
const trust = body("nhs-trust", "england");

describe("a council complained about as a landlord", () => {
  it.each<[string, BodyInput, Ombudsman | null, ReasonCode]>([
    ["English council as landlord", body("council", "england", { asLandlord: true }), "housing-ombudsman", "housing-ombudsman-remit-council-landlord"],
    ["English council, not as landlord", body("council", "england", { asLandlord: false }), "lgsco", "lgsco-remit-council"],
    ["English council, landlord not said", council, "lgsco", "lgsco-remit-council"],
    ["Welsh council as landlord: PSOW covers both", body("council", "wales", { asLandlord: true }), "psow", "psow-remit-council"],
    ["Scottish council as landlord", body("council", "scotland", { asLandlord: true }), "spso", "spso-remit"],
    ["an NHS trust marked as landlord: ignored", body("nhs-trust", "england", { asLandlord: true }), "phso", "phso-remit-nhs"],
    ["a housing association marked as landlord", body("social-landlord", "england", { asLandlord: true }), "housing-ombudsman", "housing-ombudsman-remit"],
  ])("%s -> %s", (_label, organisation, ombudsman, reason) => {
    const result = routeComplaint(request([organisation]));
    expect(result.bodies[0]?.ombudsman).toBe(ombudsman);
    expect(bodyCodes(result, 0)[0]).toBe(reason);
    expect(result.signposts.includes("housing-ombudsman")).toBe(ombudsman === "housing-ombudsman");
  });

  it("leaves a council-as-landlord complaint outside the three ombudsmen, with the Housing Ombudsman signposted", () => {
    const result = routeComplaint(request([body("council", "england", { asLandlord: true })]));
    expect(result).toMatchObject({ outcome: "not-for-these-ombudsmen", ombudsmen: ["housing-ombudsman"], jointWorking: "none" });
  });
});

describe("a reply that was not the last stage (finalStage: false)", () => {
  type Row = readonly [label: string, organisation: BodyInput, finalResponseOn: IsoDate, lastDay: IsoDate];
  // The reasonable time of the body's ombudsman, counted from that reply.
  const rows: readonly Row[] = [
    ["English council (children's social care), 12 weeks", council, "2026-06-01", "2026-08-24"],
    ["Welsh council (social services), 12 weeks", body("council", "wales"), "2026-06-01", "2026-08-24"],
    ["NHS trust, 6 months", trust, "2026-02-28", "2026-08-28"],
    ["Welsh council, across a month end", body("council", "wales"), "2026-01-31", "2026-04-25"],
  ];

  describe.each(rows)("%s", (_label, organisation, finalResponseOn, lastDay) => {
    const route = (today: IsoDate) =>
      routeComplaint(request([{ ...organisation, localComplaint: earlierStageReply("2026-01-05", finalResponseOn) }], { today, becameAwareOn: "2026-01-01" }));
    const dayBefore = shift(lastDay, -1);
    const dayAfter = shift(lastDay, 1);

    it.each<[string, IsoDate, LocalProcess]>([
      ["the reply day", finalResponseOn, "in-progress"],
      ["the day before the last day", dayBefore, "in-progress"],
      ["the last day", lastDay, "in-progress"],
      ["the day after", dayAfter, "response-overdue"],
    ])("on %s (%s) -> %s, and the reason stays next-stage-first", (_when, today, localProcess) => {
      const result = route(today);
      expect(result.bodies[0]).toMatchObject({ localProcess, reasonableTimeEndsOn: lastDay });
      expect(result.reasons).toContainEqual({ code: "next-stage-first", params: expect.objectContaining({ bodyIndex: 0, date: lastDay }) });
      const processCodes: ReasonCode[] = ["local-process-complete", "waiting-for-response", "lgsco-12-weeks-passed", "psow-12-weeks-passed", "phso-6-months-passed"];
      expect(bodyCodes(result, 0).filter((c) => processCodes.includes(c))).toEqual([]);
      expect(result.readiness).toBe(localProcess === "response-overdue" ? "ready" : "complain-to-organisations-first");
    });
  });

  it.each([
    ["finalStage true", { ...finalResponse("2026-01-05", "2026-06-01"), finalStage: true }, "complete"],
    ["finalStage not given", finalResponse("2026-01-05", "2026-06-01"), "complete"],
    ["finalStage false", earlierStageReply("2026-01-05", "2026-06-01"), "in-progress"],
  ] as const)("%s -> %s", (_label, localComplaint, localProcess) => {
    const result = routeComplaint(request([body("council", "england", { localComplaint })], { today: "2026-06-02" }));
    expect(result.bodies[0]?.localProcess).toBe(localProcess);
  });
});

describe("NHS Continuing Healthcare: ICB review and the independent review panel first", () => {
  const chc: Topic[] = ["chc-eligibility"];
  const reviewed: Topic[] = ["chc-eligibility", "chc-independent-review-done"];
  // Today 2026-11-22: a complaint made on 2026-01-01 is past PHSO's 6 months, one made on 2026-10-01 is not.
  it.each<[string, BodyInput, Topic[], LocalProcess, boolean]>([
    ["English ICB answered, no review yet", body("icb", "england"), chc, "in-progress", true],
    ["English ICB overdue, no review yet", body("icb", "england", { localComplaint: awaiting("2026-01-01") }), chc, "in-progress", true],
    ["English ICB waiting, no review yet", body("icb", "england", { localComplaint: awaiting("2026-10-01") }), chc, "in-progress", true],
    ["English ICB not asked yet", body("icb", "england", { localComplaint: notMade }), chc, "not-started", false],
    ["English ICB answered, review panel decided", body("icb", "england"), reviewed, "complete", false],
    ["English ICB overdue, review panel decided", body("icb", "england", { localComplaint: awaiting("2026-01-01") }), reviewed, "response-overdue", false],
    ["English ICB answered, not a CHC dispute", body("icb", "england"), [], "complete", false],
    ["review done flag alone", body("icb", "england"), ["chc-independent-review-done"], "complete", false],
    ["English trust answered (not the ICB)", trust, chc, "complete", false],
    ["Welsh health board answered", body("health-board", "wales"), chc, "complete", false],
    ["ICB marked as in Wales", body("icb", "wales"), chc, "complete", false],
  ])("%s -> %s", (_label, organisation, topics, localProcess, held) => {
    const result = routeComplaint(request([organisation], { topics }));
    expect(result.bodies[0]?.localProcess).toBe(localProcess);
    expect(bodyCodes(result, 0).includes("chc-review-first")).toBe(held);
    if (held) expect(result.bodies[0]?.reasonableTimeEndsOn).toBeNull();
  });

  it("holds every English ICB, not just the first", () => {
    const result = routeComplaint(request([body("icb", "england"), body("icb", "england", { localComplaint: awaiting("2026-02-01") }), council], { topics: chc }));
    expect(result.bodies.map((b) => b.localProcess)).toEqual(["in-progress", "in-progress", "complete"]);
    expect(result.reasons.filter((r) => r.code === "chc-review-first").map((r) => r.params?.bodyIndex)).toEqual([0, 1]);
    // The council has answered, so the outcome is ready; the team is not said to take the CHC part too.
    expect(result.outcome).toBe("ready");
    expect(codes(result)).not.toContain("jwt-may-take-whole-case");
  });

  it("holds a lone ICB until the review: not ready", () => {
    expect(routeComplaint(request([body("icb", "england")], { topics: chc })).outcome).toBe("complain-to-organisations-first");
    expect(routeComplaint(request([body("icb", "england")], { topics: reviewed })).outcome).toBe("ready");
  });

  it("gives the review reason once, straight after the outcome, when no ICB is held", () => {
    const result = routeComplaint(request([council, body("icb", "england", { localComplaint: notMade })], { topics: chc }));
    expect(codes(result).slice(0, 2)).toEqual(["ready-one-body-finished", "chc-review-first"]);
    expect(codes(result).filter((c) => c === "chc-review-first")).toHaveLength(1);
  });

  it.each<[string, BodyInput[], Topic[], boolean]>([
    ["English council only", [council], chc, true],
    ["English ICB", [body("icb", "england")], chc, true],
    ["English ICB, review done", [body("icb", "england")], reviewed, false],
    ["no CHC topic", [body("icb", "england")], [], false],
    ["Welsh health board only", [body("health-board", "wales")], chc, false],
    ["Welsh and English bodies", [body("health-board", "wales"), body("care-provider", "england", { funding: "self" })], chc, true],
    ["Scottish health board", [body("health-board", "scotland")], chc, false],
  ])("signposts the CHC independent review: %s -> %s", (_label, bodies, topics, expected) => {
    expect(routeComplaint(request(bodies, { topics })).signposts.includes("chc-independent-review")).toBe(expected);
  });
});

describe("the Joint Working Team counts only LGSCO bodies and PHSO's health bodies", () => {
  const department = body("government-department", "england");
  it.each<[string, BodyInput[], JointWorking]>([
    ["council + trust", [council, trust], "joint-working-team"],
    ["council + ICB", [council, body("icb", "england")], "joint-working-team"],
    ["care home + NHS-funded care home", [body("care-provider", "england", { funding: "self" }), body("care-provider", "england", { funding: "nhs" })], "joint-working-team"],
    ["council + UK department", [council, department], "none"],
    ["council + UK department in Wales", [council, body("government-department", "wales")], "none"],
    ["care home + UK department", [body("care-provider", "england", { funding: "council" }), department], "none"],
    ["council + trust + UK department", [council, trust, department], "joint-working-team"],
    ["trust + UK department", [trust, department], "none"],
    ["Welsh council + UK department", [body("council", "wales"), department], "cross-border"],
    ["council + Welsh health board", [council, body("health-board", "wales")], "cross-border"],
    ["council as landlord + trust", [body("council", "england", { asLandlord: true }), trust], "none"],
    ["council + trust paid by NHS Wales", [council, body("nhs-trust", "england", { funding: "nhs-wales" })], "cross-border"],
  ])("%s -> %s", (_label, bodies, jointWorking) => {
    const result = routeComplaint(request(bodies));
    expect(result.jointWorking).toBe(jointWorking);
    expect(codes(result).includes("joint-consent")).toBe(jointWorking === "joint-working-team");
  });
});

describe("a court or tribunal has decided some of it", () => {
  it.each<[string, boolean | undefined, Topic[], BodyInput[], ReasonCode[]]>([
    ["decided, ready", true, [], [council], ["court-decided", "ready-to-complain"]],
    ["decided, urgent help", true, ["safeguarding-risk-now"], [council], ["urgent-help-first", "court-decided", "ready-to-complain"]],
    ["decided, not ready", true, [], [body("council", "england", { localComplaint: notMade })], ["court-decided", "not-ready-yet"]],
    ["decided, not for these ombudsmen", true, [], [body("school", "england")], ["court-decided", "not-for-these-ombudsmen"]],
    ["not decided", false, [], [council], ["ready-to-complain"]],
    ["not said", undefined, [], [council], ["ready-to-complain"]],
  ])("%s", (_label, courtDecided, topics, bodies, firstReasons) => {
    const without = routeComplaint(request(bodies, { topics }));
    const result = routeComplaint(request(bodies, { topics, ...(courtDecided === undefined ? {} : { courtDecided }) }));
    expect(codes(result).slice(0, firstReasons.length)).toEqual(firstReasons);
    expect(codes(result).filter((c) => c === "court-decided")).toHaveLength(courtDecided ? 1 : 0);
    // The outcome stays as it is: the ombudsmen may look at the rest.
    expect(result.outcome).toBe(without.outcome);
  });

  it("does not repeat itself with legal action finished", () => {
    const result = routeComplaint(request([council], { courtDecided: true, legalAction: "finished" }));
    expect(codes(result)).toContain("court-decided");
    expect(codes(result)).not.toContain("legal-action-finished");
    expect(codes(routeComplaint(request([council], { legalAction: "finished" })))).toContain("legal-action-finished");
  });
});

describe("naming the organisations still to be asked, outside the Joint Working Team", () => {
  const welshCouncil = body("council", "wales", { name: "Cyngor Sir Powys" });
  const waitingBoard = body("health-board", "wales", { localComplaint: notMade, name: "Powys Teaching Health Board" });
  it.each<[string, BodyInput[], string | null]>([
    ["Welsh council answered, health board not asked", [welshCouncil, waitingBoard], "1"],
    ["two not asked, in the person's order", [body("gp-practice", "wales", { localComplaint: notMade }), welshCouncil, waitingBoard], "0,2"],
    ["cross-border: English trust answered, Welsh council not asked", [trust, body("council", "wales", { localComplaint: notMade })], "1"],
    ["council + UK department not asked (not a JWT case)", [council, body("government-department", "england", { localComplaint: notMade })], "1"],
    ["Joint Working Team case: the team may take it all", [council, body("nhs-trust", "england", { localComplaint: notMade })], null],
    ["not ready: nobody has answered", [body("council", "wales", { localComplaint: notMade })], null],
    ["the other body is waiting, not unasked", [welshCouncil, body("health-board", "wales", { localComplaint: awaiting("2026-11-01") })], null],
    ["the unasked body is not under the three ombudsmen", [welshCouncil, body("social-landlord", "england", { localComplaint: notMade })], null],
    ["everyone has answered", [welshCouncil, body("health-board", "wales")], null],
  ])("%s", (_label, bodies, indexes) => {
    const result = routeComplaint(request(bodies));
    const reason = result.reasons.find((r) => r.code === "complain-to-others-too");
    if (indexes === null) expect(reason).toBeUndefined();
    else {
      expect(reason?.params?.bodyIndexes).toBe(indexes);
      // Given straight after the outcome.
      expect(codes(result)[1]).toBe("complain-to-others-too");
    }
  });

  it("carries the names the person gave, keyed by position", () => {
    const result = routeComplaint(request([welshCouncil, waitingBoard, body("gp-practice", "wales", { localComplaint: notMade })]));
    expect(result.reasons.find((r) => r.code === "complain-to-others-too")?.params).toEqual({
      bodyIndexes: "1,2",
      bodyName1: "Powys Teaching Health Board",
    });
  });

  it("is given with urgent help first too, as the person can carry on afterwards", () => {
    const result = routeComplaint(request([welshCouncil, waitingBoard], { topics: ["safeguarding-risk-now"] }));
    expect(codes(result).slice(0, 3)).toEqual(["urgent-help-first", "ready-one-body-finished", "complain-to-others-too"]);
  });
});

describe("free advocacy only where it applies", () => {
  it.each<[string, BodyInput[], Topic[], SignpostId[]]>([
    ["English council", [council], [], []],
    ["English council, social care", [council], ["social-care"], []],
    ["English NHS trust", [trust], [], ["nhs-complaints-advocacy"]],
    ["English ICB", [body("icb", "england")], [], ["nhs-complaints-advocacy"]],
    ["English care home paid by the NHS", [body("care-provider", "england", { funding: "nhs" })], [], ["nhs-complaints-advocacy"]],
    ["English care home paid by the council", [body("care-provider", "england", { funding: "council" })], [], []],
    ["English private clinic paid by NHS Wales", [body("independent-healthcare", "england", { funding: "nhs-wales" })], [], ["llais"]],
    ["English trust paid by NHS Wales: an NHS body in England, and NHS Wales care", [body("nhs-trust", "england", { funding: "nhs-wales" })], [], ["nhs-complaints-advocacy", "llais"]],
    ["English housing association", [body("social-landlord", "england")], [], []],
    ["UK department", [body("government-department", "england")], [], []],
    ["Welsh health board", [body("health-board", "wales")], [], ["llais"]],
    ["Welsh NHS dentist", [body("dentist", "wales", { funding: "nhs" })], [], ["llais"]],
    ["Welsh private dentist", [body("dentist", "wales", { funding: "self" })], [], []],
    ["Welsh care home, self-funded", [body("care-provider", "wales", { funding: "self" })], [], ["llais"]],
    ["Welsh council", [body("council", "wales")], [], []],
    ["Welsh council, adult social care", [body("council", "wales")], ["social-care"], ["llais"]],
    ["Welsh council, children's social care", [body("council", "wales")], ["childrens-social-care"], []],
    ["Welsh housing association", [body("social-landlord", "wales")], [], []],
    ["Welsh Government", [body("welsh-government", "wales")], [], []],
    ["Scottish NHS board", [body("health-board", "scotland")], [], []],
  ])("%s -> %j", (_label, bodies, topics, advocacy) => {
    const signposts = routeComplaint(request(bodies, { topics })).signposts;
    expect(signposts.filter((s) => s === "nhs-complaints-advocacy" || s === "llais")).toEqual(advocacy);
  });
});

describe("topics that describe statutory stages and tribunals", () => {
  it.each<[string, BodyInput[], Topic[], Partial<RoutingFacts>, ReasonCode[]]>([
    ["children's social care, English council", [council], ["childrens-social-care"], {}, ["childrens-social-care-stages"]],
    ["children's social care, Welsh council", [body("council", "wales")], ["childrens-social-care"], {}, ["welsh-social-services-stages"]],
    ["adult social care, Welsh council", [body("council", "wales")], ["social-care"], {}, ["welsh-social-services-stages"]],
    ["adult social care, English council", [council], ["social-care"], {}, []],
    ["children's social care, English trust only", [trust], ["childrens-social-care"], {}, []],
    ["SEND, England, no appeal said", [council], ["send-tribunal-appeal"], {}, ["send-tribunal"]],
    ["SEND, England, tribunal decided", [council], ["send-tribunal-appeal"], { courtDecided: true }, ["send-tribunal-appealed"]],
    ["SEND, England, appeal under way", [council], ["send-tribunal-appeal"], { legalAction: "started" }, ["send-tribunal-appealed"]],
    ["SEND, England, only considering", [council], ["send-tribunal-appeal"], { legalAction: "considering" }, ["send-tribunal"]],
    ["ALN, Wales", [body("council", "wales")], ["send-tribunal-appeal"], { courtDecided: true }, ["education-tribunal-wales"]],
    ["SEND and ALN", [council, body("council", "wales")], ["send-tribunal-appeal"], {}, ["send-tribunal", "education-tribunal-wales"]],
  ])("%s", (_label, bodies, topics, extra, expected) => {
    const topicCodes: ReasonCode[] = ["childrens-social-care-stages", "welsh-social-services-stages", "send-tribunal", "send-tribunal-appealed", "education-tribunal-wales"];
    const result = routeComplaint(request(bodies, { topics, ...extra }));
    expect(codes(result).filter((c) => topicCodes.includes(c))).toEqual(expected);
  });

  it.each<[string, BodyInput, Topic[], boolean]>([
    ["English council waiting, adult social care", body("council", "england", { localComplaint: awaiting("2026-10-01") }), ["social-care"], true],
    ["English council overdue, adult social care", body("council", "england", { localComplaint: awaiting("2026-01-01") }), ["social-care"], true],
    ["English council waiting, other matter", body("council", "england", { localComplaint: awaiting("2026-10-01") }), [], false],
    ["English council answered, adult social care", council, ["social-care"], false],
    ["Welsh council waiting, social care", body("council", "wales", { localComplaint: awaiting("2026-10-01") }), ["social-care"], false],
    ["English care home waiting, social care", body("care-provider", "england", { funding: "self", localComplaint: awaiting("2026-10-01") }), ["social-care"], false],
  ])("the 6-month adult social care benchmark: %s -> %s", (_label, organisation, topics, expected) => {
    const result = routeComplaint(request([organisation], { topics }));
    const reason = result.reasons.find((r) => r.code === "adult-social-care-benchmark");
    expect(reason !== undefined).toBe(expected);
    if (reason) expect(reason.params).toEqual({ bodyIndex: 0, periodAmount: 6, periodUnit: "months" });
  });
});

describe("a hint about NHS Wales funding for care given outside Wales", () => {
  const welsh = body("council", "wales");
  it.each<[string, BodyInput[], boolean]>([
    ["English trust with a Welsh body", [welsh, trust], true],
    ["English NHS-funded private hospital with a Welsh body", [welsh, body("independent-healthcare", "england", { funding: "nhs" })], true],
    ["English trust alone", [trust], false],
    ["English trust already marked as paid by NHS Wales", [welsh, body("nhs-trust", "england", { funding: "nhs-wales" })], false],
    ["English private clinic paid privately", [welsh, body("independent-healthcare", "england", { funding: "self" })], false],
    ["English GP (follows registration)", [welsh, body("gp-practice", "england")], false],
    ["English council", [welsh, council], false],
  ])("%s -> %s", (_label, bodies, expected) => {
    const result = routeComplaint(request(bodies));
    expect(bodyCodes(result, 1).includes("nhs-wales-funding-check")).toBe(expected);
  });
});

type RoutingFacts = Parameters<typeof request>[1] & object;

/** Dates a day apart, written out here so the tests do not use the code under test. */
function shift(date: IsoDate, days: 1 | -1): IsoDate {
  const instant = new Date(`${date}T12:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

it("keeps answered bodies complete when nothing in v1.1 applies", () => {
  const result = routeComplaint(request([council, body("health-board", "wales", { localComplaint: answered })]));
  expect(result.bodies.map((b) => b.localProcess)).toEqual(["complete", "complete"]);
});
