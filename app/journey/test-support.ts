// Fixtures shared by the journey's unit tests (not used by the app): a fixed
// clock, a tiny directory and complete answer sets to vary one thing at a time.
import type { BodyType } from "~/routing/types";
import type { Answers, Organisation } from "./answers";
import type { CodeInfo, CodeLookup } from "./routing-input";
import { factsFor } from "./facts";
import type { StepContext, WalkContext } from "./step";

export const TODAY = "2026-03-15";

const DIRECTORY: Record<string, CodeInfo> = {
  "7A1": { type: "health-board", nation: "wales", name: "Betsi Cadwaladr University Health Board" },
  RGT: { type: "nhs-trust", nation: "england", name: "Cambridge University Hospitals NHS Foundation Trust" },
  E10000003: { type: "council", nation: "england", councilTier: "county", name: "Cambridgeshire County Council" },
  W06000023: { type: "council", nation: "wales", councilTier: "unitary", name: "Powys County Council" },
  // A closed CCG is routed as the type it now belongs to.
  "00L": { type: "icb", nation: "england", name: "NHS Northumberland CCG" },
};

export const lookup: CodeLookup = (code) => DIRECTORY[code];
export const knownCode = (code: string, type: BodyType) => lookup(code)?.type === type;

export function context(today = TODAY, server = true): WalkContext {
  return { today, lookup, ...(server ? { knownCode } : {}) };
}

/** The context a step's schema gets on the server for these answers (and organisation). */
export function stepContext(answers: Answers = {}, orgId?: string, extra: Partial<StepContext> = {}): StepContext {
  return { today: TODAY, facts: factsFor(answers, orgId), knownCode, ...extra };
}

/** A Welsh health board that has given its final response. */
export const healthBoard = (id = "a1", extra: Partial<Organisation> = {}): Organisation => ({
  id,
  type: "health-board",
  code: "7A1",
  local: { status: "final-response", madeOn: { month: 10, year: 2025 }, finalResponseOn: { month: 12, year: 2025 } },
  ...extra,
});

/** A GP practice named in free text, not yet complained to. */
export const gpPractice = (id = "b2", extra: Partial<Organisation> = {}): Organisation => ({
  id,
  type: "gp-practice",
  name: "Riverside Surgery",
  nation: "england",
  local: { status: "not-made" },
  ...extra,
});

/** Everything answered by the person affected, within time, ready to check. */
export function selfAnswers(extra: Partial<Answers> = {}): Answers {
  return {
    risk: { riskNow: "no" },
    who: { complainant: "person-affected" },
    organisations: [healthBoard()],
    organisationsDone: true,
    whatHappened: { description: "Nobody assessed my needs." },
    dates: { started: { month: 6, year: 2025 }, ongoing: false, ended: { month: 8, year: 2025 }, aware: { month: 7, year: 2025 } },
    impact: { onPerson: "I could not work." },
    putRight: { outcomes: ["apology"] },
    legal: { action: "none", courtDecided: "no" },
    yourDetails: { fullName: "Sam Example", email: "sam@example.org" },
    preferences: { method: "email", letterLanguage: "en" },
    address: {},
    ...extra,
  };
}

/** Everything answered by a relative for someone who can agree, and has. */
export function representativeAnswers(extra: Partial<Answers> = {}): Answers {
  return selfAnswers({
    who: { complainant: "relative-or-friend" },
    personAffected: { fullName: "Duncan Example", status: "can-consent" },
    authority: { consent: "given" },
    impact: { onPerson: "He could not work.", onYou: "I took time off." },
    ...extra,
  });
}

export { toFormData as formData } from "./step";
