import * as z from "zod";
import * as address from "./steps/address";
import * as authority from "./steps/authority";
import * as consent from "./steps/consent";
import * as dates from "./steps/dates";
import * as declaration from "./steps/declaration";
import * as delay from "./steps/delay";
import * as impact from "./steps/impact";
import * as legalAction from "./steps/legal-action";
import * as organisations from "./steps/organisations";
import * as personAffected from "./steps/person-affected";
import * as preferences from "./steps/preferences";
import * as putRight from "./steps/put-right";
import * as risk from "./steps/risk";
import * as whatHappened from "./steps/what-happened";
import * as who from "./steps/who";
import * as yourDetails from "./steps/your-details";

/**
 * Everything the person has told us, as language-neutral codes plus their own
 * words, stored in the draft as JSON. Each answer's shape is declared by the
 * step that asks for it; this is the list of them (the registry checks that
 * every answer has exactly one step that owns it).
 */
export const answersSchema = z.object({
  risk: risk.answer.optional(),
  who: who.answer.optional(),
  personAffected: personAffected.answer.optional(),
  authority: authority.answer.optional(),
  organisations: organisations.answer.optional(),
  organisationsDone: organisations.doneAnswer.optional(),
  whatHappened: whatHappened.answer.optional(),
  dates: dates.answer.optional(),
  impact: impact.answer.optional(),
  putRight: putRight.answer.optional(),
  legal: legalAction.answer.optional(),
  delay: delay.answer.optional(),
  yourDetails: yourDetails.answer.optional(),
  preferences: preferences.answer.optional(),
  address: address.answer.optional(),
  /** Set when the person confirms check your answers; any later change clears it. */
  checked: z.boolean().optional(),
  consent: consent.answer.optional(),
  declaration: declaration.answer.optional(),
});

export type Answers = z.output<typeof answersSchema>;
export const organisationSchema = organisations.organisation;
export type Organisation = z.output<typeof organisationSchema>;

/**
 * Stored answers read back: each answer that no longer fits its shape (a
 * draft saved before a change to a question) is dropped, so the person is
 * asked that question again rather than shown a broken page.
 */
export function readAnswers(stored: unknown): Answers {
  if (!stored || typeof stored !== "object") return {};
  const answers: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(answersSchema.shape)) {
    const value = (stored as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) answers[key] = parsed.data;
  }
  return answers as Answers;
}
