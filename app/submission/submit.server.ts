import { redirect } from "@remix-run/node";
import { getDb } from "~/db/db.server";
import { getEnv } from "~/env.server";
import { createSubmission, getSubmissionByDraftId, type Submission } from "~/models/submission.server";
import { createConsentRequest } from "~/models/token.server";
import type { OutboxKind } from "~/db/schema";
import type { OutboxPayload } from "~/models/outbox.server";
import type { Lang } from "~/i18n/config";
import type { Answers } from "~/journey/answers";
import { routingFor } from "~/journey/routing-input";
import { onPathAnswers, readyToSubmit, type WalkContext } from "~/journey/walk";
import type { OrgView } from "~/journey/view";
import { log } from "~/utils/log.server";
import { caseworkerEmail, caseworkerWebhookBody, confirmationEmail, consentRequestEmail } from "./emails.server";
import { teamsFor } from "./teams";
import { TEAMS, type ConsentRecord, type SubmittedComplaint, type Team } from "./types";
import type { WebhookConfig, WebhookConfigs } from "~/email/webhook.server";

const CONSENT_LINK_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export function publicOrigin(request: Request): string {
  return getEnv().PUBLIC_URL?.replace(/\/$/, "") ?? new URL(request.url).origin;
}

/** Where a team receives complaints (and news of them, such as a consent answer). */
export function teamInbox(team: Team): string {
  const env = getEnv();
  return { lgsco: env.INBOX_LGSCO, phso: env.INBOX_PHSO, jwt: env.INBOX_JWT, psow: env.INBOX_PSOW }[team];
}

/** Each team's signed webhook, for those that set one: what submissions enqueue for and the worker sends to. */
export function teamWebhooks(): WebhookConfigs {
  const env = getEnv();
  const configs: Record<string, WebhookConfig> = {};
  for (const team of TEAMS) {
    const key = team.toUpperCase() as "LGSCO" | "PHSO" | "JWT" | "PSOW";
    const url = env[`WEBHOOK_${key}_URL`];
    const secret = env[`WEBHOOK_${key}_SECRET`];
    if (url && secret) configs[team] = { url, secret };
  }
  return configs;
}

/** What the person said about consent, as the caseworker will see it. */
function consentRecord(answers: Answers, now: Date, requestedAt?: Date): ConsentRecord {
  const c = answers.consent;
  return {
    method: c?.method,
    confirmedName: c?.method === "confirmed-here" ? c.confirmedName : undefined,
    confirmedAt: c?.method === "confirmed-here" ? now.toISOString() : undefined,
    requestEmail: c?.method === "email-request" ? c.requestEmail : undefined,
    requestLang: c?.method === "email-request" ? c.requestLang : undefined,
    requestedAt: requestedAt?.toISOString(),
    evidence: c?.evidence,
    shareAgreed: answers.declaration?.shareAgreed === true,
    truthDeclared: answers.declaration?.truthDeclared === true,
    declaredAt: now.toISOString(),
  };
}

/** The stored submission as the confirmation page and emails see it. */
export function toSubmitted(submission: Submission): SubmittedComplaint {
  const stored = submission.answers as { answers: Answers; organisations: OrgView[]; teams: Team[] };
  return {
    reference: submission.reference,
    lang: submission.lang,
    submittedAt: submission.createdAt.toISOString(),
    answers: stored.answers,
    organisations: stored.organisations,
    teams: stored.teams,
    routing: submission.routing as SubmittedComplaint["routing"],
    consent: submission.consent as ConsentRecord,
  };
}

/** The submission already made from this browser's draft, if any: a repeat POST shows it again. */
export async function existingSubmission(draftId: string | undefined): Promise<Submission | null> {
  return draftId ? getSubmissionByDraftId(getDb(), draftId) : null;
}

/**
 * Send the complaint: one transaction writes it with its reference, the
 * routing result, the consent record and every outbox message (confirmation,
 * one caseworker email and optional webhook per team, a consent request),
 * then deletes the draft. Idempotent per draft.
 */
export async function submitComplaint({ request, lang, draftId, answers, orgs, context }: {
  request: Request;
  lang: Lang;
  draftId: string;
  answers: Answers;
  orgs: OrgView[];
  context: WalkContext;
}): Promise<Response> {
  const confirmation = `/${lang}/complaint/confirmation`;
  const done = await existingSubmission(draftId);
  if (done) return redirect(confirmation);
  if (!readyToSubmit(answers, context)) throw new Response(null, { status: 400 });
  const routing = routingFor(answers, context.today, context.lookup);
  if (!routing || routing.readiness !== "ready") throw new Response(null, { status: 400 });

  const db = getDb();
  const now = new Date();
  const kept = onPathAnswers(answers, context);
  const teams = teamsFor(routing);
  const webhooks = teamWebhooks();
  let consentLink: string | undefined;
  if (kept.consent?.method === "email-request") {
    const token = await createConsentRequest(db, { target: { draftId }, now, expiresAt: new Date(now.getTime() + CONSENT_LINK_DAYS * DAY) });
    consentLink = `${publicOrigin(request)}/${kept.consent.requestLang ?? lang}/consent/${token}`;
  }
  const consent = consentRecord(kept, now, consentLink ? now : undefined);

  const { submission, created } = await createSubmission(db, {
    draftId,
    lang,
    answers: { answers: kept, organisations: orgs, teams },
    routing,
    consent,
    now,
    outbox: ({ reference }) => {
      const complaint: SubmittedComplaint = { reference, lang, submittedAt: now.toISOString(), answers: kept, organisations: orgs, routing, consent, teams };
      const messages: Array<{ kind: OutboxKind; recipient: string; payload: OutboxPayload }> = [];
      const email = kept.yourDetails?.email;
      if (email) messages.push({ kind: "confirmation", recipient: email, payload: confirmationEmail(complaint, kept.preferences?.letterLanguage ?? lang) });
      for (const team of teams) {
        messages.push({ kind: "caseworker", recipient: teamInbox(team), payload: caseworkerEmail(complaint, team) });
        if (webhooks[team]) messages.push({ kind: "webhook", recipient: team, payload: caseworkerWebhookBody(complaint, team) });
      }
      if (consentLink && kept.consent?.requestEmail) {
        messages.push({
          kind: "consent-request",
          recipient: kept.consent.requestEmail,
          payload: consentRequestEmail({
            lang: kept.consent.requestLang ?? lang,
            link: consentLink,
            representativeName: kept.yourDetails?.fullName ?? "",
            personName: kept.personAffected?.fullName ?? "",
            expiresOn: new Date(now.getTime() + CONSENT_LINK_DAYS * DAY).toISOString().slice(0, 10),
          }),
        });
      }
      return messages;
    },
  });
  if (created) log.info("complaint.submitted", { teams: teams.join(","), organisations: orgs.length, lang });
  return redirect(confirmation);
}
