import { redirect } from "@remix-run/node";
import { getDb } from "~/db/db.server";
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
import { daysAfter, ukDate } from "~/utils/time";
import { caseworkerEmail } from "./messages/caseworker.server";
import { confirmationEmail } from "./messages/confirmation.server";
import { consentRequestEmail } from "./messages/link-emails.server";
import { caseworkerWebhookBody } from "./webhook";
import { teamsFor } from "./teams";
import { publicOrigin, teamInbox, teamWebhooks } from "./teams.server";
import type { ConsentRecord, SubmittedComplaint, Team } from "./types";

const CONSENT_LINK_DAYS = 30;

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
    const token = await createConsentRequest(db, { target: { draftId }, now, expiresAt: daysAfter(now, CONSENT_LINK_DAYS) });
    consentLink = `${publicOrigin(request)}/${kept.consent.requestLang ?? lang}/consent/${token}`;
  }
  const consent = consentRecord(kept, now, consentLink ? now : undefined);

  const { created } = await createSubmission(db, {
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
            expiresOn: ukDate(daysAfter(now, CONSENT_LINK_DAYS)),
          }),
        });
      }
      return messages;
    },
  });
  if (created) log.info("complaint.submitted", { teams: teams.join(","), organisations: orgs.length, lang });
  return redirect(confirmation);
}
