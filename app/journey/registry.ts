import type { Answers, Organisation } from "./answers";
import type { Step } from "./step";
import * as address from "./steps/address";
import * as authority from "./steps/authority";
import * as checkAnswers from "./steps/check-answers";
import * as consent from "./steps/consent";
import * as dates from "./steps/dates";
import * as declaration from "./steps/declaration";
import * as delay from "./steps/delay";
import * as impact from "./steps/impact";
import * as legalAction from "./steps/legal-action";
import * as orgComplaint from "./steps/org-complaint";
import * as organisations from "./steps/organisations";
import * as orgType from "./steps/org-type";
import * as orgWhich from "./steps/org-which";
import * as outcome from "./steps/outcome";
import * as personAffected from "./steps/person-affected";
import * as preferences from "./steps/preferences";
import * as putRight from "./steps/put-right";
import * as risk from "./steps/risk";
import * as urgentHelp from "./steps/urgent-help";
import * as whatHappened from "./steps/what-happened";
import * as who from "./steps/who";
import * as yourDetails from "./steps/your-details";

/**
 * Every step of the journey, in the order the person meets them. Steps
 * repeated per organisation stand where the organisations are asked about.
 * Adding a question: write its module in ./steps, add it here (and its answer
 * to ./answers.ts), and add its strings to both locales; the compiler points
 * at anything else.
 */
export const STEPS = [
  risk.step,
  urgentHelp.step,
  who.step,
  personAffected.step,
  authority.step,
  orgType.step,
  orgWhich.step,
  orgComplaint.step,
  organisations.step,
  whatHappened.step,
  dates.step,
  impact.step,
  putRight.step,
  legalAction.step,
  delay.step,
  outcome.step,
  yourDetails.step,
  preferences.step,
  address.step,
  checkAnswers.step,
  consent.step,
  declaration.step,
] as const satisfies readonly Step[];

export type StepKind = (typeof STEPS)[number]["kind"];
export type AnyStep = (typeof STEPS)[number];

export const STEP_KINDS: readonly StepKind[] = STEPS.map((step) => step.kind);
const BY_KIND = new Map<string, AnyStep>(STEPS.map((step) => [step.kind, step]));

/** The step of a kind (a kind comes from the registry, so it is always there). */
export function stepOf(kind: StepKind): AnyStep {
  return BY_KIND.get(kind)!;
}

export const isOrgStep = (kind: StepKind) => stepOf(kind).perOrganisation === true;
export const ORG_STEPS = STEPS.filter((step) => step.perOrganisation === true);

// Every answer and every organisation field belongs to exactly one step: one
// nobody owns would be dropped from every submission, so it fails to compile.
type Owned = NonNullable<AnyStep["owns"]>[number];
type OwnedOrg = NonNullable<AnyStep["ownsOrg"]>[number];
type Missing<T> = [T] extends [never] ? true : { "owned by no step": T };
export const everyAnswerOwned: Missing<Exclude<keyof Answers, Owned>> = true;
export const everyOrganisationFieldOwned: Missing<Exclude<keyof Organisation, "id" | OwnedOrg>> = true;
