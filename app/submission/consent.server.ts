import crypto from "node:crypto";
import * as z from "zod";
import { parseWithZod } from "@conform-to/zod/v4";
import { getDb } from "~/db/db.server";
import { enqueue } from "~/models/outbox.server";
import { getSubmission } from "~/models/submission.server";
import { confirmConsent, findConsentRequest } from "~/models/token.server";
import { readForm } from "~/utils/form.server";
import { consentAnswerEmail } from "./messages/consent-answer.server";
import { toSubmitted } from "./submit.server";
import { teamInbox } from "./teams.server";

const answerSchema = z.object({
  decision: z.enum(["agreed", "refused"], { error: "consentConfirm.errors.answerRequired" }),
  name: z.string({ error: "consentConfirm.errors.nameRequired" }).trim().min(1, "consentConfirm.errors.nameRequired").max(200),
});

/** The page behind a consent link: who asked and the reference, or nothing if the link is spent. */
export async function loadConsentRequest(token: string) {
  const request = await findConsentRequest(getDb(), token, new Date());
  const submission = request?.submissionId ? await getSubmission(getDb(), request.submissionId) : null;
  if (!submission) return { valid: false as const };
  const complaint = toSubmitted(submission);
  return { valid: true as const, reference: complaint.reference, representative: complaint.answers.yourDetails?.fullName ?? "" };
}

/**
 * Record the person's answer once, and tell every team that received the
 * complaint, in the same transaction.
 */
export async function answerConsent(request: Request, token: string) {
  const form = await readForm(request);
  const parsed = parseWithZod(form, { schema: answerSchema });
  if (parsed.status !== "success") return parsed.reply();
  const answer = parsed.value;
  const db = getDb();
  const now = new Date();
  const outcome = await db.transaction().execute(async (trx) => {
    const confirmed = await confirmConsent(trx, token, { name: answer.name, now, decision: answer.decision });
    const submission = confirmed?.submissionId ? await getSubmission(trx, confirmed.submissionId) : null;
    if (!submission) return null;
    const complaint = toSubmitted(submission);
    for (const team of complaint.teams) {
      await enqueue(trx, {
        kind: "caseworker",
        recipient: teamInbox(team),
        payload: consentAnswerEmail({ reference: complaint.reference, team, decision: answer.decision, name: answer.name, answeredAt: now.toISOString() }),
        idempotencyKey: `consent-answer:${submission.id}:${team}:${crypto.createHash("sha256").update(token).digest("hex").slice(0, 16)}`,
        submissionId: submission.id,
        now,
      });
    }
    return answer.decision;
  });
  return outcome ? { status: "done" as const, decision: outcome } : { status: "expired" as const };
}
