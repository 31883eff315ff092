import type { ComponentType } from "react";
import type { TFunction } from "i18next";
import type * as z from "zod";
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import type { BodyType } from "~/routing/types";
import type { Answers, Organisation } from "./answers";
import type { CodeLookup } from "./routing-input";
import type { OrgView, StepFacts, StepView } from "./view";

/**
 * What a journey step is: one module per step (app/journey/steps/), made with
 * defineStep or definePage and listed once in the registry. The walk, the
 * pruning of answers, check your answers, the emails and the webhook are all
 * derived from these definitions.
 */

/** Where a step belongs: its caption, and its part of check your answers. */
export const SECTIONS = ["you", "person", "organisations", "complaint", "contact", "send"] as const;
export type SectionId = (typeof SECTIONS)[number];

export type FormValues = Record<string, string | string[] | undefined>;

/** What the walk needs besides the answers: the date, and directory facts on the server. */
export type WalkContext = {
  today: string;
  lookup: CodeLookup;
  /** Server only: whether a directory code exists with that type. */
  knownCode?: (code: string, type: BodyType) => boolean;
};

/** What a step's schema may depend on besides the form itself: explicit facts, never the answers. */
export type StepContext = { today: string; facts: StepFacts; knownCode?: WalkContext["knownCode"] };

/** A step on the path; organisation steps carry the organisation's id. */
export type StepRef<K extends string = string> = { kind: K; orgId?: string };

export type Title = string | { key: string; values?: Record<string, string | number> };

/** What a step's own completion rule may ask of the walk. */
export type CompletionCheck = WalkContext & {
  orgId?: string;
  /** Whether the stored answer passes the step's schema. */
  formValid: () => boolean;
  /** Whether every question about an organisation is answered. */
  orgComplete: (orgId: string) => boolean;
};

/** One answer as check your answers and the emails show it; the Change link goes to the step that asked it. */
export type SummaryRow = { key: string; value: string; freeText?: boolean };

/** What a step needs to describe its answer: `t` is bound to "journey" with "directory" reachable by prefix. */
export type RowContext = { answers: Answers; t: TFunction; representative: boolean; org?: OrgView; orgIndex?: number };

/** The result of posting a step's form: a way to store the answer, or Conform's reply with the errors. */
export type Parsed = { status: "success"; store: (answers: Answers, orgId?: string) => Answers } | { status: "error"; reply: SubmissionResult<string[]> };

type AnswerKey = keyof Answers;
type OrgField = Exclude<keyof Organisation, "id">;

interface StepParts<K extends string, O extends readonly AnswerKey[] = readonly AnswerKey[], G extends readonly OrgField[] = readonly OrgField[]> {
  kind: K;
  /** Its address below /<lang>/complaint/ (organisation steps: below organisations/<id>/). */
  slug: string;
  section: SectionId;
  /** Repeated for each organisation, with the organisation's id in its address. */
  perOrganisation?: true;
  /** Its title's key in the journey namespace, or how the answers choose it. */
  title: Title | ((answers: Answers, orgId?: string) => Title);
  /** Pages where abuse or neglect may be discussed get "Exit this page". */
  exitPage?: true;
  /** Whether the step is on the person's path; without it, always. */
  onPath?: (answers: Answers, context: WalkContext) => boolean;
  /** The answers this step stores. Answers owned by steps off the path never reach a submission. */
  owns?: O;
  /** For an organisation step: the organisation's fields it stores. */
  ownsOrg?: G;
  /** The owned answers as they may be sent, when some of them depend on other answers. */
  keep?: (answers: Answers) => Partial<Answers>;
  /** How its answer reads on check your answers and in the emails. */
  rows?: (context: RowContext) => SummaryRow[];
  /** Completion, when more than "its stored answer still passes its schema" (the default, `check.formValid`). */
  complete?: (answers: Answers, check: CompletionCheck) => boolean;
  /** What the page shows inside its form. */
  Component: ComponentType<{ view: StepView }>;
  page?: {
    /** Not a form at all (an information page with a link onward). */
    plain?: true;
    submitLabel?: string;
    hideSubmit?: (view: StepView) => boolean;
    /** Shown above the form, e.g. a search form, which cannot be nested in it. */
    Before?: ComponentType<{ view: StepView }>;
  };
}

export interface FormStepDefinition<K extends string, V, O extends readonly AnswerKey[], G extends readonly OrgField[]> extends StepParts<K, O, G> {
  schema: (context: StepContext) => z.ZodType<V>;
  /** The stored answer as form values: refills the form and lets the walk re-validate it. */
  toForm: (answers: Answers, orgId?: string) => FormValues | undefined;
  /** A valid submission stored, returning the new answers. */
  store: (answers: Answers, value: V, orgId?: string) => Answers;
}

export interface Step<K extends string = string, O extends readonly AnswerKey[] = readonly AnswerKey[], G extends readonly OrgField[] = readonly OrgField[]> extends StepParts<K, O, G> {
  form?: {
    schema: (context: StepContext) => z.ZodType;
    toForm: (answers: Answers, orgId?: string) => FormValues | undefined;
    parse: (formData: FormData, context: StepContext) => Parsed;
  };
}

/** A question page. The schema's output type is what `store` receives, so the two cannot drift apart. */
export function defineStep<const K extends string, V, const O extends readonly AnswerKey[] = readonly [], const G extends readonly OrgField[] = readonly []>(
  definition: FormStepDefinition<K, V, O, G>,
): Step<K, O, G> {
  const { schema, toForm, store, ...parts } = definition;
  return {
    ...parts,
    form: {
      schema,
      toForm,
      parse: (formData, context) => {
        const submission = parseWithZod(formData, { schema: schema(context) });
        return submission.status === "success"
          ? { status: "success", store: (answers, orgId) => store(answers, submission.value as V, orgId) }
          : { status: "error", reply: submission.reply() };
      },
    },
  };
}

/** A page without questions of its own: information, the outcome, check your answers. */
export function definePage<const K extends string, const O extends readonly AnswerKey[] = readonly []>(
  definition: StepParts<K, O, readonly []> & { complete: NonNullable<StepParts<K>["complete"]> },
): Step<K, O, readonly []> {
  return definition;
}

/** Form values as a browser would post them. */
export function toFormData(values: FormValues): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}
