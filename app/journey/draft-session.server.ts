import { createCookie, type Cookie } from "@remix-run/node";
import { getDb } from "~/db/db.server";
import { createDraft, getDraft, saveAnswers } from "~/models/draft.server";
import { getEnv } from "~/env.server";
import type { Lang } from "~/i18n/config";
import { DRAFT_COOKIE } from "~/utils/cookie-names";
import { isSecure } from "~/utils/http.server";
import { readAnswers, type Answers } from "./answers";

/** A draft as the journey sees it: its answers read back through the steps' shapes. */
export type JourneyDraft = { id: string; answers: Answers; lang: Lang; expiresAt: Date };

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

/** Set-Cookie for this browser's draft, or to forget it (null). */
export async function draftCookieHeader(request: Request, draftId: string | null): Promise<string> {
  const secure = isSecure(request);
  return draftId === null ? draftCookie().serialize("", { maxAge: 0, secure }) : draftCookie().serialize(draftId, { secure });
}

/** The draft id this browser holds, if its cookie is genuine. */
export async function readDraftId(request: Request): Promise<string | undefined> {
  const id: unknown = await draftCookie().parse(request.headers.get("Cookie"));
  return typeof id === "string" && /^[0-9a-f-]{36}$/.test(id) ? id : undefined;
}

export async function readDraft(request: Request, now = new Date()): Promise<JourneyDraft | null> {
  const id = await readDraftId(request);
  const draft = id ? await getDraft(getDb(), id, now) : null;
  return draft && { id: draft.id, answers: readAnswers(draft.answers), lang: draft.lang, expiresAt: draft.expiresAt };
}

/** Store the answers, starting a draft (and its cookie) if this browser has none. */
export async function saveDraft(request: Request, draft: JourneyDraft | null, answers: Answers, lang: Lang): Promise<{ headers: HeadersInit }> {
  const db = getDb();
  const now = new Date();
  const id = draft?.id ?? (await createDraft(db, lang, now));
  const result = await saveAnswers(db, id, answers, lang, now);
  if (!result.ok) throw new Error(`draft save failed: ${result.reason}`);
  return { headers: draft ? {} : { "Set-Cookie": await draftCookieHeader(request, id) } };
}
