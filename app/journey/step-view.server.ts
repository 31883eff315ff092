import { getDirectory } from "~/directory/directory.server";
import { searchDirectory } from "~/directory/search";
import { matchName } from "~/directory/directory";
import { formerNotice, socialCareNotice } from "~/directory/notices";
import { isoDateInTimeZone } from "~/routing/dates";
import { reasonTexts } from "~/routing/texts";
import type { Lang } from "~/i18n/config";
import type { Answers } from "./answers";
import { MAX_ORGANISATIONS } from "./codes";
import { describeCode, knownCode, lookupCode } from "./directory-lookup.server";
import { factsFor } from "./facts";
import { findOrg, isDirectoryType } from "./organisation";
import { stepOf } from "./registry";
import { routingFor } from "./routing-input";
import type { Title, WalkContext } from "./step";
import type { OrgView, StepView } from "./view";
import { isOrgComplete, onPathAnswers, previous, slugFor, type JourneyRef } from "./walk";

/** The walk as the server runs it: today in the UK, and the real directory. */
export function walkContext(now = new Date()): WalkContext {
  return { today: isoDateInTimeZone(now), lookup: lookupCode, knownCode };
}

export const stepUrl = (lang: Lang, ref: JourneyRef) => `/${lang}/complaint/${slugFor(ref)}`;

/** One organisation as the pages, emails and the webhook show it, its name in the page's language. */
export function orgView(answers: Answers, orgId: string, lang: Lang, context: WalkContext): OrgView | undefined {
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
    complete: isOrgComplete(orgId, answers, context),
  };
}

export const orgViews = (answers: Answers, lang: Lang, context: WalkContext): OrgView[] =>
  (answers.organisations ?? []).map((org) => orgView(answers, org.id, lang, context)!);

/** The page title's key in the journey namespace, as the step chooses it. */
function titleOf(ref: JourneyRef, answers: Answers): { titleKey: string; titleValues?: Record<string, string | number> } {
  const title = stepOf(ref.kind).title;
  const chosen: Title = typeof title === "function" ? title(answers, ref.orgId) : title;
  return typeof chosen === "string" ? { titleKey: `journey:${chosen}` } : { titleKey: `journey:${chosen.key}`, titleValues: chosen.values };
}

function search(ref: JourneyRef, answers: Answers, lang: Lang, url: URL): StepView["search"] {
  const type = findOrg(answers, ref.orgId)?.type;
  if (ref.kind !== "org-which" || !isDirectoryType(type)) return undefined;
  const query = (url.searchParams.get("q") ?? "").slice(0, 200);
  const found = query.trim() ? searchDirectory(getDirectory(), query, { lang, bodyType: type, limit: 20 }) : undefined;
  const results = (found?.matches ?? []).map((match) => ({
    code: match.status === "current" ? match.entry.code : match.former.code,
    name: matchName(match, lang),
    notice: match.status === "former" ? formerNotice(match, lang) : socialCareNotice(match.entry),
  }));
  // The organisation chosen before stays on the page until another is chosen.
  const chosen = findOrg(answers, ref.orgId)?.code;
  if (chosen && !results.some((r) => r.code === chosen)) {
    const described = describeCode(chosen, lang);
    if (described) results.unshift({ code: chosen, name: described.name, notice: described.notice });
  }
  return { query, results, total: found?.total ?? 0, notice: found?.notice };
}

/** Everything a step's page shows, computed here so the page itself only renders. */
export function buildView(ref: JourneyRef, answers: Answers, lang: Lang, url: URL, context: WalkContext): StepView {
  const step = stepOf(ref.kind);
  const change = url.searchParams.get("change") === "1";
  const back = previous(ref, answers, context);
  const view: StepView = {
    ref,
    section: step.section,
    ...titleOf(ref, answers),
    lang,
    action: `${stepUrl(lang, ref)}${change ? "?change=1" : ""}`,
    backHref: change ? `/${lang}/complaint/check-answers` : back ? stepUrl(lang, back) : `/${lang}`,
    exitPage: step.exitPage === true,
    today: context.today,
    values: step.form?.toForm(answers, ref.orgId) ?? {},
    facts: factsFor(answers, ref.orgId),
    org: ref.orgId ? orgView(answers, ref.orgId, lang, context) : undefined,
    orgs: orgViews(answers, lang, context),
    maxOrganisations: MAX_ORGANISATIONS,
    search: search(ref, answers, lang, url),
  };
  if (ref.kind === "outcome" || ref.kind === "check-answers") {
    const result = routingFor(answers, context.today, context.lookup);
    if (result) view.routing = { result, reasons: reasonTexts(result.reasons, lang) };
  }
  if (ref.kind === "check-answers") view.answers = onPathAnswers(answers, context);
  return view;
}
