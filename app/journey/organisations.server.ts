import crypto from "node:crypto";
import { redirect } from "@remix-run/node";
import type { SubmissionResult } from "@conform-to/react";
import type { Lang } from "~/i18n/config";
import type { Answers } from "./answers";
import { MAX_ORGANISATIONS } from "./codes";
import { saveDraft, type JourneyDraft } from "./draft-session.server";
import { stepUrl } from "./step-view.server";
import { isOrgComplete, type WalkContext } from "./walk";

const newOrgId = () => crypto.randomBytes(6).toString("hex");

/** Conform's reply for an error on the list's own question, keeping what was posted. */
function fail(formData: FormData, message: string): SubmissionResult<string[]> {
  return { status: "error", initialValue: Object.fromEntries(formData) as Record<string, string>, error: { addAnother: [message] } };
}

/**
 * The list of organisations' own intents: add one (to its first question) or
 * remove one. Anything else is the list's ordinary answer, handled as any step's.
 */
export async function organisationIntent(request: Request, formData: FormData, draft: JourneyDraft | null, lang: Lang, context: WalkContext) {
  const answers: Answers = draft?.answers ?? {};
  const orgs = answers.organisations ?? [];
  const intent = formData.get("intent");
  if (intent === "remove") {
    const orgId = String(formData.get("orgId") ?? "");
    if (!orgs.some((org) => org.id === orgId)) return { reply: fail(formData, "errors.organisations.unknown") };
    const { headers } = await saveDraft(request, draft, { ...answers, organisations: orgs.filter((org) => org.id !== orgId), organisationsDone: false, checked: false }, lang);
    return { response: redirect(stepUrl(lang, { kind: "organisations" }), { headers }) };
  }
  if (intent === "add" || formData.get("addAnother") === "yes") {
    if (orgs.length >= MAX_ORGANISATIONS) return { reply: fail(formData, "errors.organisations.limit") };
    const id = newOrgId();
    const { headers } = await saveDraft(request, draft, { ...answers, organisations: [...orgs, { id }], organisationsDone: false, checked: false }, lang);
    return { response: redirect(stepUrl(lang, { kind: "org-type", orgId: id }), { headers }) };
  }
  if (orgs.some((org) => !isOrgComplete(org.id, answers, context))) return { reply: fail(formData, "errors.organisations.incomplete") };
  return undefined;
}
