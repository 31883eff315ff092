import { answersSchema, organisationSchema, type Answers, type Organisation } from "./answers";
import { factsFor } from "./facts";
import { isOrgStep, ORG_STEPS, STEPS, stepOf, type AnyStep, type StepKind } from "./registry";
import { toFormData, type StepContext, type StepRef, type WalkContext } from "./step";

export type { WalkContext } from "./step";
export type JourneyRef = StepRef<StepKind>;

const onPath = (step: AnyStep, answers: Answers, context: WalkContext) => !step.onPath || step.onPath(answers, context);

/**
 * Every step on the person's path, in order, given what they have answered so
 * far: the registry's order, each organisation's steps where organisations are
 * asked about, and only the steps whose condition holds.
 */
export function path(answers: Answers, context: WalkContext): JourneyRef[] {
  const steps: JourneyRef[] = [];
  for (const step of STEPS) {
    if (!onPath(step, answers, context)) continue;
    if (step.perOrganisation) {
      // Each organisation's questions together, in the order the organisations were added.
      if (step !== ORG_STEPS[0]) continue;
      for (const org of answers.organisations ?? []) for (const orgStep of ORG_STEPS) steps.push({ kind: orgStep.kind, orgId: org.id });
    } else {
      steps.push({ kind: step.kind });
    }
  }
  return steps;
}

export function stepContext(answers: Answers, ref: StepRef, context: WalkContext): StepContext {
  return { today: context.today, facts: factsFor(answers, ref.orgId), knownCode: context.knownCode };
}

/** Whether a step's stored answer still passes its schema, exactly as a fresh submission would. */
function formValid(ref: JourneyRef, answers: Answers, context: WalkContext): boolean {
  const form = stepOf(ref.kind).form;
  const values = form?.toForm(answers, ref.orgId);
  if (!form || !values) return false;
  return form.parse(toFormData(values), stepContext(answers, ref, context)).status === "success";
}

/** A step is complete when its answer is there and still valid (or as its own rule says). */
export function isComplete(ref: JourneyRef, answers: Answers, context: WalkContext): boolean {
  const step = stepOf(ref.kind);
  if (!step.complete) return formValid(ref, answers, context);
  return step.complete(answers, {
    ...context,
    orgId: ref.orgId,
    formValid: () => formValid(ref, answers, context),
    orgComplete: (orgId) => ORG_STEPS.every((orgStep) => isComplete({ kind: orgStep.kind, orgId }, answers, context)),
  });
}

/** Whether every question about one organisation is answered. */
export const isOrgComplete = (orgId: string, answers: Answers, context: WalkContext) =>
  ORG_STEPS.every((step) => isComplete({ kind: step.kind, orgId }, answers, context));

const same = (a: StepRef, b: StepRef) => a.kind === b.kind && a.orgId === b.orgId;

/**
 * Whether the person may open a step now: it is on their path and every step
 * it depends on is complete. Organisations do not block each other, and the
 * list of organisations is reachable while one is unfinished.
 */
export function canVisit(ref: JourneyRef, answers: Answers, context: WalkContext): boolean {
  const steps = path(answers, context);
  const index = steps.findIndex((step) => same(step, ref));
  if (index < 0) return false;
  return steps.slice(0, index).every((step) => {
    if (isOrgStep(step.kind) && (ref.kind === "organisations" || (isOrgStep(ref.kind) && step.orgId !== ref.orgId))) return true;
    return isComplete(step, answers, context);
  });
}

/** The first step still to do: where someone arriving out of order is sent. */
export function firstIncomplete(answers: Answers, context: WalkContext): JourneyRef {
  const steps = path(answers, context);
  return steps.find((step) => !isComplete(step, answers, context)) ?? steps[steps.length - 1]!;
}

/** Where to go after a step is answered. */
export function next(ref: JourneyRef, answers: Answers, context: WalkContext): JourneyRef {
  const steps = path(answers, context);
  const index = steps.findIndex((step) => same(step, ref));
  if (isOrgStep(ref.kind)) {
    // An organisation's questions in turn, then back to the list of organisations.
    const following = steps[index + 1];
    return following && following.orgId === ref.orgId ? following : { kind: "organisations" };
  }
  const following = steps.slice(index + 1).find((step) => !isOrgStep(step.kind));
  return following && canVisit(following, answers, context) ? following : firstIncomplete(answers, context);
}

/** The back link: the step before this one on the path. */
export function previous(ref: JourneyRef, answers: Answers, context: WalkContext): JourneyRef | undefined {
  const steps = path(answers, context);
  const index = steps.findIndex((step) => same(step, ref));
  if (index <= 0) return undefined;
  const before = steps[index - 1]!;
  // An organisation's first question, and the first step after the list, go back to the list;
  // the list's own back link skips the organisations listed on it.
  if (isOrgStep(ref.kind) && before.orgId !== ref.orgId) return { kind: "organisations" };
  if (ref.kind === "organisations") return steps.slice(0, index).reverse().find((step) => !isOrgStep(step.kind));
  if (isOrgStep(before.kind) && !isOrgStep(ref.kind)) return { kind: "organisations" };
  return before;
}

/**
 * Everything the person answered on steps still on their path, in the shapes
 * the steps declare: answers owned by steps off the path (a branch not taken)
 * and anything a stored draft carries beyond those shapes are dropped.
 */
export function onPathAnswers(answers: Answers, context: WalkContext): Answers {
  const kinds = new Set(path(answers, context).map((step) => step.kind));
  let kept: Answers = {};
  for (const step of STEPS) {
    if (!kinds.has(step.kind)) continue;
    for (const key of step.owns ?? []) kept = { ...kept, [key]: answers[key] };
    if (step.keep) kept = { ...kept, ...step.keep(answers) };
  }
  if (kept.organisations) kept = { ...kept, organisations: kept.organisations.map((org) => onPathOrganisation(org)) };
  return answersSchema.parse(JSON.parse(JSON.stringify(kept)));
}

/** An organisation with only the fields its steps own. */
function onPathOrganisation(org: Organisation): Organisation {
  const kept: Record<string, unknown> = { id: org.id };
  for (const step of ORG_STEPS) for (const field of step.ownsOrg ?? []) kept[field] = org[field];
  return organisationSchema.parse(kept);
}

/** Whether every step before check your answers is complete: the whole answer set re-validated. */
export function readyToCheck(answers: Answers, context: WalkContext): boolean {
  const steps = path(answers, context);
  const check = steps.findIndex((step) => step.kind === "check-answers");
  return steps.slice(0, check).every((step) => isComplete(step, answers, context));
}

/** Whether everything, declarations included, is complete: the complaint can be sent. */
export function readyToSubmit(answers: Answers, context: WalkContext): boolean {
  return path(answers, context).every((step) => isComplete(step, answers, context));
}

/** The path of a step below /<lang>/complaint/. */
export function slugFor(ref: JourneyRef): string {
  const slug = stepOf(ref.kind).slug;
  return isOrgStep(ref.kind) ? `organisations/${ref.orgId}/${slug}` : slug;
}

/** The step a URL names, if any (the organisation must exist to be named). */
export function refFromSlug(slug: string, answers: Answers): JourneyRef | undefined {
  const org = /^organisations\/([a-z0-9]{1,16})\/([a-z-]+)$/.exec(slug);
  if (org) {
    const step = ORG_STEPS.find((each) => each.slug === org[2]);
    return step && answers.organisations?.some((o) => o.id === org[1]) ? { kind: step.kind, orgId: org[1] } : undefined;
  }
  const step = STEPS.find((each) => !each.perOrganisation && each.slug === slug);
  return step ? { kind: step.kind } : undefined;
}
