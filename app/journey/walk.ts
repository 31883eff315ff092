import { parseWithZod } from "@conform-to/zod/v4";
import type { Answers } from "./answers";
import { routingFor, type CodeLookup } from "./routing-input";
import { STEPS, isRepresentative, type FormValues, type StepContext, type StepKind, type StepRef } from "./steps";
import { addDuration, isAfter } from "~/routing/dates";
import { routingConfig } from "~/routing/config";
import { toIsoDate } from "./month-year";

/** What the walk needs besides the answers: the date, and directory facts on the server. */
export type WalkContext = { today: string; lookup: CodeLookup; knownCode?: StepContext["knownCode"] };

const ORG_KINDS: StepKind[] = ["org-type", "org-which", "org-complaint"];

export const isOrgStep = (kind: StepKind) => ORG_KINDS.includes(kind);

/** Whether the person is outside the 12-month limit, so is asked why they could not complain sooner. */
export function outsideTimeLimit(answers: Answers, today: string): boolean {
  if (!answers.dates?.aware) return false;
  return isAfter(today, addDuration(toIsoDate(answers.dates.aware, today), routingConfig.timeLimit));
}

/**
 * Every step on the person's path, in order, given what they have answered so
 * far. Steps on branches they did not take are not on it.
 */
export function path(answers: Answers, context: WalkContext): StepRef[] {
  const steps: StepRef[] = [{ kind: "risk" }];
  if (answers.risk?.riskNow === "yes") steps.push({ kind: "urgent-help" });
  steps.push({ kind: "who" });
  if (isRepresentative(answers)) steps.push({ kind: "person-affected" }, { kind: "authority" });
  for (const org of answers.organisations ?? []) for (const kind of ORG_KINDS) steps.push({ kind, orgId: org.id });
  steps.push({ kind: "organisations" });
  steps.push({ kind: "what-happened" }, { kind: "dates" }, { kind: "impact" }, { kind: "put-right" }, { kind: "legal-action" });
  if (outsideTimeLimit(answers, context.today)) steps.push({ kind: "delay" });
  steps.push({ kind: "outcome" }, { kind: "your-details" }, { kind: "preferences" }, { kind: "address" }, { kind: "check-answers" });
  if (isRepresentative(answers)) steps.push({ kind: "consent" });
  steps.push({ kind: "declaration" });
  return steps;
}

function toFormData(values: FormValues): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

export function stepContext(answers: Answers, ref: StepRef, context: WalkContext): StepContext {
  return { today: context.today, answers, orgId: ref.orgId, knownCode: context.knownCode };
}

/** A step is complete when its stored answer still passes its schema, exactly as a fresh submission would. */
export function isComplete(ref: StepRef, answers: Answers, context: WalkContext): boolean {
  const step = STEPS[ref.kind];
  if (ref.kind === "urgent-help") return true;
  if (ref.kind === "outcome") return routingFor(answers, context.today, context.lookup)?.readiness === "ready";
  if (ref.kind === "check-answers") return answers.checked === true;
  if (ref.kind === "organisations") {
    const orgs = answers.organisations ?? [];
    const orgsDone = orgs.every((org) => ORG_KINDS.every((kind) => isComplete({ kind, orgId: org.id }, answers, context)));
    if (orgs.length === 0 || !orgsDone || !answers.organisationsDone) return false;
  }
  const values = step.toForm?.(answers, ref.orgId);
  if (!values || !step.schema) return false;
  return parseWithZod(toFormData(values), { schema: step.schema(stepContext(answers, ref, context)) }).status === "success";
}

const same = (a: StepRef, b: StepRef) => a.kind === b.kind && a.orgId === b.orgId;

/**
 * Whether the person may open a step now: it is on their path and every step
 * it depends on is complete. Organisations do not block each other, and the
 * list of organisations is reachable while one is unfinished.
 */
export function canVisit(ref: StepRef, answers: Answers, context: WalkContext): boolean {
  const steps = path(answers, context);
  const index = steps.findIndex((step) => same(step, ref));
  if (index < 0) return false;
  return steps.slice(0, index).every((step) => {
    if (isOrgStep(step.kind) && (ref.kind === "organisations" || (isOrgStep(ref.kind) && step.orgId !== ref.orgId))) return true;
    return isComplete(step, answers, context);
  });
}

/** The first step still to do: where someone arriving out of order is sent. */
export function firstIncomplete(answers: Answers, context: WalkContext): StepRef {
  const steps = path(answers, context);
  return steps.find((step) => !isComplete(step, answers, context)) ?? steps[steps.length - 1]!;
}

/** Where to go after a step is answered. */
export function next(ref: StepRef, answers: Answers, context: WalkContext): StepRef {
  const steps = path(answers, context);
  const index = steps.findIndex((step) => same(step, ref));
  // After an organisation's last question, back to the list of organisations.
  if (ref.kind === "org-complaint") return { kind: "organisations" };
  if (ref.kind === "org-type" || ref.kind === "org-which") return steps[index + 1] ?? { kind: "organisations" };
  const following = steps.slice(index + 1).find((step) => !isOrgStep(step.kind));
  return following && canVisit(following, answers, context) ? following : firstIncomplete(answers, context);
}

/** The back link: the step before this one on the path. */
export function previous(ref: StepRef, answers: Answers, context: WalkContext): StepRef | undefined {
  const steps = path(answers, context);
  const index = steps.findIndex((step) => same(step, ref));
  if (index <= 0) return undefined;
  if (ref.kind === "org-type") return { kind: "organisations" };
  // The list's own back link skips the organisations listed on it.
  if (ref.kind === "organisations") return steps.slice(0, index).reverse().find((step) => !isOrgStep(step.kind));
  const before = steps[index - 1]!;
  // From the first step after the list, back goes to the list rather than into the last organisation.
  if (isOrgStep(before.kind) && !isOrgStep(ref.kind)) return { kind: "organisations" };
  return before;
}

/** Everything the person answered on steps still on their path; answers from abandoned branches are dropped. */
export function onPathAnswers(answers: Answers, context: WalkContext): Answers {
  const kinds = new Set(path(answers, context).map((step) => step.kind));
  const kept: Answers = {
    risk: answers.risk,
    who: answers.who,
    organisations: answers.organisations,
    organisationsDone: answers.organisationsDone,
    whatHappened: answers.whatHappened,
    dates: answers.dates,
    impact: answers.impact,
    putRight: answers.putRight,
    legal: answers.legal,
    yourDetails: answers.yourDetails,
    preferences: answers.preferences,
    address: answers.address,
  };
  if (kinds.has("person-affected")) kept.personAffected = answers.personAffected;
  if (kinds.has("authority")) {
    const status = answers.personAffected?.status;
    kept.authority = status === "can-consent" ? { consent: answers.authority?.consent } : { authority: answers.authority?.authority };
  }
  if (kinds.has("delay")) kept.delay = answers.delay;
  if (kinds.has("consent")) kept.consent = answers.consent;
  kept.declaration = answers.declaration;
  if (kept.impact && !isRepresentative(answers)) kept.impact = { onPerson: kept.impact.onPerson };
  return JSON.parse(JSON.stringify(kept)) as Answers;
}

/** Whether every step before check-your-answers is complete: the whole answer set re-validated. */
export function readyToCheck(answers: Answers, context: WalkContext): boolean {
  const steps = path(answers, context);
  const check = steps.findIndex((step) => step.kind === "check-answers");
  return steps.slice(0, check).every((step) => isComplete(step, answers, context));
}

/** Whether everything, declarations included, is complete: the complaint can be sent. */
export function readyToSubmit(answers: Answers, context: WalkContext): boolean {
  return path(answers, context).every((step) => isComplete(step, answers, context));
}

export const SLUGS: Record<StepKind, string> = {
  risk: "risk",
  "urgent-help": "urgent-help",
  who: "who",
  "person-affected": "person-affected",
  authority: "authority",
  "org-type": "type",
  "org-which": "which",
  "org-complaint": "complaint",
  organisations: "organisations",
  "what-happened": "what-happened",
  dates: "dates",
  impact: "impact",
  "put-right": "put-right",
  "legal-action": "legal-action",
  delay: "delay",
  outcome: "outcome",
  "your-details": "your-details",
  preferences: "contact-preferences",
  address: "address",
  "check-answers": "check-answers",
  consent: "consent",
  declaration: "declaration",
};

/** The path of a step below /<lang>/complaint/. */
export function slugFor(ref: StepRef): string {
  return isOrgStep(ref.kind) ? `organisations/${ref.orgId}/${SLUGS[ref.kind]}` : SLUGS[ref.kind];
}

/** The step a URL names, if any (the organisation must exist to be named). */
export function refFromSlug(slug: string, answers: Answers): StepRef | undefined {
  const org = /^organisations\/([a-z0-9]{1,16})\/([a-z-]+)$/.exec(slug);
  if (org) {
    const kind = ORG_KINDS.find((k) => SLUGS[k] === org[2]);
    return kind && answers.organisations?.some((o) => o.id === org[1]) ? { kind, orgId: org[1] } : undefined;
  }
  const kind = (Object.keys(SLUGS) as StepKind[]).find((k) => !isOrgStep(k) && SLUGS[k] === slug);
  return kind ? { kind } : undefined;
}
