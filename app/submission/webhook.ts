import * as z from "zod";
import { LANGS } from "~/i18n/config";
import { answersSchema } from "~/journey/answers";
import { monthYearSchema } from "~/journey/month-year";
import { REASON_CODES } from "~/routing/reasons";
import { CONSENT_METHODS, EVIDENCE } from "~/journey/codes";
import {
  BODY_TYPES,
  CONSENT_STATES,
  FUNDINGS,
  JOINT_WORKING,
  LOCAL_PROCESSES,
  LOCAL_STATUSES,
  NATIONS,
  OMBUDSMEN,
  OUTCOMES,
  SIGNPOSTS,
  TIME_LIMITS,
} from "~/routing/types";
import { bodyOf } from "./bodies";
import { TEAMS, type SubmittedComplaint, type Team } from "./types";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const timestamp = z.iso.datetime({ offset: true });

/**
 * The webhook body for case-management systems, version complaint.v1: codes,
 * dates and the person's own words, never translated text. The schema makes
 * the body (parsing leaves out anything it does not name), so what a receiver
 * gets cannot drift from what this says. The answers are those of the
 * journey's steps (journey/answers.ts); a change to their shape is a new version.
 */
export const WEBHOOK_VERSION = "complaint.v1";

export const complaintWebhookSchema = z.object({
  schema: z.literal(WEBHOOK_VERSION),
  reference: z.string().min(1),
  submittedAt: timestamp,
  /** The language of the form; the language for replies is answers.preferences.letterLanguage. */
  lang: z.enum(LANGS),
  /** The team this copy was sent to; every team in `teams` has the same reference. */
  team: z.enum(TEAMS),
  teams: z.array(z.enum(TEAMS)).min(1),
  routing: z.object({
    outcome: z.enum(OUTCOMES),
    readiness: z.enum(OUTCOMES),
    ombudsmen: z.array(z.enum(OMBUDSMEN)),
    jointWorking: z.enum(JOINT_WORKING),
    timeLimit: z.enum(TIME_LIMITS),
    timeLimitEndsOn: isoDate,
    consent: z.enum(CONSENT_STATES),
    mpReferralNeeded: z.boolean(),
    signposts: z.array(z.enum(SIGNPOSTS)),
    reasons: z.array(z.object({ code: z.enum(REASON_CODES), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  }),
  /** In the person's order, matching routing's bodies. */
  organisations: z.array(
    z.object({
      id: z.string(),
      type: z.enum(BODY_TYPES).optional(),
      code: z.string().optional(),
      name: z.string().optional(),
      nation: z.enum(NATIONS).optional(),
      funding: z.enum(FUNDINGS).optional(),
      local: z.object({ status: z.enum(LOCAL_STATUSES), madeOn: monthYearSchema.optional(), finalResponseOn: monthYearSchema.optional() }).optional(),
      ombudsman: z.enum(OMBUDSMEN).nullable(),
      localProcess: z.enum(LOCAL_PROCESSES),
      reasonableTimeEndsOn: isoDate.nullable(),
    }),
  ),
  /** The person's answers; organisations, consent and the declaration have their own parts. */
  answers: answersSchema.omit({ organisations: true, organisationsDone: true, checked: true, consent: true, declaration: true }),
  consent: z.object({
    method: z.enum(CONSENT_METHODS).optional(),
    confirmedName: z.string().optional(),
    confirmedAt: timestamp.optional(),
    requestEmail: z.string().optional(),
    requestLang: z.enum(LANGS).optional(),
    requestedAt: timestamp.optional(),
    evidence: z.array(z.enum(EVIDENCE)).optional(),
    shareAgreed: z.boolean(),
    truthDeclared: z.boolean(),
    declaredAt: timestamp,
  }),
});
export type ComplaintWebhookBody = z.output<typeof complaintWebhookSchema>;

/** The body sent to `team`'s case-management system. */
export function caseworkerWebhookBody(complaint: SubmittedComplaint, team: Team): ComplaintWebhookBody {
  return complaintWebhookSchema.parse({
    schema: WEBHOOK_VERSION,
    reference: complaint.reference,
    submittedAt: complaint.submittedAt,
    lang: complaint.lang,
    team,
    teams: complaint.teams,
    routing: complaint.routing,
    organisations: complaint.organisations.map((org, index) => {
      const body = bodyOf(complaint, index);
      const code = complaint.answers.organisations?.find((answer) => answer.id === org.id)?.code;
      return { ...org, code, ...body };
    }),
    answers: complaint.answers,
    consent: complaint.consent,
  });
}
