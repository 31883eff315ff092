// Seeded fuzzing of the API handler: random JSON, broken JSON and mutations of valid requests.
// Whatever comes in, the answer is 200, 400 or 413, never a throw; a 200 has the contract's shape
// and a 400/413 only ever carries our own translated messages.
import * as z from "zod";
import { handleRoutingRequest } from "./api";
import { REASON_CODES } from "./reasons";
import { ERROR_KEYS } from "./schema";
import { pick, seededRandom } from "./test-support";
import { createRoutingTranslator, errorMessage, type RoutingLanguage } from "./texts";
import {
  AUTHORITIES,
  BODY_TYPES,
  CONSENT_STATES,
  CONSENT_VALUES,
  COUNCIL_TIERS,
  FUNDING_CODES,
  JOINT_WORKING,
  LEGAL_ACTIONS,
  LOCAL_PROCESSES,
  LOCAL_STATUSES,
  NATIONS,
  OMBUDSMEN,
  OUTCOMES,
  PERSON_AFFECTED,
  RELATIONSHIPS,
  ROLES,
  SIGNPOSTS,
  TIME_LIMITS,
  TOPICS,
} from "./types";

const contractResponse = z.object({
  outcome: z.enum(OUTCOMES),
  ombudsmen: z.array(z.enum(OMBUDSMEN)),
  jointWorking: z.enum(JOINT_WORKING),
  bodies: z.array(z.object({ ombudsman: z.enum(OMBUDSMEN).nullable(), localProcess: z.enum(LOCAL_PROCESSES) })).min(1),
  timeLimit: z.enum(TIME_LIMITS),
  consent: z.enum(CONSENT_STATES),
  mpReferralNeeded: z.boolean(),
  signposts: z.array(z.enum(SIGNPOSTS)),
  reasons: z.array(z.object({ code: z.enum(REASON_CODES), text: z.string().min(1) })).min(1),
});

const validRequests = [
  {
    today: "2026-11-22",
    becameAwareOn: "2026-03-01",
    complainant: { role: "person-affected" },
    bodies: [{ type: "council", nation: "england", code: "E06000001", name: "Hartlepool Borough Council", localComplaint: { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20" } }],
    legalAction: "none",
    topics: [],
  },
  {
    becameAwareOn: "2025-10-01",
    complainant: { role: "representative", relationship: "advocate", personAffected: "lacks-capacity", consent: "to-follow", authority: "court-deputy" },
    bodies: [
      { type: "care-provider", nation: "england", funding: "self", localComplaint: { status: "awaiting-response", madeOn: "2026-02-01" } },
      { type: "icb", nation: "england", localComplaint: { status: "not-made" } },
      { type: "health-board", nation: "wales", localComplaint: { status: "final-response", madeOn: "2026-01-01", finalResponseOn: "2026-03-01" } },
      { type: "council", nation: "england", councilTier: "district", localComplaint: { status: "not-made" } },
    ],
    legalAction: "considering",
    topics: ["chc-eligibility", "social-care"],
  },
  // Contract v1.1: every new field, with the consent of a person who died left out.
  {
    today: "2026-11-22",
    becameAwareOn: "2026-06-01",
    complainant: { role: "representative", relationship: "relative-or-friend", personAffected: "deceased" },
    bodies: [
      { type: "nhs-trust", nation: "england", funding: "nhs-wales", localComplaint: { status: "final-response", madeOn: "2026-06-01", finalResponseOn: "2026-07-01" } },
      { type: "council", nation: "wales", localComplaint: { status: "final-response", madeOn: "2026-06-01", finalResponseOn: "2026-07-01", finalStage: false } },
      { type: "council", nation: "england", asLandlord: true, localComplaint: { status: "not-made" } },
      { type: "icb", nation: "england", localComplaint: { status: "awaiting-response", madeOn: "2026-03-01" } },
      { type: "government-department", nation: "scotland", localComplaint: { status: "not-made" } },
    ],
    courtDecided: true,
    topics: ["chc-eligibility", "childrens-social-care", "send-tribunal-appeal"],
  },
];

const KEYS = [
  "today", "becameAwareOn", "complainant", "role", "relationship", "personAffected", "consent", "authority", "bodies",
  "type", "nation", "funding", "code", "name", "councilTier", "asLandlord", "localComplaint", "status", "madeOn", "finalResponseOn",
  "finalStage", "legalAction", "courtDecided", "topics", "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty",
];
const SCALARS: unknown[] = [
  null, true, false, 0, -1, 1.5, 1e308, "", " ", "x", "null", "2026-01-01", "2026-02-30", "2026-11-23", "0000-01-01",
  "9999-12-31", "council", "england", "representative", "final-response", "__proto__", "{{date}}", "$t(reasons.ready)",
  "💥", "\u0000", "é".repeat(50), ...BODY_TYPES, ...NATIONS, ...TOPICS,
];

/** Other valid values for a field, so that many mutations stay valid and reach the engine. */
const VALID: Record<string, readonly unknown[]> = {
  type: BODY_TYPES,
  nation: NATIONS,
  funding: FUNDING_CODES,
  councilTier: COUNCIL_TIERS,
  asLandlord: [true, false],
  finalStage: [true, false],
  courtDecided: [true, false],
  status: LOCAL_STATUSES,
  role: ROLES,
  relationship: RELATIONSHIPS,
  personAffected: PERSON_AFFECTED,
  consent: CONSENT_VALUES,
  authority: AUTHORITIES,
  legalAction: LEGAL_ACTIONS,
  madeOn: ["2025-01-31", "2026-02-28", "2026-08-31", "2026-11-22"],
  finalResponseOn: ["2026-03-01", "2026-09-30", "2026-11-22"],
  becameAwareOn: ["2024-02-29", "2025-11-21", "2025-11-22", "2026-11-22"],
};

function randomValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.4) return pick(random, SCALARS);
  if (roll < 0.5) return "z".repeat(Math.floor(random() * 80000));
  if (roll < 0.75) return Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random, depth + 1));
  // fromEntries makes "__proto__" an own key, as JSON.parse does.
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(random, KEYS), randomValue(random, depth + 1)]));
}

type Container = Record<string, unknown> | unknown[];
function slots(value: unknown, found: [Container, string | number][] = []): [Container, string | number][] {
  if (Array.isArray(value)) value.forEach((item, i) => (found.push([value, i]), slots(item, found)));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) found.push([value as Record<string, unknown>, key]), slots(item, found);
  }
  return found;
}

function mutated(random: () => number): string {
  const request: unknown = structuredClone(pick(random, validRequests));
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const places = slots(request);
    if (places.length === 0) break;
    const [container, key] = pick(random, places);
    const target = container as Record<string | number, unknown>;
    const op = random();
    const valid = typeof key === "string" && Object.hasOwn(VALID, key) ? VALID[key] : undefined;
    if (valid && random() < 0.7) target[key] = pick(random, valid);
    else if (op < 0.2 && !Array.isArray(container)) delete target[key];
    else if (op < 0.35) target[key] = [target[key]];
    else if (op < 0.45) target[key] = Object.fromEntries([["__proto__", target[key]]]);
    else if (op < 0.5 && !Array.isArray(container)) {
      Object.defineProperty(container, "__proto__", { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
    }
    else target[key] = randomValue(random);
  }
  const text = JSON.stringify(request);
  const textual = random();
  if (textual < 0.05) return text.slice(0, Math.floor(random() * text.length));
  if (textual < 0.1) {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + pick(random, ["{", "}", '"', ",", "\\", "]", ":"]) + text.slice(at);
  }
  return text;
}

const knownMessages = (lang: RoutingLanguage) => {
  const translator = createRoutingTranslator(lang);
  return new Set(ERROR_KEYS.map((key) => errorMessage(key, translator)));
};

// About 2 s alone; the long timeout keeps it reliable on a busy machine.
it("answers every input with 200, 400 or 413 and the right shape", { timeout: 60_000 }, () => {
  const random = seededRandom(20261122);
  const messages = { en: knownMessages("en"), cy: knownMessages("cy") };
  const statuses: Record<number, number> = {};
  const reached = new Set<string>();
  for (let i = 0; i < 3000; i++) {
    const bodyText = i < 1000 ? (JSON.stringify(randomValue(random)) ?? "") : mutated(random);
    const lang = pick(random, ["en", "cy"] as const);
    const response = handleRoutingRequest({ bodyText, contentType: "application/json", lang, today: "2026-11-22" });
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;

    expect([200, 400, 413], bodyText.slice(0, 300)).toContain(response.status);
    if (response.status === 200) {
      const body = contractResponse.parse(response.json);
      expect(body.bodies).toHaveLength((JSON.parse(bodyText) as { bodies: unknown[] }).bodies.length);
      expect(body.ombudsmen).toEqual([...new Set(body.ombudsmen)].sort());
      for (const { code, text } of body.reasons) {
        expect(text).not.toMatch(/\{\{|reasons\./);
        reached.add(code);
      }
    } else {
      expect(response.json.errors.length).toBeGreaterThan(0);
      for (const error of response.json.errors) {
        expect(typeof error.path).toBe("string");
        expect(messages[lang], error.message).toContain(error.message);
      }
    }
  }
  // The fuzzing reached every kind of answer.
  expect(statuses[200]).toBeGreaterThan(200);
  expect(statuses[400]).toBeGreaterThan(200);
  expect(statuses[413]).toBeGreaterThan(50);
  // Mutations of the v1.1 request reach the reasons v1.1 added.
  const v11: string[] = ["court-decided", "complain-to-others-too", "joint-consent", "next-stage-first", "chc-review-first", "housing-ombudsman-remit-council-landlord", "devolved-department-elsewhere"];
  expect(v11.filter((code) => !reached.has(code))).toEqual([]);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
