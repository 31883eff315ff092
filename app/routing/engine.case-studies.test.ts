// The published case studies as routing scenarios. The seeds give the organisations and who
// complained; the local-process facts and dates are modelled (plausible, stated in each row)
// and set "as if now", with today's organisation types: a CCG is its successor ICB and the
// "LGO" is the LGSCO. Contract v1.1 changed no outcome, ombudsman, joint working, process or
// consent here; it added the reason "joint-consent" to every Joint Working Team case, and the
// casebook's council-only entries lost the Llais signpost (Llais covers NHS and social care).
import { routeComplaint } from "./engine";
import type { ReasonCode } from "./reasons";
import { awaiting, body, codes, finalResponse, notMade, self } from "./test-support";
import type { BodyInput, Complainant, Outcome, RoutingInput, SignpostId, Topic } from "./types";
import { dayMonthsBefore, DUNCAN } from "../../tests/scenarios";

const TODAY = "2026-11-22";

interface Scenario {
  readonly name: string;
  readonly facts: string;
  readonly input: RoutingInput;
  readonly expected: {
    readonly outcome: Outcome;
    readonly ombudsmen: readonly string[];
    readonly jointWorking: string;
    readonly localProcess: readonly string[];
    readonly timeLimit: "within" | "outside";
    readonly consent: string;
    readonly signposts: readonly SignpostId[];
    readonly includes: readonly ReasonCode[];
  };
}

const relative = (
  personAffected: "can-consent" | "lacks-capacity" | "deceased" | "child",
  consent: "given" | "to-follow" | "refused",
  authority?: "lpa-health-welfare" | "court-deputy" | "personal-representative" | "parental-responsibility",
): Complainant => ({ role: "representative", relationship: "relative-or-friend", personAffected, consent, ...(authority ? { authority } : {}) });

const facts = (becameAwareOn: string, complainant: Complainant, bodies: BodyInput[], topics: Topic[] = []): RoutingInput => ({
  today: TODAY,
  becameAwareOn,
  complainant,
  bodies,
  topics,
});

// Seed A: LGO/PHSO Joint Working Team first-year review. All England, all taken by the JWT.
const jointWorkingTeamCases: Scenario[] = [
  {
    name: "Winnie",
    facts: "Daughter complains; Winnie can decide and agrees. Council answered; GP and community nursing trust not yet asked.",
    input: facts("2026-05-10", relative("can-consent", "given"), [
      body("council", "england", { localComplaint: finalResponse("2026-05-20", "2026-08-01") }),
      body("gp-practice", "england", { localComplaint: notMade }),
      body("nhs-trust", "england", { name: "Community nursing service", localComplaint: notMade }),
    ]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "not-started", "not-started"],
      timeLimit: "within",
      consent: "given",
      signposts: ["nhs-complaints-advocacy", "cqc"],
      includes: ["ready-one-body-finished", "joint-working-team-likely", "jwt-may-take-whole-case", "consent-given", "joint-consent"],
    },
  },
  {
    name: "Ben",
    facts: "Mother complains for her son, who lacks capacity; years without the day services assessed, so first known long ago. Council and ICB (was CCG) both answered.",
    input: facts("2024-09-01", relative("lacks-capacity", "to-follow"), [
      body("council", "england", { localComplaint: finalResponse("2025-10-01", "2026-01-15") }),
      body("icb", "england", { localComplaint: finalResponse("2025-10-01", "2026-03-01") }),
    ], ["social-care"]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "complete"],
      timeLimit: "outside",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy"],
      includes: ["ready-to-complain", "outside-time-limit", "representative-suitability", "joint-consent"],
    },
  },
  {
    name: "Dan",
    facts: "Parents complain for their disabled child about lost education (council SEN functions, no tribunal appeal) and respite nursing (trust). Council answered; trust silent for 7 months.",
    input: facts("2026-02-01", relative("child", "to-follow", "parental-responsibility"), [
      body("council", "england", { localComplaint: finalResponse("2026-03-01", "2026-05-20") }),
      body("nhs-trust", "england", { localComplaint: awaiting("2026-03-01") }),
    ]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "response-overdue"],
      timeLimit: "within",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy", "cqc"],
      includes: ["ready-to-complain", "phso-6-months-passed", "representative-suitability-child", "authority-parental-responsibility", "joint-consent"],
    },
  },
  {
    name: "Gail",
    facts: "Daughter, the personal representative, complains after Gail's death. Council (funded care home) and trust answered; GP and NHS pharmacy not asked.",
    input: facts("2026-03-15", relative("deceased", "to-follow", "personal-representative"), [
      body("council", "england", { localComplaint: finalResponse("2026-04-01", "2026-06-10") }),
      body("gp-practice", "england", { localComplaint: notMade }),
      body("nhs-trust", "england", { localComplaint: finalResponse("2026-04-01", "2026-07-01") }),
      body("pharmacy", "england", { funding: "nhs", localComplaint: notMade }),
    ]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "not-started", "complete", "not-started"],
      timeLimit: "within",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy", "cqc"],
      includes: ["ready-one-body-finished", "jwt-may-take-whole-case", "representative-suitability-deceased", "authority-personal-representative", "joint-consent"],
    },
  },
  {
    name: "Edna",
    facts: "Daughter with a health and welfare LPA complains for her mother, who has dementia. Council (safeguarding), trust and self-funded nursing home all answered; no risk now.",
    input: facts("2026-01-20", relative("lacks-capacity", "to-follow", "lpa-health-welfare"), [
      body("council", "england", { localComplaint: finalResponse("2026-02-01", "2026-04-01") }),
      body("nhs-trust", "england", { localComplaint: finalResponse("2026-02-01", "2026-04-20") }),
      body("care-provider", "england", { funding: "self", name: "Nursing home", localComplaint: finalResponse("2026-02-01", "2026-03-15") }),
    ], ["social-care"]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "complete", "complete"],
      timeLimit: "within",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy", "cqc"],
      includes: ["ready-to-complain", "lgsco-remit-care-provider", "authority-lpa-health-welfare", "joint-consent"],
    },
  },
  {
    name: "Duncan",
    facts: "Brother-in-law complains with Duncan's agreement about delay in the CHC assessment (not an eligibility dispute). Council answered; trust waiting 2 months; ICB (was CCG) silent 7 months.",
    input: facts(
      dayMonthsBefore(TODAY, DUNCAN.awareMonthsAgo),
      relative("can-consent", "given"),
      DUNCAN.organisations.map((org) =>
        body(org.type, "england", {
          localComplaint:
            org.complaint.status === "final-response"
              ? finalResponse(dayMonthsBefore(TODAY, org.complaint.madeMonthsAgo), dayMonthsBefore(TODAY, org.complaint.finalMonthsAgo))
              : org.complaint.status === "awaiting-response"
                ? awaiting(dayMonthsBefore(TODAY, org.complaint.madeMonthsAgo))
                : notMade,
        }),
      ),
      ["social-care"],
    ),
    expected: {
      ...DUNCAN.expected,
      timeLimit: "within",
      consent: "given",
      signposts: ["nhs-complaints-advocacy", "cqc"],
      includes: ["ready-one-body-finished", "waiting-for-response", "phso-6-months-passed", "jwt-may-take-whole-case", "joint-consent"],
    },
  },
  {
    name: "Tom",
    facts: "Mother complains for her young son about children's social care (county council) and the ICB (was CCG); both answered. The JWT found no fault.",
    input: facts("2026-02-10", relative("child", "to-follow", "parental-responsibility"), [
      body("council", "england", { councilTier: "county", localComplaint: finalResponse("2026-03-01", "2026-04-20") }),
      body("icb", "england", { localComplaint: finalResponse("2026-03-01", "2026-05-02") }),
    ], ["social-care"]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "complete"],
      timeLimit: "within",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy"],
      includes: ["ready-to-complain", "joint-working-team-likely", "representative-suitability-child", "joint-consent"],
    },
  },
];

// Seed C: LGSCO/PHSO joint press release on Integrated Care Systems (England).
const integratedCareCases: Scenario[] = [
  {
    name: "Boy who lost six years of education",
    facts: "Parents complain for their son (medical needs and SEN) about support never agreed between council and ICB; known for years. Council answered; ICB silent 8 months.",
    input: facts("2023-09-01", relative("child", "to-follow", "parental-responsibility"), [
      body("council", "england", { localComplaint: finalResponse("2025-11-01", "2026-02-01") }),
      body("icb", "england", { localComplaint: awaiting("2026-03-10") }),
    ]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "response-overdue"],
      timeLimit: "outside",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy"],
      includes: ["ready-to-complain", "outside-time-limit", "phso-6-months-passed", "joint-consent"],
    },
  },
  {
    name: "Woman with progressing dementia",
    facts: "Family complain after her death about the support and advice from adult social care and the NHS trust in her final months. Council answered; trust not asked yet.",
    input: facts("2026-04-01", relative("deceased", "to-follow"), [
      body("council", "england", { localComplaint: finalResponse("2026-04-15", "2026-06-30") }),
      body("nhs-trust", "england", { localComplaint: notMade }),
    ], ["social-care"]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["complete", "not-started"],
      timeLimit: "within",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy", "cqc"],
      includes: ["ready-one-body-finished", "complain-to-organisation-first", "representative-suitability-deceased", "joint-consent"],
    },
  },
  {
    name: "Young child without overnight care",
    facts: "Mother complains while council children's services and the ICB argue about funding. Council silent for 13 weeks (past 12); ICB for 10 weeks (inside 6 months).",
    input: facts("2026-06-01", relative("child", "to-follow", "parental-responsibility"), [
      body("council", "england", { localComplaint: awaiting("2026-08-22") }),
      body("icb", "england", { localComplaint: awaiting("2026-09-13") }),
    ], ["social-care"]),
    expected: {
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      localProcess: ["response-overdue", "in-progress"],
      timeLimit: "within",
      consent: "representative-suitability",
      signposts: ["nhs-complaints-advocacy"],
      includes: ["ready-one-body-finished", "lgsco-12-weeks-passed", "waiting-for-response", "jwt-may-take-whole-case", "joint-consent"],
    },
  },
];

describe.each([...jointWorkingTeamCases, ...integratedCareCases])("$name", ({ facts: described, input, expected }) => {
  it(`routes as the ombudsmen did: ${described}`, () => {
    const result = routeComplaint(input);
    expect(result).toMatchObject({
      outcome: expected.outcome,
      ombudsmen: expected.ombudsmen,
      jointWorking: expected.jointWorking,
      timeLimit: expected.timeLimit,
      consent: expected.consent,
      mpReferralNeeded: false,
      signposts: expected.signposts,
    });
    expect(result.bodies.map((b) => b.localProcess)).toEqual(expected.localProcess);
    expect(codes(result)).toEqual(expect.arrayContaining([...expected.includes]));
  });
});

// Seed B: PSOW "At Your Service" casebook. All Wales, each one body, all PSOW. Where the seed does
// not name the body it is an NHS Wales health board. Modelled: the complaint was answered locally,
// except Mrs Y, whose council kept her updated through delays (still waiting after 13 weeks).
type CasebookRow = readonly [entry: string, body: BodyInput, complainant: Complainant];
const healthBoard = body("health-board", "wales");
const welshCouncil = body("council", "wales");
/** Ms C's charged care package is adult social care, so her entry has the topic `social-care`. */
const casebookTopics: Readonly<Record<string, Topic[]>> = { "Ms C: charged care package": ["social-care"] };
const casebook: readonly CasebookRow[] = [
  ["Mr A: access lane", welshCouncil, self],
  ["Mr B: son's disability care", healthBoard, relative("lacks-capacity", "to-follow")],
  ["Ms C: charged care package", welshCouncil, self],
  ["Mrs D: daughter's mental health care", healthBoard, relative("can-consent", "given")],
  ["Mrs E for Mr E: emergency department, sepsis", healthBoard, relative("can-consent", "given")],
  ["Mr F for Mr G: hospital discharge", healthBoard, relative("can-consent", "given")],
  ["Ms H for Mrs I: hospital nursing", healthBoard, relative("can-consent", "given")],
  ["Mrs J: delay in diagnosis", healthBoard, self],
  ["Mrs K: surgical team", healthBoard, self],
  ["Ms L for Mr M: regular reviews", healthBoard, relative("can-consent", "given")],
  ["Mrs N: surgery and anaesthetics", healthBoard, self],
  ["Mrs P for Mr P: nursing care plan", healthBoard, relative("can-consent", "given")],
  ["Mrs Q for Mr R: treatment pending diagnosis", healthBoard, relative("can-consent", "given")],
  ["Mr S: clinical team and other agencies", healthBoard, self],
  ["Mrs T for Mr T: clear letter", healthBoard, relative("can-consent", "given")],
  ["Mrs U for Mrs V: bad news handled well", healthBoard, relative("can-consent", "given")],
  ["Mrs W: discharge leaflet", healthBoard, self],
  ["Miss X: debrief by the surgeon", healthBoard, self],
  ["Mrs Y: council complaint handling", body("council", "wales", { localComplaint: awaiting("2026-08-20") }), self],
  ["Mr Z for Mrs Z: full complaint response", healthBoard, relative("can-consent", "given")],
  ["Miss AA: orthopaedics and bacteriology", healthBoard, self],
  ["Mrs BB: radiography", healthBoard, self],
  ["Mrs CC: records", healthBoard, self],
  ["Mrs DD for Mr EE: nursing records", healthBoard, relative("can-consent", "given")],
];

describe("PSOW casebook", () => {
  it("has every entry from Mr A to Mrs DD", () => {
    expect(casebook).toHaveLength(24);
  });

  it.each(casebook)("%s -> PSOW", (entry, organisation, complainant) => {
    const topics = casebookTopics[entry] ?? [];
    const result = routeComplaint(facts("2026-05-01", complainant, [organisation], topics));
    const isCouncil = organisation.type === "council";
    const waiting = organisation.localComplaint.status === "awaiting-response";
    expect(result).toMatchObject({
      outcome: "ready",
      ombudsmen: ["psow"],
      jointWorking: "none",
      bodies: [{ ombudsman: "psow", localProcess: waiting ? "response-overdue" : "complete" }],
      timeLimit: "within",
      consent: complainant.role === "person-affected" ? "not-needed" : complainant.personAffected === "can-consent" ? "given" : "representative-suitability",
      mpReferralNeeded: false,
      // Llais helps with NHS and social care complaints, not with every council matter (v1.1).
      signposts: isCouncil ? (topics.includes("social-care") ? ["llais"] : []) : ["llais", "hiw"],
    });
    expect(codes(result).slice(0, 3)).toEqual([
      "ready-to-complain",
      isCouncil ? "psow-remit-council" : "psow-remit-nhs",
      waiting ? "psow-12-weeks-passed" : "local-process-complete",
    ]);
  });
});
