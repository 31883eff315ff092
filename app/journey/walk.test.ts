// The walk over the answers: which steps are on the path, which are complete,
// which may be opened, and where "Continue" and "Back" go. Pure: a fixed date
// and a five-entry directory.
import type { Answers } from "./answers";
import type { StepKind } from "./registry";
import { outsideTimeLimit } from "./time-limit";
import { canVisit, firstIncomplete, isComplete, next, onPathAnswers, path, previous, readyToCheck, refFromSlug, slugFor, type JourneyRef as StepRef } from "./walk";
import { context, gpPractice, healthBoard, representativeAnswers, selfAnswers, TODAY } from "./test-support";

const ctx = context();

/** The path up to check your answers, written as "kind" or "kind:orgId". */
function journey(answers: Answers, today = TODAY): string[] {
  const steps = path(answers, context(today));
  return steps.slice(0, steps.findIndex((step) => step.kind === "check-answers") + 1).map((s) => (s.orgId ? `${s.kind}:${s.orgId}` : s.kind));
}

const ref = (kind: StepKind, orgId?: string): StepRef => (orgId ? { kind, orgId } : { kind });
const at = (text: string): StepRef => {
  const [kind, orgId] = text.split(":");
  return ref(kind as StepKind, orgId);
};

/** Table rows with the answers (row[1]) moved last, so a test's name is made of words only. */
function answersLast<T extends [string, Answers, ...unknown[]]>(rows: T[]) {
  return rows.map(([name, answers, ...rest]) => [name, ...rest, answers] as unknown as [string, ...unknown[]]) as never as Array<[string, ...Drop2<T>, Answers]>;
}
/** The same for rows whose answers are row[2]. */
function answersLast2<T extends [string, string, Answers, ...unknown[]]>(rows: T[]) {
  return rows.map(([step, name, answers, ...rest]) => [step, name, ...rest, answers]) as never as Array<[string, string, ...Drop3<T>, Answers]>;
}
type Drop2<T> = T extends [unknown, unknown, ...infer R] ? R : never;
type Drop3<T> = T extends [unknown, unknown, unknown, ...infer R] ? R : never;

const TAIL = ["what-happened", "dates", "impact", "put-right", "legal-action", "outcome", "your-details", "preferences", "address", "check-answers"];
const withDelay = (tail: string[]) => [...tail.slice(0, 5), "delay", ...tail.slice(5)];

describe("path", () => {
  it.each<[string, Answers, string[]]>([
    ["a fresh start", {}, ["risk", "who", "organisations", ...TAIL]],
    ["no one at risk", { risk: { riskNow: "no" } }, ["risk", "who", "organisations", ...TAIL]],
    ["someone at risk: get help now", { risk: { riskNow: "yes" } }, ["risk", "urgent-help", "who", "organisations", ...TAIL]],
    ["the person affected", { who: { complainant: "person-affected" } }, ["risk", "who", "organisations", ...TAIL]],
    ["a relative", { who: { complainant: "relative-or-friend" } }, ["risk", "who", "person-affected", "authority", "organisations", ...TAIL]],
    ["someone else", { who: { complainant: "other", otherDescription: "Neighbour" } }, ["risk", "who", "person-affected", "authority", "organisations", ...TAIL]],
    [
      "two organisations, each with its three questions, in order",
      { organisations: [{ id: "a1" }, { id: "b2" }] },
      ["risk", "who", "org-type:a1", "org-which:a1", "org-complaint:a1", "org-type:b2", "org-which:b2", "org-complaint:b2", "organisations", ...TAIL],
    ],
    ["out of time: why not sooner", { dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } }, ["risk", "who", "organisations", ...withDelay(TAIL)]],
    [
      "everything at once",
      representativeAnswers({ risk: { riskNow: "yes" }, dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } }),
      ["risk", "urgent-help", "who", "person-affected", "authority", "org-type:a1", "org-which:a1", "org-complaint:a1", "organisations", ...withDelay(TAIL)],
    ],
  ])("%s", (_, answers, expected) => {
    expect(journey(answers)).toEqual(expected);
  });

  // The 12 months run from the last day of the month the person first knew (or today, in the current month).
  it.each<[string, string, boolean]>([
    ["2025-03", "2026-03-15", false],
    ["2025-03", "2026-03-31", false],
    ["2025-03", "2026-04-01", true],
    ["2025-02", "2026-02-28", false],
    ["2025-02", "2026-03-01", true],
    ["2025-04", "2026-03-15", false],
    ["2024-02", "2025-02-28", false],
    ["2024-02", "2025-03-01", true],
    ["2023-02", "2024-02-28", false],
    ["2023-02", "2024-02-29", true],
    ["2026-03", "2026-03-15", false],
    ["2027-01", "2026-03-15", false],
    ["1900-01", "2026-03-15", true],
  ])("first knew in %s, today %s: outside the limit is %s", (aware, today, outside) => {
    const [year, month] = aware.split("-").map(Number) as [number, number];
    const answers = selfAnswers({ dates: { started: { month, year }, ongoing: true, aware: { month, year } } });
    expect(outsideTimeLimit(answers, today)).toBe(outside);
    expect(journey(answers, today).includes("delay")).toBe(outside);
  });

  it("asks nothing about time before the dates are given", () => {
    expect(outsideTimeLimit({}, TODAY)).toBe(false);
  });
});

describe("isComplete", () => {
  const gp = (extra: Partial<NonNullable<Answers["organisations"]>[number]> = {}) => selfAnswers({ organisations: [gpPractice("b2", extra)] });
  const board = (extra: Partial<NonNullable<Answers["organisations"]>[number]> = {}) => selfAnswers({ organisations: [healthBoard("a1", extra)] });
  const rep = representativeAnswers;

  it.each(answersLast2<[string, string, Answers, boolean]>([
    ["risk", "answered", selfAnswers(), true],
    ["risk", "not answered", selfAnswers({ risk: undefined }), false],
    ["risk", "a stored value no longer allowed", selfAnswers({ risk: { riskNow: "maybe" as "yes" } }), false],
    ["urgent-help", "an information page", {}, true],
    ["who", "answered", selfAnswers(), true],
    ["who", "someone else, not described", selfAnswers({ who: { complainant: "other" } }), false],
    ["person-affected", "answered", rep(), true],
    ["person-affected", "no name", rep({ personAffected: { fullName: "", status: "child" } }), false],
    ["authority", "consent given", rep(), true],
    ["authority", "only an authority where consent is now asked", rep({ authority: { authority: "none" } }), false],
    ["authority", "an authority for someone who has died", rep({ personAffected: { fullName: "G", status: "deceased" }, authority: { authority: "personal-representative" } }), true],
    ["authority", "consent for someone who has died", rep({ personAffected: { fullName: "G", status: "deceased" }, authority: { consent: "given" } }), false],
    ["org-type:a1", "chosen", board(), true],
    ["org-type:a1", "not chosen", board({ type: undefined }), false],
    ["org-which:a1", "a health board's code", board(), true],
    ["org-which:a1", "a trust's code for a health board", board({ code: "RGT" }), false],
    ["org-which:a1", "a code not in the directory", board({ code: "ZZZ" }), false],
    ["org-which:a1", "not listed: a name and country", board({ code: undefined, name: "Hywel Dda", nation: "wales" }), true],
    ["org-which:a1", "nothing chosen", board({ code: undefined }), false],
    ["org-which:b2", "a GP named in free text", gp(), true],
    ["org-which:b2", "a GP without a country", gp({ nation: undefined }), false],
    ["org-which:b2", "a care provider without funding", gp({ type: "care-provider" }), false],
    ["org-which:b2", "a care provider with funding", gp({ type: "care-provider", funding: "self" }), true],
    ["org-complaint:a1", "a final response", board(), true],
    ["org-complaint:b2", "not made", gp(), true],
    ["org-complaint:a1", "not answered", board({ local: undefined }), false],
    ["org-complaint:a1", "a final response before the complaint", board({ local: { status: "final-response", madeOn: { month: 12, year: 2025 }, finalResponseOn: { month: 10, year: 2025 } } }), false],
    ["org-complaint:a1", "a final response without its date", board({ local: { status: "final-response", madeOn: { month: 12, year: 2025 } } }), false],
    ["org-complaint:a1", "waiting, since a month not yet come", board({ local: { status: "awaiting-response", madeOn: { month: 5, year: 2026 } } }), false],
    ["org-complaint:zz", "an organisation that is not there", board(), false],
    ["organisations", "all finished and no more to add", selfAnswers(), true],
    ["organisations", "no organisations", selfAnswers({ organisations: [] }), false],
    ["organisations", "the list not yet confirmed", selfAnswers({ organisationsDone: false }), false],
    ["organisations", "one unfinished", selfAnswers({ organisations: [healthBoard(), { id: "b2", type: "gp-practice" }] }), false],
    ["what-happened", "answered", selfAnswers(), true],
    ["what-happened", "over the limit", selfAnswers({ whatHappened: { description: "x".repeat(10001) } }), false],
    ["dates", "answered", selfAnswers(), true],
    ["dates", "stopped before it started", selfAnswers({ dates: { started: { month: 6, year: 2025 }, ongoing: false, ended: { month: 5, year: 2025 }, aware: { month: 7, year: 2025 } } }), false],
    ["dates", "stopped, no end date", selfAnswers({ dates: { started: { month: 6, year: 2025 }, ongoing: false, aware: { month: 7, year: 2025 } } }), false],
    ["impact", "answered", selfAnswers(), true],
    ["impact", "empty", selfAnswers({ impact: { onPerson: "" } }), false],
    ["put-right", "answered", selfAnswers(), true],
    ["put-right", "no outcomes", selfAnswers({ putRight: { outcomes: [] } }), false],
    ["put-right", "an outcome no longer offered", selfAnswers({ putRight: { outcomes: ["refund" as "apology"] } }), false],
    ["legal-action", "answered", selfAnswers(), true],
    ["legal-action", "a decision, not described", selfAnswers({ legal: { action: "finished", courtDecided: "yes" } }), false],
    ["outcome", "an organisation has replied", selfAnswers(), true],
    ["outcome", "too early: not yet complained to", gp(), false],
    ["outcome", "not for these ombudsmen", selfAnswers({ organisations: [gpPractice("b2", { type: "social-landlord", local: healthBoard().local })] }), false],
    ["your-details", "answered", selfAnswers(), true],
    ["your-details", "no way to reach them", selfAnswers({ yourDetails: { fullName: "Sam" } }), false],
    ["preferences", "answered", selfAnswers(), true],
    ["preferences", "by email, after the email address was removed", selfAnswers({ yourDetails: { fullName: "Sam", phone: "029 2018 0500" } }), false],
    ["address", "none needed", selfAnswers(), true],
    ["address", "by post, no address", selfAnswers({ preferences: { method: "post", letterLanguage: "en" } }), false],
    ["address", "by post, with an address", selfAnswers({ preferences: { method: "post", letterLanguage: "en" }, address: { line1: "1 High St", town: "Rhyl", postcode: "LL18 1AA" } }), true],
    ["address", "not answered", selfAnswers({ address: undefined }), false],
    ["check-answers", "not yet confirmed", selfAnswers(), false],
  ]))("%s: %s is %s", (step, _, complete, answers) => {
    expect(isComplete(at(step), answers, ctx)).toBe(complete);
  });

  it("accepts any code in the browser, where the directory is not at hand", () => {
    const answers = selfAnswers({ organisations: [healthBoard("a1", { code: "ZZZ" })] });
    expect(isComplete(ref("org-which", "a1"), answers, context(TODAY, false))).toBe(true);
  });

  it("re-checks stored dates against today", () => {
    const answers = selfAnswers();
    expect(isComplete(ref("dates"), answers, context("2025-07-31"))).toBe(false);
    expect(isComplete(ref("dates"), answers, context("2025-08-01"))).toBe(true);
  });
});

describe("canVisit", () => {
  const twoOrgs = (second: NonNullable<Answers["organisations"]>[number]) =>
    selfAnswers({ organisations: [healthBoard(), second], organisationsDone: false });

  it.each(answersLast<[string, Answers, string, boolean]>([
    ["a fresh start", {}, "risk", true],
    ["a fresh start", {}, "who", false],
    ["a fresh start", {}, "dates", false],
    ["a fresh start", {}, "organisations", false],
    ["a fresh start", {}, "check-answers", false],
    ["a fresh start", {}, "urgent-help", false],
    ["at risk", { risk: { riskNow: "yes" } }, "urgent-help", true],
    ["at risk", { risk: { riskNow: "yes" } }, "who", true],
    ["not at risk", { risk: { riskNow: "no" } }, "urgent-help", false],
    ["after who", { risk: { riskNow: "no" }, who: { complainant: "person-affected" } }, "organisations", true],
    ["after who", { risk: { riskNow: "no" }, who: { complainant: "person-affected" } }, "what-happened", false],
    ["the person affected", selfAnswers(), "person-affected", false],
    ["the person affected", selfAnswers(), "authority", false],
    ["a representative without the person's details", { risk: { riskNow: "no" }, who: { complainant: "advocate" } }, "authority", false],
    ["a representative without the person's details", { risk: { riskNow: "no" }, who: { complainant: "advocate" } }, "organisations", false],
    ["within time", selfAnswers(), "delay", false],
    ["everything answered", selfAnswers(), "check-answers", true],
    ["everything answered", selfAnswers(), "org-complaint:a1", true],
    ["an unknown organisation", selfAnswers(), "org-type:zz", false],
    ["the second organisation just added", twoOrgs({ id: "b2" }), "org-type:b2", true],
    ["the second organisation just added", twoOrgs({ id: "b2" }), "org-which:b2", false],
    ["the second organisation typed", twoOrgs({ id: "b2", type: "gp-practice" }), "org-which:b2", true],
    ["the second organisation typed", twoOrgs({ id: "b2", type: "gp-practice" }), "org-complaint:b2", false],
    ["the second organisation unfinished", twoOrgs({ id: "b2", type: "gp-practice" }), "org-complaint:a1", true],
    ["the second organisation unfinished", twoOrgs({ id: "b2", type: "gp-practice" }), "org-type:a1", true],
    ["the second organisation unfinished", twoOrgs({ id: "b2", type: "gp-practice" }), "organisations", true],
    ["the second organisation unfinished", twoOrgs({ id: "b2", type: "gp-practice" }), "what-happened", false],
    ["the first organisation unfinished", selfAnswers({ organisations: [{ id: "a1" }, gpPractice()] }), "org-complaint:b2", true],
    ["the first organisation unfinished", selfAnswers({ organisations: [{ id: "a1" }, gpPractice()] }), "org-which:a1", false],
    ["the list not confirmed", selfAnswers({ organisationsDone: false }), "what-happened", false],
    ["too early for an ombudsman", selfAnswers({ organisations: [gpPractice()] }), "outcome", true],
    ["too early for an ombudsman", selfAnswers({ organisations: [gpPractice()] }), "your-details", false],
    ["out of time, no reason yet", selfAnswers({ dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } }), "delay", true],
    ["out of time, no reason yet", selfAnswers({ dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } }), "outcome", false],
  ]))("%s: %s is %s", (_, step, allowed, answers) => {
    expect(canVisit(at(step), answers, ctx)).toBe(allowed);
  });

  it("lets someone revisit every step on a finished path", () => {
    const answers = representativeAnswers({ risk: { riskNow: "yes" } });
    const steps = path(answers, ctx);
    const check = steps.findIndex((step) => step.kind === "check-answers");
    expect(steps.slice(0, check + 1).filter((step) => !canVisit(step, answers, ctx))).toEqual([]);
  });
});

describe("next", () => {
  const twoOrgs = selfAnswers({ organisations: [healthBoard(), gpPractice()], organisationsDone: false });
  const outOfTime = selfAnswers({ dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } });

  it.each(answersLast<[string, Answers, string, string]>([
    ["no one at risk", { risk: { riskNow: "no" } }, "risk", "who"],
    ["someone at risk", { risk: { riskNow: "yes" } }, "risk", "urgent-help"],
    ["after getting help", { risk: { riskNow: "yes" } }, "urgent-help", "who"],
    ["the person affected", { risk: { riskNow: "no" }, who: { complainant: "person-affected" } }, "who", "organisations"],
    ["a relative", { risk: { riskNow: "no" }, who: { complainant: "relative-or-friend" } }, "who", "person-affected"],
    ["a relative", representativeAnswers({ authority: undefined }), "person-affected", "authority"],
    ["a relative", representativeAnswers(), "authority", "organisations"],
    ["an organisation's type", twoOrgs, "org-type:b2", "org-which:b2"],
    ["an organisation's name", twoOrgs, "org-which:a1", "org-complaint:a1"],
    ["the first organisation's last question", twoOrgs, "org-complaint:a1", "organisations"],
    ["the last organisation's last question", twoOrgs, "org-complaint:b2", "organisations"],
    ["an unfinished organisation's last question", selfAnswers({ organisations: [{ id: "a1" }, gpPractice()] }), "org-complaint:b2", "organisations"],
    ["the finished list", selfAnswers(), "organisations", "what-happened"],
    ["the story", selfAnswers(), "what-happened", "dates"],
    ["within time", selfAnswers(), "legal-action", "outcome"],
    ["out of time", outOfTime, "legal-action", "delay"],
    ["out of time, reason given", { ...outOfTime, delay: { reason: "I was ill." } }, "delay", "outcome"],
    ["out of time, no reason", outOfTime, "delay", "delay"],
    ["ready for an ombudsman", selfAnswers(), "outcome", "your-details"],
    ["the address", selfAnswers(), "address", "check-answers"],
    ["a gap further back", selfAnswers({ whatHappened: undefined }), "dates", "what-happened"],
    ["an unfinished list", selfAnswers({ organisationsDone: false }), "dates", "organisations"],
  ]))("%s: after %s comes %s", (_, from, to, answers) => {
    expect(next(at(from), answers, ctx)).toEqual(at(to));
  });
});

describe("previous", () => {
  it.each(answersLast<[string, Answers, string, string | undefined]>([
    ["the first question", {}, "risk", undefined],
    ["no one at risk", selfAnswers(), "who", "risk"],
    ["someone at risk", selfAnswers({ risk: { riskNow: "yes" } }), "who", "urgent-help"],
    ["someone at risk", selfAnswers({ risk: { riskNow: "yes" } }), "urgent-help", "risk"],
    ["a relative", representativeAnswers(), "person-affected", "who"],
    ["a relative", representativeAnswers(), "authority", "person-affected"],
    ["a relative", representativeAnswers(), "organisations", "authority"],
    ["the person affected", selfAnswers(), "organisations", "who"],
    ["no organisations yet", { risk: { riskNow: "no" }, who: { complainant: "person-affected" } }, "organisations", "who"],
    ["an organisation's first question", selfAnswers(), "org-type:a1", "organisations"],
    ["an organisation's name", selfAnswers(), "org-which:a1", "org-type:a1"],
    ["an organisation's complaint", selfAnswers(), "org-complaint:a1", "org-which:a1"],
    ["the second organisation's first question", selfAnswers({ organisations: [healthBoard(), gpPractice()] }), "org-type:b2", "organisations"],
    ["after the list", selfAnswers(), "what-happened", "organisations"],
    ["within time", selfAnswers(), "outcome", "legal-action"],
    ["out of time", selfAnswers({ dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } }), "outcome", "delay"],
    ["the end", selfAnswers(), "check-answers", "address"],
    ["a step not on the path", selfAnswers(), "delay", undefined],
  ]))("%s: back from %s goes to %s", (_, from, to, answers) => {
    expect(previous(at(from), answers, ctx)).toEqual(to === undefined ? undefined : at(to));
  });
});

describe("firstIncomplete", () => {
  it.each(answersLast<[string, Answers, string]>([
    ["a fresh start", {}, "risk"],
    ["after the first answer", { risk: { riskNow: "no" } }, "who"],
    ["someone at risk", { risk: { riskNow: "yes" } }, "who"],
    ["a relative", { risk: { riskNow: "no" }, who: { complainant: "advocate" } }, "person-affected"],
    ["no organisations", { risk: { riskNow: "no" }, who: { complainant: "person-affected" } }, "organisations"],
    ["an organisation without a name", selfAnswers({ organisations: [healthBoard("a1", { code: undefined })] }), "org-which:a1"],
    ["the second organisation unfinished", selfAnswers({ organisations: [healthBoard(), { id: "b2", type: "council" }] }), "org-which:b2"],
    ["out of time", selfAnswers({ dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } }), "delay"],
    ["too early for an ombudsman", selfAnswers({ organisations: [gpPractice()] }), "outcome"],
    ["everything answered", selfAnswers(), "check-answers"],
  ]))("%s: %s", (_, expected, answers) => {
    expect(firstIncomplete(answers, ctx)).toEqual(at(expected));
  });
});

// After "Change" on check your answers, the person goes back there once the
// answers are ready to check again; otherwise on to what the change now needs.
describe("changing an answer from check your answers", () => {
  it.each(answersLast<[string, Answers, boolean, string]>([
    ["new words", selfAnswers({ whatHappened: { description: "Something else" } }), true, "check-answers"],
    ["another organisation type", selfAnswers({ organisations: [{ id: "a1", type: "council", local: healthBoard().local }] }), false, "org-which:a1"],
    ["now complaining for someone else", selfAnswers({ who: { complainant: "relative-or-friend" } }), false, "person-affected"],
    ["now out of time", selfAnswers({ dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } }), false, "delay"],
    ["letters by post, no address yet", selfAnswers({ preferences: { method: "post", letterLanguage: "cy" } }), false, "address"],
    ["no email address any more", selfAnswers({ yourDetails: { fullName: "Sam", phone: "029 2018 0500" } }), false, "preferences"],
  ]))("%s: ready to check is %s, the step still to do is %s", (_, ready, step, answers) => {
    expect(readyToCheck(answers, ctx)).toBe(ready);
    expect(firstIncomplete(answers, ctx)).toEqual(at(step));
  });
});

describe("onPathAnswers", () => {
  // Whole objects, written out: a field dropped from what a caseworker receives fails here.
  const consent = { method: "email-request" as const, requestEmail: "duncan@example.org", requestLang: "cy" as const };
  const declaration = { shareAgreed: true, truthDeclared: true };

  it("keeps every answer on a representative's path, and nothing else", () => {
    const answers = representativeAnswers({
      address: { line1: "1 High Street", town: "Bala", postcode: "LL23 7AB" },
      putRight: { outcomes: ["apology", "other"], other: "Training for staff" },
      preferences: { method: "post", letterLanguage: "cy", needs: "Large print" },
      consent,
      declaration,
      checked: true,
      // Off the path (within time), and a field no step declares.
      delay: { reason: "left over" },
      ...({ stray: "never sent" } as object),
    });
    expect(onPathAnswers(answers, ctx)).toEqual({
      risk: { riskNow: "no" },
      who: { complainant: "relative-or-friend" },
      personAffected: { fullName: "Duncan Example", status: "can-consent" },
      authority: { consent: "given" },
      organisations: [
        { id: "a1", type: "health-board", code: "7A1", local: { status: "final-response", madeOn: { month: 10, year: 2025 }, finalResponseOn: { month: 12, year: 2025 } } },
      ],
      organisationsDone: true,
      whatHappened: { description: "Nobody assessed my needs." },
      dates: { started: { month: 6, year: 2025 }, ongoing: false, ended: { month: 8, year: 2025 }, aware: { month: 7, year: 2025 } },
      impact: { onPerson: "He could not work.", onYou: "I took time off." },
      putRight: { outcomes: ["apology", "other"], other: "Training for staff" },
      legal: { action: "none", courtDecided: "no" },
      yourDetails: { fullName: "Sam Example", email: "sam@example.org" },
      preferences: { method: "post", letterLanguage: "cy", needs: "Large print" },
      address: { line1: "1 High Street", town: "Bala", postcode: "LL23 7AB" },
      checked: true,
      consent: { method: "email-request", requestEmail: "duncan@example.org", requestLang: "cy" },
      declaration: { shareAgreed: true, truthDeclared: true },
    });
  });

  it("keeps a self-complainant's answers, out of time with the reason why, and drops a representative's leftovers", () => {
    const answers = representativeAnswers({
      who: { complainant: "person-affected" },
      dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } },
      delay: { reason: "I was in hospital." },
      yourDetails: { fullName: "Duncan Example", phone: "029 2018 0500" },
      preferences: { method: "phone", letterLanguage: "en" },
      consent,
      declaration,
    });
    expect(onPathAnswers(answers, ctx)).toEqual({
      risk: { riskNow: "no" },
      who: { complainant: "person-affected" },
      organisations: [
        { id: "a1", type: "health-board", code: "7A1", local: { status: "final-response", madeOn: { month: 10, year: 2025 }, finalResponseOn: { month: 12, year: 2025 } } },
      ],
      organisationsDone: true,
      whatHappened: { description: "Nobody assessed my needs." },
      dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } },
      impact: { onPerson: "He could not work." },
      putRight: { outcomes: ["apology"] },
      legal: { action: "none", courtDecided: "no" },
      delay: { reason: "I was in hospital." },
      yourDetails: { fullName: "Duncan Example", phone: "029 2018 0500" },
      preferences: { method: "phone", letterLanguage: "en" },
      address: {},
      declaration: { shareAgreed: true, truthDeclared: true },
    });
  });

  it("keeps each organisation with the fields its questions ask, and no others", () => {
    const answers = selfAnswers({
      organisations: [
        healthBoard("a1"),
        gpPractice("b2", { funding: "nhs", ...({ stray: "x" } as object) }),
        { id: "c3", type: "care-provider", name: "Meadow View", nation: "england", funding: "self", local: { status: "awaiting-response", madeOn: { month: 1, year: 2026 } } },
      ],
    });
    expect(onPathAnswers(answers, ctx).organisations).toEqual([
      { id: "a1", type: "health-board", code: "7A1", local: { status: "final-response", madeOn: { month: 10, year: 2025 }, finalResponseOn: { month: 12, year: 2025 } } },
      { id: "b2", type: "gp-practice", name: "Riverside Surgery", nation: "england", funding: "nhs", local: { status: "not-made" } },
      { id: "c3", type: "care-provider", name: "Meadow View", nation: "england", funding: "self", local: { status: "awaiting-response", madeOn: { month: 1, year: 2026 } } },
    ]);
  });

  it.each<[string, Answers["personAffected"], Answers["authority"], Answers["authority"]]>([
    ["keeps only consent for someone who can agree", { fullName: "D", status: "can-consent" }, { consent: "refused", authority: "court-deputy" }, { consent: "refused" }],
    ["keeps only authority for someone who cannot", { fullName: "D", status: "lacks-capacity" }, { consent: "given", authority: "court-deputy" }, { authority: "court-deputy" }],
    ["keeps only authority for a child", { fullName: "D", status: "child" }, { consent: "given", authority: "parental-responsibility" }, { authority: "parental-responsibility" }],
  ])("%s", (_, personAffected, authority, expected) => {
    expect(onPathAnswers(representativeAnswers({ personAffected, authority }), ctx).authority).toEqual(expected);
  });

  it("returns a copy the caller cannot use to change the draft", () => {
    const answers = selfAnswers();
    const kept = onPathAnswers(answers, ctx);
    kept.organisations![0]!.name = "Changed";
    expect(answers.organisations![0]!.name).toBeUndefined();
  });
});

describe("URLs", () => {
  const answers = representativeAnswers({ risk: { riskNow: "yes" }, dates: { started: { month: 1, year: 2024 }, ongoing: true, aware: { month: 1, year: 2024 } } });

  it("round-trip every step on the path", () => {
    const steps = path(answers, ctx);
    expect(steps.map((step) => refFromSlug(slugFor(step), answers))).toEqual(steps);
  });

  it.each([
    ["organisations/a1/type", ref("org-type", "a1")],
    ["organisations/a1/which", ref("org-which", "a1")],
    ["organisations/a1/complaint", ref("org-complaint", "a1")],
    ["contact-preferences", ref("preferences")],
    ["organisations/zz9/type", undefined],
    ["organisations/A1/type", undefined],
    ["organisations/a1/payment", undefined],
    ["organisations/a1", undefined],
    ["type", undefined],
    ["preferences", undefined],
    ["", undefined],
    ["risk/", undefined],
  ])("%j names %j", (slug, expected) => {
    expect(refFromSlug(slug, answers)).toEqual(expected);
  });
});
