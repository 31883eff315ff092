// From the person's answers to the routing engine's input: only what the rules
// need, dates as the rules read them, nothing until every part is known.
import type { Answers } from "./answers";
import { routingFor, toRoutingInput } from "./routing-input";
import { gpPractice, healthBoard, lookup, representativeAnswers, selfAnswers, TODAY } from "./test-support";

const input = (answers: Answers) => toRoutingInput(answers, TODAY, lookup);

describe("toRoutingInput", () => {
  it("maps a complete answer set", () => {
    expect(input(selfAnswers())).toEqual({
      today: TODAY,
      becameAwareOn: "2025-07-31",
      complainant: { role: "person-affected" },
      bodies: [
        {
          type: "health-board",
          nation: "wales",
          funding: undefined,
          code: "7A1",
          name: "Betsi Cadwaladr University Health Board",
          councilTier: undefined,
          localComplaint: { status: "final-response", madeOn: "2025-10-31", finalResponseOn: "2025-12-31" },
        },
      ],
      legalAction: "none",
      courtDecided: false,
      topics: [],
    });
  });

  it.each<[string, Answers]>([
    ["nobody has said who is complaining", selfAnswers({ who: undefined })],
    ["a representative has not described the person", representativeAnswers({ personAffected: undefined })],
    ["there are no organisations", selfAnswers({ organisations: [] })],
    ["an organisation has no type", selfAnswers({ organisations: [healthBoard("a1", { type: undefined })] })],
    ["an organisation's complaint is not answered", selfAnswers({ organisations: [healthBoard(), gpPractice("b2", { local: undefined })] })],
    ["an organisation's country is not known", selfAnswers({ organisations: [gpPractice("b2", { nation: undefined })] })],
    ["a code is no longer in the directory", selfAnswers({ organisations: [healthBoard("a1", { code: "GONE" })] })],
    ["the date they first knew is missing", selfAnswers({ dates: undefined })],
  ])("is undefined while %s", (_, answers) => {
    expect(input(answers)).toBeUndefined();
  });

  it.each<[string, Answers, unknown]>([
    ["the person affected", selfAnswers(), { role: "person-affected" }],
    [
      "a relative for someone who has agreed",
      representativeAnswers(),
      { role: "representative", relationship: "relative-or-friend", personAffected: "can-consent", consent: "given", authority: undefined },
    ],
    [
      "a relative for someone who will confirm later",
      representativeAnswers({ authority: { consent: "to-follow" } }),
      { role: "representative", relationship: "relative-or-friend", personAffected: "can-consent", consent: "to-follow", authority: undefined },
    ],
    [
      "someone who can agree, not yet asked",
      representativeAnswers({ authority: undefined }),
      { role: "representative", relationship: "relative-or-friend", personAffected: "can-consent", consent: "to-follow", authority: undefined },
    ],
    [
      "an advocate for someone who cannot decide: consent is never theirs to give",
      representativeAnswers({ who: { complainant: "advocate" }, personAffected: { fullName: "R", status: "lacks-capacity" }, authority: { consent: "given", authority: "court-deputy" } }),
      { role: "representative", relationship: "advocate", personAffected: "lacks-capacity", consent: "to-follow", authority: "court-deputy" },
    ],
    [
      "an executor for someone who has died",
      representativeAnswers({ personAffected: { fullName: "G", status: "deceased" }, authority: { authority: "personal-representative" } }),
      { role: "representative", relationship: "relative-or-friend", personAffected: "deceased", consent: "to-follow", authority: "personal-representative" },
    ],
  ])("describes %s", (_, answers, complainant) => {
    expect(input(answers)?.complainant).toEqual(complainant);
  });

  it.each<[string, NonNullable<Answers["organisations"]>[number], Record<string, unknown>]>([
    ["a directory council, with its tier", healthBoard("a1", { type: "council", code: "E10000003" }), { type: "council", nation: "england", code: "E10000003", name: "Cambridgeshire County Council", councilTier: "county" }],
    ["a closed CCG, routed as the ICB type chosen", healthBoard("a1", { type: "icb", code: "00L" }), { type: "icb", nation: "england", code: "00L", name: "NHS Northumberland CCG", councilTier: undefined }],
    ["a directory name wins over a typed one", healthBoard("a1", { name: "Typed", nation: "england" }), { nation: "wales", name: "Betsi Cadwaladr University Health Board" }],
    ["a care home named in free text, with funding", gpPractice("b2", { type: "care-provider", name: "Meadow View", nation: "wales", funding: "council" }), { type: "care-provider", nation: "wales", funding: "council", code: undefined, name: "Meadow View" }],
    ["not yet complained to", gpPractice(), { localComplaint: { status: "not-made" } }],
    ["waiting for a reply", gpPractice("b2", { local: { status: "awaiting-response", madeOn: { month: 11, year: 2025 } } }), { localComplaint: { status: "awaiting-response", madeOn: "2025-11-30" } }],
    ["waiting since this month", gpPractice("b2", { local: { status: "awaiting-response", madeOn: { month: 3, year: 2026 } } }), { localComplaint: { status: "awaiting-response", madeOn: TODAY } }],
    [
      "a final response in a leap February",
      gpPractice("b2", { local: { status: "final-response", madeOn: { month: 1, year: 2024 }, finalResponseOn: { month: 2, year: 2024 } } }),
      { localComplaint: { status: "final-response", madeOn: "2024-01-31", finalResponseOn: "2024-02-29" } },
    ],
    ["a final response without its date, treated as not made", gpPractice("b2", { local: { status: "final-response", madeOn: { month: 1, year: 2026 } } }), { localComplaint: { status: "not-made" } }],
  ])("maps %s", (_, org, expected) => {
    expect(input(selfAnswers({ organisations: [org] }))?.bodies[0]).toMatchObject(expected);
  });

  it("keeps the person's order of organisations", () => {
    const bodies = input(selfAnswers({ organisations: [gpPractice("b2"), healthBoard("a1")] }))?.bodies;
    expect(bodies?.map((body) => body.type)).toEqual(["gp-practice", "health-board"]);
  });

  it.each<[string, Answers, Record<string, unknown>]>([
    ["no legal answer yet means none", selfAnswers({ legal: undefined }), { legalAction: "none" }],
    ["legal action started", selfAnswers({ legal: { action: "started", courtDecided: "no" } }), { legalAction: "started", courtDecided: false }],
    ["F2: a court or tribunal has decided part of it", selfAnswers({ legal: { action: "finished", courtDecided: "yes" } }), { legalAction: "finished", courtDecided: true }],
    ["no legal answer yet means no court decision", selfAnswers({ legal: undefined }), { courtDecided: false }],
    ["someone at risk now", selfAnswers({ risk: { riskNow: "yes" } }), { topics: ["safeguarding-risk-now"] }],
    ["first knew this month", selfAnswers({ dates: { started: { month: 3, year: 2026 }, ongoing: true, aware: { month: 3, year: 2026 } } }), { becameAwareOn: TODAY }],
    ["first knew in a leap February", selfAnswers({ dates: { started: { month: 2, year: 2024 }, ongoing: true, aware: { month: 2, year: 2024 } } }), { becameAwareOn: "2024-02-29" }],
  ])("%s", (_, answers, expected) => {
    expect(input(answers)).toMatchObject(expected);
  });
});

describe("routingFor", () => {
  it.each<[string, Answers, { readiness: string; ombudsmen: string[] }]>([
    ["a Welsh health board that has replied", selfAnswers(), { readiness: "ready", ombudsmen: ["psow"] }],
    ["an English GP not yet complained to", selfAnswers({ organisations: [gpPractice()] }), { readiness: "complain-to-organisations-first", ombudsmen: ["phso"] }],
    [
      "an English council and trust that have replied",
      selfAnswers({ organisations: [healthBoard("a1", { type: "council", code: "E10000003" }), healthBoard("b2", { type: "nhs-trust", code: "RGT" })] }),
      { readiness: "ready", ombudsmen: ["lgsco", "phso"] },
    ],
  ])("%s", (_, answers, expected) => {
    expect(routingFor(answers, TODAY, lookup)).toMatchObject(expected);
  });

  it("F2: puts the court decision first in the answer the form shows", () => {
    const decided = routingFor(selfAnswers({ legal: { action: "finished", courtDecided: "yes" } }), TODAY, lookup);
    expect(decided?.reasons.map((r) => r.code).slice(0, 2)).toEqual(["court-decided", "ready-to-complain"]);
    const notDecided = routingFor(selfAnswers({ legal: { action: "none", courtDecided: "no" } }), TODAY, lookup);
    expect(notDecided?.reasons.map((r) => r.code)).not.toContain("court-decided");
  });

  it("is undefined while the input is incomplete", () => {
    expect(routingFor({}, TODAY, lookup)).toBeUndefined();
  });
});
