// Thousands of random but valid inputs: the engine's invariants hold, and every reason code
// in reasons.ts is actually given for some facts (no dead codes).
import { addDays } from "./dates";
import { routeComplaint } from "./engine";
import { REASON_CODES, type ReasonCode } from "./reasons";
import { pick, seededRandom } from "./test-support";
import {
  AUTHORITIES,
  BODY_TYPES,
  CONSENT_VALUES,
  COUNCIL_TIERS,
  FUNDING_CODES,
  FUNDING_REQUIRED_TYPES,
  LEGAL_ACTIONS,
  NATIONS,
  PERSON_AFFECTED,
  RELATIONSHIPS,
  TOPICS,
  type BodyInput,
  type Complainant,
  type LocalComplaint,
  type RoutingInput,
} from "./types";

const TODAY = "2026-11-22";

function randomInput(random: () => number): RoutingInput {
  const daysAgo = (max: number) => addDays(TODAY, -Math.floor(random() * max));
  const localComplaint = (): LocalComplaint => {
    const status = pick(random, ["not-made", "awaiting-response", "final-response"] as const);
    if (status === "not-made") return { status };
    const madeOn = daysAgo(400);
    if (status === "awaiting-response") return { status, madeOn };
    const finalStage = random() < 0.2 ? { finalStage: random() < 0.5 } : {};
    return { status, madeOn, finalResponseOn: madeOn, ...finalStage };
  };
  const organisation = (): BodyInput => {
    const type = pick(random, BODY_TYPES);
    const needsFunding = FUNDING_REQUIRED_TYPES.some((t) => t === type);
    return {
      type,
      nation: pick(random, NATIONS),
      ...(needsFunding || random() < 0.2 ? { funding: pick(random, FUNDING_CODES) } : {}),
      ...(type === "council" && random() < 0.6 ? { councilTier: pick(random, COUNCIL_TIERS) } : {}),
      ...(random() < 0.15 ? { asLandlord: random() < 0.7 } : {}),
      ...(random() < 0.3 ? { name: "Named organisation" } : {}),
      localComplaint: localComplaint(),
    };
  };
  const complainant: Complainant =
    random() < 0.3
      ? { role: "person-affected" }
      : {
          role: "representative",
          relationship: pick(random, RELATIONSHIPS),
          personAffected: pick(random, PERSON_AFFECTED),
          ...(random() < 0.8 ? { consent: pick(random, CONSENT_VALUES) } : {}),
          ...(random() < 0.7 ? { authority: pick(random, AUTHORITIES) } : {}),
        };
  return {
    today: TODAY,
    becameAwareOn: daysAgo(800),
    complainant,
    bodies: Array.from({ length: 1 + Math.floor(random() * 4) }, organisation),
    legalAction: pick(random, LEGAL_ACTIONS),
    ...(random() < 0.3 ? { courtDecided: random() < 0.5 } : {}),
    topics: TOPICS.filter(() => random() < 0.25),
  };
}

it("keeps its invariants and reaches every reason code", { timeout: 60_000 }, () => {
  const random = seededRandom(42);
  const seen = new Set<ReasonCode>();
  for (let i = 0; i < 5000; i++) {
    const input = randomInput(random);
    const result = routeComplaint(input);
    result.reasons.forEach((r) => seen.add(r.code));

    expect(result.bodies).toHaveLength(input.bodies.length);
    const covering = result.bodies.flatMap((b) => (b.ombudsman ? [b.ombudsman] : []));
    expect(result.ombudsmen).toEqual([...new Set(covering)].sort());
    expect(result.outcome === "urgent-help-first").toBe(input.topics?.includes("safeguarding-risk-now") ?? false);
    if (result.outcome !== "urgent-help-first") expect(result.outcome).toBe(result.readiness);
    // Urgent help, then any court decision, then the outcome.
    const lead = [...(result.outcome === "urgent-help-first" ? ["urgent-help-first"] : []), ...(input.courtDecided ? ["court-decided"] : [])];
    expect(result.reasons.slice(0, lead.length).map((r) => r.code)).toEqual(lead);
    expect(result.reasons[lead.length]?.code).toMatch(/^(ready-|not-ready-yet|not-for-these|not-usually-for-these)/);
    // v1.1: the Joint Working Team only with an LGSCO body and a PHSO health body.
    const jwt =
      result.bodies.some((b) => b.ombudsman === "lgsco") &&
      result.bodies.some((b, i) => b.ombudsman === "phso" && input.bodies[i]?.type !== "government-department");
    expect(result.jointWorking === "joint-working-team").toBe(jwt);
    expect(result.reasons.some((r) => r.code === "joint-consent")).toBe(jwt);
    // A reason that names organisations names real ones, in order.
    for (const reason of result.reasons) {
      const listed = reason.params?.bodyIndexes;
      if (typeof listed === "string") {
        const indexes = listed.split(",").map(Number);
        expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
        for (const index of indexes) expect(result.bodies[index]?.localProcess).toBe("not-started");
      }
    }
    expect(new Set(result.signposts).size).toBe(result.signposts.length);
    for (const reason of result.reasons) {
      const index = reason.params?.bodyIndex;
      if (index !== undefined) expect(input.bodies[Number(index)]).toBeDefined();
    }
  }
  expect(REASON_CODES.filter((code) => !seen.has(code))).toEqual([]);
});
