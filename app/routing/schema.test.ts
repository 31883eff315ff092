import { validateRoutingRequest, type ErrorKey } from "./schema";

const SERVER_TODAY = "2026-11-22";

/** The contract's example request, made concrete. */
function validRequest(): Record<string, unknown> & { bodies: Record<string, unknown>[]; complainant: Record<string, unknown> } {
  return {
    today: "2026-11-22",
    becameAwareOn: "2026-03-01",
    complainant: { role: "person-affected" },
    bodies: [
      {
        type: "council",
        nation: "england",
        code: "E06000001",
        name: "Hartlepool Borough Council",
        localComplaint: { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20" },
      },
    ],
    legalAction: "none",
    topics: [],
  };
}

type Change = (request: ReturnType<typeof validRequest>) => unknown;
const firstBody = (request: ReturnType<typeof validRequest>) => request.bodies[0] as Record<string, unknown>;
const localComplaint = (request: ReturnType<typeof validRequest>) => firstBody(request).localComplaint as Record<string, unknown>;
const representative = { role: "representative", relationship: "relative-or-friend", personAffected: "can-consent", consent: "given" };

describe("valid requests", () => {
  it.each<[string, Change]>([
    ["the contract example", (r) => r],
    ["no today (the server's date is used)", ({ today: _today, ...r }) => r],
    ["no legal action or topics", ({ legalAction: _l, topics: _t, ...r }) => r],
    ["a representative with every field", (r) => ({ ...r, complainant: { ...representative, authority: "none" } })],
    ["a representative for someone who died", (r) => ({ ...r, complainant: { ...representative, personAffected: "deceased", consent: "to-follow", authority: "personal-representative" } })],
    ["not complained yet, no dates", (r) => ({ ...r, bodies: [{ type: "icb", nation: "england", localComplaint: { status: "not-made" } }] })],
    ["awaiting a response", (r) => ({ ...r, bodies: [{ type: "health-board", nation: "wales", localComplaint: { status: "awaiting-response", madeOn: "2026-11-22" } }] })],
    ["final response the same day as the complaint", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { status: "final-response", madeOn: "2026-06-01", finalResponseOn: "2026-06-01" } }] })],
    ["funding for a care provider", (r) => ({ ...r, bodies: [{ type: "care-provider", nation: "england", funding: "self", localComplaint: { status: "not-made" } }] })],
    ["a district council", (r) => ({ ...r, bodies: [{ ...firstBody(r), councilTier: "district" }], topics: ["social-care"] })],
    ["ten organisations", (r) => ({ ...r, bodies: Array.from({ length: 10 }, () => firstBody(r)) })],
    ["extra fields (ignored)", (r) => ({ ...r, extra: true, bodies: [{ ...firstBody(r), notes: "x" }] })],
    ["a name at the length limit", (r) => ({ ...r, bodies: [{ ...firstBody(r), name: "x".repeat(200) }] })],
    // v1.1 (F6): consent only for a person who can consent.
    ["a representative for someone who died, without consent", (r) => ({ ...r, complainant: { role: "representative", relationship: "relative-or-friend", personAffected: "deceased" } })],
    ["a representative for someone who lacks capacity, without consent", (r) => ({ ...r, complainant: { role: "representative", relationship: "advocate", personAffected: "lacks-capacity", authority: "court-deputy" } })],
    ["a parent for a child, without consent", (r) => ({ ...r, complainant: { role: "representative", relationship: "relative-or-friend", personAffected: "child" } })],
    ["a child who agreed", (r) => ({ ...r, complainant: { role: "representative", relationship: "relative-or-friend", personAffected: "child", consent: "given" } })],
    // v1.1 fields and values.
    ["funding by NHS Wales", (r) => ({ ...r, bodies: [{ type: "nhs-trust", nation: "england", funding: "nhs-wales", localComplaint: { status: "not-made" } }] })],
    ["a council as landlord", (r) => ({ ...r, bodies: [{ ...firstBody(r), asLandlord: true }] })],
    ["a council not as landlord", (r) => ({ ...r, bodies: [{ ...firstBody(r), asLandlord: false }] })],
    ["a reply that was not the last stage", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { ...localComplaint(r), finalStage: false } }] })],
    ["a reply that was the last stage", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { ...localComplaint(r), finalStage: true } }] })],
    ["a court decision", (r) => ({ ...r, courtDecided: true })],
    ["no court decision", (r) => ({ ...r, courtDecided: false })],
    ["every topic", (r) => ({ ...r, topics: ["chc-eligibility", "chc-independent-review-done", "send-tribunal-appeal", "safeguarding-risk-now", "childrens-social-care", "social-care"] })],
  ])("%s", (_label, change) => {
    const result = validateRoutingRequest(change(validRequest()), SERVER_TODAY);
    expect(result.success).toBe(true);
  });

  it("uses the request's today, else the server's", () => {
    const own = validateRoutingRequest({ ...validRequest(), today: "2026-07-01" }, SERVER_TODAY);
    const { today: _today, ...withoutToday } = validRequest();
    const server = validateRoutingRequest(withoutToday, "2026-12-25");
    expect(own.success && own.input.today).toBe("2026-07-01");
    expect(server.success && server.input.today).toBe("2026-12-25");
  });

  it("drops unknown keys, including __proto__, without touching prototypes", () => {
    const text = JSON.stringify(validRequest()).replace('"type":"council"', '"__proto__":{"polluted":true},"type":"council"');
    const result = validateRoutingRequest(JSON.parse(text), SERVER_TODAY);
    expect(result.success).toBe(true);
    expect(result.success && Object.keys(result.input.bodies[0] ?? {})).not.toContain("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("invalid requests give one problem per fault, with a message key", () => {
  it.each<[string, Change, [string, ErrorKey][]]>([
    ["not an object: array", () => [], [["", "request-invalid"]]],
    ["not an object: null", () => null, [["", "request-invalid"]]],
    ["not an object: string", () => "council", [["", "request-invalid"]]],
    ["missing becameAwareOn", ({ becameAwareOn: _b, ...r }) => r, [["becameAwareOn", "became-aware-on-required"]]],
    ["becameAwareOn not a real date", (r) => ({ ...r, becameAwareOn: "2026-02-30" }), [["becameAwareOn", "became-aware-on-invalid"]]],
    ["becameAwareOn a number", (r) => ({ ...r, becameAwareOn: 20260301 }), [["becameAwareOn", "became-aware-on-invalid"]]],
    ["becameAwareOn after today", (r) => ({ ...r, becameAwareOn: "2026-11-23" }), [["becameAwareOn", "became-aware-on-future"]]],
    ["today not a real date", (r) => ({ ...r, today: "2026-13-01" }), [["today", "today-invalid"]]],
    ["today null", (r) => ({ ...r, today: null }), [["today", "today-invalid"]]],
    ["an earlier today puts the final response in the future", (r) => ({ ...r, today: "2026-05-01" }), [["bodies.0.localComplaint.finalResponseOn", "final-response-on-future"]]],
    ["missing complainant", ({ complainant: _c, ...r }) => r, [["complainant", "complainant-required"]]],
    ["complainant a string", (r) => ({ ...r, complainant: "me" }), [["complainant", "complainant-required"]]],
    ["missing role", (r) => ({ ...r, complainant: {} }), [["complainant.role", "role-required"]]],
    ["unknown role", (r) => ({ ...r, complainant: { role: "parent" } }), [["complainant.role", "role-invalid"]]],
    [
      "representative with nothing else",
      (r) => ({ ...r, complainant: { role: "representative" } }),
      [
        ["complainant.relationship", "relationship-required"],
        ["complainant.personAffected", "person-affected-required"],
      ],
    ],
    [
      "representative with a wrong relationship and a missing person affected",
      (r) => ({ ...r, complainant: { role: "representative", relationship: "cousin", consent: "given" } }),
      [
        ["complainant.relationship", "relationship-invalid"],
        ["complainant.personAffected", "person-affected-required"],
      ],
    ],
    ["unknown consent", (r) => ({ ...r, complainant: { ...representative, consent: "yes" } }), [["complainant.consent", "consent-invalid"]]],
    ["a person who can consent, without consent", (r) => ({ ...r, complainant: { role: "representative", relationship: "other", personAffected: "can-consent" } }), [["complainant.consent", "consent-required"]]],
    ["consent present but unlisted, for someone who died", (r) => ({ ...r, complainant: { role: "representative", relationship: "other", personAffected: "deceased", consent: "maybe" } }), [["complainant.consent", "consent-invalid"]]],
    ["asLandlord as text", (r) => ({ ...r, bodies: [{ ...firstBody(r), asLandlord: "yes" }] }), [["bodies.0.asLandlord", "as-landlord-invalid"]]],
    ["asLandlord null", (r) => ({ ...r, bodies: [{ ...firstBody(r), asLandlord: null }] }), [["bodies.0.asLandlord", "as-landlord-invalid"]]],
    ["finalStage as text", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { ...localComplaint(r), finalStage: "no" } }] }), [["bodies.0.localComplaint.finalStage", "final-stage-invalid"]]],
    ["courtDecided as a number", (r) => ({ ...r, courtDecided: 1 }), [["courtDecided", "court-decided-invalid"]]],
    ["funding from Wales, spelt another way", (r) => ({ ...r, bodies: [{ ...firstBody(r), type: "dentist", funding: "wales" }] }), [["bodies.0.funding", "funding-invalid"]]],
    ["a topic that is not text", (r) => ({ ...r, topics: [7] }), [["topics.0", "topic-invalid"]]],
    ["unknown authority", (r) => ({ ...r, complainant: { ...representative, authority: "power" } }), [["complainant.authority", "authority-invalid"]]],
    ["missing bodies", ({ bodies: _b, ...r }) => r, [["bodies", "bodies-required"]]],
    ["bodies an object", (r) => ({ ...r, bodies: firstBody(r) }), [["bodies", "bodies-required"]]],
    ["no bodies", (r) => ({ ...r, bodies: [] }), [["bodies", "bodies-empty"]]],
    ["eleven bodies", (r) => ({ ...r, bodies: Array.from({ length: 11 }, () => firstBody(r)) }), [["bodies", "bodies-too-many"]]],
    ["a body that is a number", (r) => ({ ...r, bodies: [5] }), [["bodies.0", "body-invalid"]]],
    [
      "a body missing type and nation",
      (r) => ({ ...r, bodies: [{ localComplaint: { status: "not-made" } }] }),
      [
        ["bodies.0.type", "type-required"],
        ["bodies.0.nation", "nation-required"],
      ],
    ],
    ["unknown type", (r) => ({ ...r, bodies: [{ ...firstBody(r), type: "hospital" }] }), [["bodies.0.type", "type-invalid"]]],
    ["nation with a capital", (r) => ({ ...r, bodies: [{ ...firstBody(r), nation: "Wales" }] }), [["bodies.0.nation", "nation-invalid"]]],
    ...(["care-provider", "independent-healthcare", "dentist", "optician", "pharmacy"] as const).map(
      (type): [string, Change, [string, ErrorKey][]] => [
        `${type} without funding`,
        (r) => ({ ...r, bodies: [{ ...firstBody(r), type }] }),
        [["bodies.0.funding", "funding-required"]],
      ],
    ),
    ["unknown funding", (r) => ({ ...r, bodies: [{ ...firstBody(r), type: "dentist", funding: "private" }] }), [["bodies.0.funding", "funding-invalid"]]],
    ["code too long", (r) => ({ ...r, bodies: [{ ...firstBody(r), code: "E".repeat(21) }] }), [["bodies.0.code", "code-invalid"]]],
    ["name too long", (r) => ({ ...r, bodies: [{ ...firstBody(r), name: "x".repeat(201) }] }), [["bodies.0.name", "name-invalid"]]],
    ["name a number", (r) => ({ ...r, bodies: [{ ...firstBody(r), name: 5 }] }), [["bodies.0.name", "name-invalid"]]],
    ["unknown council tier", (r) => ({ ...r, bodies: [{ ...firstBody(r), councilTier: "parish" }] }), [["bodies.0.councilTier", "council-tier-invalid"]]],
    ["council tier on a trust", (r) => ({ ...r, bodies: [{ ...firstBody(r), type: "nhs-trust", councilTier: "district" }] }), [["bodies.0.councilTier", "council-tier-not-council"]]],
    ["missing localComplaint", (r) => ({ ...r, bodies: [{ type: "council", nation: "england" }] }), [["bodies.0.localComplaint", "local-complaint-required"]]],
    ["missing status", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: {} }] }), [["bodies.0.localComplaint.status", "status-required"]]],
    ["unknown status", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { status: "done" } }] }), [["bodies.0.localComplaint.status", "status-invalid"]]],
    ["awaiting without madeOn", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { status: "awaiting-response" } }] }), [["bodies.0.localComplaint.madeOn", "made-on-required"]]],
    [
      "final response without dates",
      (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { status: "final-response" } }] }),
      [
        ["bodies.0.localComplaint.madeOn", "made-on-required"],
        ["bodies.0.localComplaint.finalResponseOn", "final-response-on-required"],
      ],
    ],
    ["madeOn in UK format", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { ...localComplaint(r), madeOn: "01/04/2026" } }] }), [["bodies.0.localComplaint.madeOn", "made-on-invalid"]]],
    ["madeOn after today", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { status: "awaiting-response", madeOn: "2026-12-01" } }] }), [["bodies.0.localComplaint.madeOn", "made-on-future"]]],
    ["final response before the complaint", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { ...localComplaint(r), finalResponseOn: "2026-03-31" } }] }), [["bodies.0.localComplaint.finalResponseOn", "final-response-on-before-made-on"]]],
    ["final response not a real date", (r) => ({ ...r, bodies: [{ ...firstBody(r), localComplaint: { ...localComplaint(r), finalResponseOn: "2026-06-31" } }] }), [["bodies.0.localComplaint.finalResponseOn", "final-response-on-invalid"]]],
    ["unknown legal action", (r) => ({ ...r, legalAction: "sued" }), [["legalAction", "legal-action-invalid"]]],
    ["topics a string", (r) => ({ ...r, topics: "chc-eligibility" }), [["topics", "topics-invalid"]]],
    ["unknown topic", (r) => ({ ...r, topics: ["social-care", "chc"] }), [["topics.1", "topic-invalid"]]],
    ["too many topics", (r) => ({ ...r, topics: Array.from({ length: 21 }, () => "social-care") }), [["topics", "topics-invalid"]]],
    [
      "several faults across the request at once",
      (r) => ({
        ...r,
        complainant: {},
        bodies: [
          { ...firstBody(r), nation: "france" },
          { type: "pharmacy", nation: "wales", localComplaint: { status: "awaiting-response" } },
        ],
        legalAction: 3,
      }),
      [
        ["complainant.role", "role-required"],
        ["bodies.0.nation", "nation-invalid"],
        ["bodies.1.localComplaint.madeOn", "made-on-required"],
        ["bodies.1.funding", "funding-required"],
        ["legalAction", "legal-action-invalid"],
      ],
    ],
  ])("%s", (_label, change, expected) => {
    const result = validateRoutingRequest(change(validRequest()), SERVER_TODAY);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.problems.map((p) => [p.path, p.key])).toEqual(expected);
  });
});
