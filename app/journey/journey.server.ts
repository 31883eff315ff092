import crypto from "node:crypto";
import { createCookie, data, redirect, type Cookie } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod/v4";
import { getDb } from "~/db/db.server";
import { createDraft, getDraft, saveAnswers, type Draft } from "~/models/draft.server";
import { getEnv } from "~/env.server";
import { getDirectory } from "~/directory/directory.server";
import { searchDirectory } from "~/directory/search";
import { matchName } from "~/directory/directory";
import { formerNotice, socialCareNotice } from "~/directory/notices";
import { isoDateInTimeZone } from "~/routing/dates";
import { reasonTexts } from "~/routing/texts";
import type { Lang } from "~/i18n/config";
import { MAX_ORGANISATIONS, type Answers } from "./answers";
import { routingFor } from "./routing-input";
import { describeCode, knownCode, lookupCode } from "./directory-lookup.server";
import { findOrg, isDirectoryType, STEPS, type StepRef } from "./steps";
import { canVisit, firstIncomplete, isComplete, next, onPathAnswers, previous, readyToCheck, refFromSlug, slugFor, stepContext, type WalkContext } from "./walk";
import type { OrgView, StepView } from "./view";
import { readForm } from "~/utils/form.server";
import { DRAFT_COOKIE } from "~/utils/cookie-names";
import { existingSubmission, submitComplaint } from "~/submission/submit.server";

let cookie: Cookie | undefined;

/** The draft cookie holds only the draft's id, signed so a forged or foreign id is ignored. */
function draftCookie(): Cookie {
  const env = getEnv();
  cookie ??= createCookie(DRAFT_COOKIE, {
    secrets: [env.SESSION_SECRET],
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: env.DRAFT_TTL_DAYS * 24 * 60 * 60,
  });
  return cookie;
}

export async function draftCookieHeader(request: Request, draftId: string | null): Promise<string> {
  const secure = new URL(request.url).protocol === "https:";
  return draftId === null
    ? draftCookie().serialize("", { maxAge: 0, secure })
    : draftCookie().serialize(draftId, { secure });
}

/** The draft id this browser holds, if its cookie is genuine. */
export async function readDraftId(request: Request): Promise<string | undefined> {
  const id: unknown = await draftCookie().parse(request.headers.get("Cookie"));
  return typeof id === "string" && /^[0-9a-f-]{36}$/.test(id) ? id : undefined;
}

export async function readDraft(request: Request, now = new Date()): Promise<Draft | null> {
  const id = await readDraftId(request);
  return id ? getDraft(getDb(), id, now) : null;
}

export function walkContext(now = new Date()): WalkContext {
  return { today: isoDateInTimeZone(now), lookup: lookupCode, knownCode };
}

const stepUrl = (lang: Lang, ref: StepRef) => `/${lang}/complaint/${slugFor(ref)}`;

function orgView(answers: Answers, orgId: string, lang: Lang, context: WalkContext): OrgView | undefined {
  const org = findOrg(answers, orgId);
  if (!org) return undefined;
  const described = org.code ? describeCode(org.code, lang) : undefined;
  const info = org.code ? lookupCode(org.code) : undefined;
  return {
    id: org.id,
    type: org.type,
    name: described?.name ?? org.name,
    nation: info?.nation ?? org.nation,
    funding: org.funding,
    notice: described?.notice,
    local: org.local,
    complete: (["org-type", "org-which", "org-complaint"] as const).every((kind) => isComplete({ kind, orgId }, answers, context)),
  };
}

/** The few answers a step's schema reads in the browser; nothing else leaves the server. */
function schemaAnswers(answers: Answers): Answers {
  return {
    personAffected: answers.personAffected ? { fullName: "", status: answers.personAffected.status } : undefined,
    organisations: answers.organisations?.map((org) => ({ id: org.id, type: org.type })),
    yourDetails: answers.yourDetails
      ? { fullName: "", email: answers.yourDetails.email ? "on-file@example.org" : undefined, phone: answers.yourDetails.phone ? "00000000000" : undefined }
      : undefined,
    preferences: answers.preferences,
  };
}

function buildView(ref: StepRef, answers: Answers, lang: Lang, url: URL, context: WalkContext): StepView {
  const step = STEPS[ref.kind];
  const back = previous(ref, answers, context);
  const orgs = (answers.organisations ?? []).map((org) => orgView(answers, org.id, lang, context)!);
  const view: StepView = {
    ref,
    ...titleFor(ref, answers, orgs.length),
    lang,
    action: `${stepUrl(lang, ref)}${url.searchParams.get("change") ? "?change=1" : ""}`,
    backHref: url.searchParams.get("change") ? `/${lang}/complaint/check-answers` : back ? stepUrl(lang, back) : `/${lang}`,
    exitPage: Boolean(step.exitPage),
    today: context.today,
    values: step.toForm?.(answers, ref.orgId) ?? {},
    schemaAnswers: schemaAnswers(answers),
    representative: answers.who !== undefined && answers.who.complainant !== "person-affected",
    org: ref.orgId ? orgView(answers, ref.orgId, lang, context) : undefined,
    orgs,
    maxOrganisations: MAX_ORGANISATIONS,
    consentRefused: answers.personAffected?.status === "can-consent" && answers.authority?.consent === "refused",
  };
  if (ref.kind === "org-which" && isDirectoryType(view.org?.type)) {
    const query = (url.searchParams.get("q") ?? "").slice(0, 200);
    const directory = getDirectory();
    const found = query.trim() ? searchDirectory(directory, query, { lang, bodyType: view.org?.type, limit: 20 }) : undefined;
    const results = (found?.matches ?? []).map((match) => ({
      code: match.status === "current" ? match.entry.code : match.former.code,
      name: matchName(match, lang),
      notice: match.status === "former" ? formerNotice(match, lang) : socialCareNotice(match.entry),
    }));
    const chosen = findOrg(answers, ref.orgId)?.code;
    if (chosen && !results.some((r) => r.code === chosen)) {
      const described = describeCode(chosen, lang);
      if (described) results.unshift({ code: chosen, name: described.name, notice: described.notice });
    }
    view.search = { query, results, total: found?.total ?? 0, notice: found?.notice };
  }
  if (ref.kind === "outcome" || ref.kind === "check-answers") {
    const result = routingFor(answers, context.today, context.lookup);
    if (result) view.routing = { result, reasons: reasonTexts(result.reasons, lang) };
  }
  if (ref.kind === "check-answers") view.answers = onPathAnswers(answers, context);
  return view;
}

const TITLES: Record<StepRef["kind"], string> = {
  risk: "risk.title",
  "urgent-help": "urgentHelp.title",
  who: "who.title",
  "person-affected": "personAffected.title",
  authority: "authority.authorityTitle",
  "org-type": "orgType.title",
  "org-which": "orgWhich.titles.other",
  "org-complaint": "orgComplaint.title",
  organisations: "organisations.title",
  "what-happened": "whatHappened.title",
  dates: "dates.title",
  impact: "impact.titleOther",
  "put-right": "putRight.title",
  "legal-action": "legal.title",
  delay: "delay.title",
  outcome: "outcome.title",
  "your-details": "yourDetails.title",
  preferences: "preferences.title",
  address: "address.title",
  "check-answers": "check.title",
  consent: "consent.evidenceTitle",
  declaration: "declaration.title",
};

function titleFor(ref: StepRef, answers: Answers, orgCount: number): { titleKey: string; titleValues?: Record<string, number> } {
  const type = findOrg(answers, ref.orgId)?.type;
  const key =
    ref.kind === "authority" && answers.personAffected?.status === "can-consent"
      ? "authority.consentTitle"
      : ref.kind === "org-which" && type && isDirectoryType(type)
        ? `orgWhich.titles.${type}`
        : ref.kind === "impact" && answers.who?.complainant === "person-affected"
          ? "impact.titleSelf"
          : ref.kind === "consent" && answers.personAffected?.status === "can-consent"
            ? "consent.methodTitle"
            : TITLES[ref.kind];
  return { titleKey: `journey:${key}`, ...(ref.kind === "organisations" ? { titleValues: { count: orgCount } } : {}) };
}

export type LoadResult = { view: StepView };

/** GET a step: the page, or a redirect to where the person should be. */
export async function loadStep(request: Request, lang: Lang, slug: string): Promise<LoadResult> {
  const url = new URL(request.url);
  const draft = await readDraft(request);
  const answers = (draft?.answers ?? {}) as Answers;
  const context = walkContext();
  const ref = refFromSlug(slug, answers);
  if (!ref) throw new Response(null, { status: 404 });
  if (!canVisit(ref, answers, context)) throw redirect(stepUrl(lang, firstIncomplete(answers, context)));
  return { view: buildView(ref, answers, lang, url, context) };
}

/** Where someone opening the journey's start should land. */
export async function startUrl(request: Request, lang: Lang): Promise<string> {
  const draft = await readDraft(request);
  return stepUrl(lang, firstIncomplete((draft?.answers ?? {}) as Answers, walkContext()));
}

async function save(request: Request, draft: Draft | null, answers: Answers, lang: Lang): Promise<{ headers: HeadersInit }> {
  const db = getDb();
  const now = new Date();
  let id = draft?.id;
  if (!id) id = await createDraft(db, lang, now);
  const result = await saveAnswers(db, id, answers, lang, now);
  if (!result.ok) throw new Error(`draft save failed: ${result.reason}`);
  return { headers: draft ? {} : { "Set-Cookie": await draftCookieHeader(request, id) } };
}

const newOrgId = () => crypto.randomBytes(6).toString("hex");

/** POST a step: the answer saved and a redirect onward, or the form again with errors and everything typed. */
export async function submitStep(request: Request, lang: Lang, slug: string) {
  const url = new URL(request.url);
  const formData = await readForm(request);
  const draft = await readDraft(request);
  // Sent already (a double click, or back and send again): show the same confirmation.
  if (!draft && slug === "declaration" && (await existingSubmission(await readDraftId(request)))) {
    return redirect(`/${lang}/complaint/confirmation`);
  }
  const answers = (draft?.answers ?? {}) as Answers;
  const context = walkContext();
  const ref = refFromSlug(slug, answers);
  if (!ref) throw new Response(null, { status: 404 });
  if (!canVisit(ref, answers, context)) throw redirect(stepUrl(lang, firstIncomplete(answers, context)));
  const change = url.searchParams.get("change") === "1";
  const intent = formData.get("intent");

  const onward = async (answered: Answers, from: StepRef) => {
    // Any change after check-your-answers means checking again.
    const updated = from.kind === "consent" ? answered : { ...answered, checked: from.kind === "check-answers" };
    const { headers } = await save(request, draft, updated, lang);
    if (!change) return redirect(stepUrl(lang, next(from, updated, context)), { headers });
    // A change from check your answers goes back there, or first to what the change now needs, still in change mode.
    if (readyToCheck(updated, context)) return redirect(stepUrl(lang, { kind: "check-answers" }), { headers });
    return redirect(`${stepUrl(lang, firstIncomplete(updated, context))}?change=1`, { headers });
  };
  const fail = (error: Record<string, string[]>) =>
    data({ status: "error" as const, error, initialValue: Object.fromEntries(formData) as Record<string, string> }, { status: 400 });

  if (ref.kind === "organisations") {
    const orgs = answers.organisations ?? [];
    if (intent === "remove") {
      const orgId = String(formData.get("orgId") ?? "");
      if (!orgs.some((org) => org.id === orgId)) return fail({ addAnother: ["errors.organisations.unknown"] });
      const { headers } = await save(request, draft, { ...answers, organisations: orgs.filter((org) => org.id !== orgId), organisationsDone: false }, lang);
      return redirect(stepUrl(lang, ref), { headers });
    }
    const wantsAnother = intent === "add" || formData.get("addAnother") === "yes";
    if (wantsAnother) {
      if (orgs.length >= MAX_ORGANISATIONS) return fail({ addAnother: ["errors.organisations.limit"] });
      const id = newOrgId();
      const { headers } = await save(request, draft, { ...answers, organisations: [...orgs, { id }], organisationsDone: false }, lang);
      return redirect(stepUrl(lang, { kind: "org-type", orgId: id }), { headers });
    }
    const unfinished = orgs.some((org) => !orgView(answers, org.id, lang, context)?.complete);
    if (orgs.length > 0 && unfinished) return fail({ addAnother: ["errors.organisations.incomplete"] });
  }

  if (ref.kind === "check-answers") {
    if (!readyToCheck(answers, context)) throw redirect(stepUrl(lang, firstIncomplete(answers, context)));
    return onward(answers, ref);
  }

  const step = STEPS[ref.kind];
  if (!step.schema || !step.apply) {
    // Information pages: continue if the walk allows it.
    return redirect(stepUrl(lang, next(ref, answers, context)));
  }
  const submission = parseWithZod(formData, { schema: step.schema(stepContext(answers, ref, context)) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const updated = step.apply(answers, submission.value as never, ref.orgId);
  if (ref.kind === "declaration" && draft) {
    // A field people cannot see or reach: only software fills it in.
    if (String(formData.get("website") ?? "") !== "") throw new Response(null, { status: 400 });
    const orgs = (updated.organisations ?? []).map((org) => orgView(updated, org.id, lang, context)!);
    return submitComplaint({ request, lang, draftId: draft.id, answers: updated, orgs, context });
  }
  return onward(updated, ref);
}
