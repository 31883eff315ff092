import { data, redirect } from "@remix-run/node";
import type { Lang } from "~/i18n/config";
import { readForm } from "~/utils/form.server";
import { existingSubmission, submitComplaint } from "~/submission/submit.server";
import type { Answers } from "./answers";
import { readDraft, readDraftId, saveDraft, type JourneyDraft } from "./draft-session.server";
import { organisationIntent } from "./organisations.server";
import { stepOf } from "./registry";
import { buildView, orgViews, stepUrl, walkContext } from "./step-view.server";
import { canVisit, firstIncomplete, next, readyToCheck, refFromSlug, stepContext, type JourneyRef, type WalkContext } from "./walk";

/** The step a URL names, if the person may open it now; otherwise a 404 or a redirect to where they should be. */
function requireStep(slug: string, answers: Answers, lang: Lang, context: WalkContext): JourneyRef {
  const ref = refFromSlug(slug, answers);
  if (!ref) throw new Response(null, { status: 404 });
  if (!canVisit(ref, answers, context)) throw redirect(stepUrl(lang, firstIncomplete(answers, context)));
  return ref;
}

/** GET a step: the page, or a redirect to where the person should be. */
export async function loadStep(request: Request, lang: Lang, slug: string) {
  const draft = await readDraft(request);
  const answers = draft?.answers ?? {};
  const context = walkContext();
  const ref = requireStep(slug, answers, lang, context);
  return { view: buildView(ref, answers, lang, new URL(request.url), context) };
}

/** Where someone opening the journey's start should land. */
export async function startUrl(request: Request, lang: Lang): Promise<string> {
  const draft = await readDraft(request);
  return stepUrl(lang, firstIncomplete(draft?.answers ?? {}, walkContext()));
}

/** Save the answers and go on: to the next step, or back to check your answers after a change. */
async function onward(request: Request, draft: JourneyDraft | null, answers: Answers, from: JourneyRef, lang: Lang, context: WalkContext) {
  // Any change after check your answers means checking again; the consent step comes after it.
  const updated = from.kind === "consent" ? answers : { ...answers, checked: from.kind === "check-answers" };
  const { headers } = await saveDraft(request, draft, updated, lang);
  if (new URL(request.url).searchParams.get("change") !== "1") return redirect(stepUrl(lang, next(from, updated, context)), { headers });
  // A change from check your answers goes back there, or first to what the change now needs, still in change mode.
  if (readyToCheck(updated, context)) return redirect(stepUrl(lang, { kind: "check-answers" }), { headers });
  return redirect(`${stepUrl(lang, firstIncomplete(updated, context))}?change=1`, { headers });
}

/** POST a step: the answer saved and a redirect onward, or the form again with errors and everything typed. */
export async function submitStep(request: Request, lang: Lang, slug: string) {
  const formData = await readForm(request);
  const draft = await readDraft(request);
  // Sent already (a double click, or back and send again): show the same confirmation.
  if (!draft && slug === "declaration" && (await existingSubmission(await readDraftId(request)))) {
    return redirect(`/${lang}/complaint/confirmation`);
  }
  const answers = draft?.answers ?? {};
  const context = walkContext();
  const ref = requireStep(slug, answers, lang, context);

  if (ref.kind === "organisations") {
    const handled = await organisationIntent(request, formData, draft, lang, context);
    if (handled?.response) return handled.response;
    if (handled?.reply) return data(handled.reply, { status: 400 });
  }
  if (ref.kind === "check-answers") {
    if (!readyToCheck(answers, context)) throw redirect(stepUrl(lang, firstIncomplete(answers, context)));
    return onward(request, draft, answers, ref, lang, context);
  }

  const form = stepOf(ref.kind).form;
  // Information pages: continue if the walk allows it.
  if (!form) return redirect(stepUrl(lang, next(ref, answers, context)));
  const parsed = form.parse(formData, stepContext(answers, ref, context));
  if (parsed.status === "error") return data(parsed.reply, { status: 400 });
  const updated = parsed.store(answers, ref.orgId);
  if (ref.kind === "declaration" && draft) {
    // A field people cannot see or reach: only software fills it in.
    if (String(formData.get("website") ?? "") !== "") throw new Response(null, { status: 400 });
    return submitComplaint({ request, lang, draftId: draft.id, answers: updated, orgs: orgViews(updated, lang, context), context });
  }
  return onward(request, draft, updated, ref, lang, context);
}
