import crypto from "node:crypto";
import { redirect } from "@remix-run/node";
import * as z from "zod";
import { parseWithZod } from "@conform-to/zod/v4";
import { getDb } from "~/db/db.server";
import { getDraft } from "~/models/draft.server";
import { enqueue } from "~/models/outbox.server";
import { consumeReturnToken, createReturnToken, findReturnToken } from "~/models/token.server";
import type { Lang } from "~/i18n/config";
import { EMAIL } from "~/journey/fields";
import { draftCookieHeader, readDraft } from "~/journey/draft-session.server";
import { readForm } from "~/utils/form.server";
import { ukDate } from "~/utils/time";
import { saveReturnEmail } from "./messages/link-emails.server";
import { publicOrigin } from "./teams.server";

const emailSchema = z.object({
  email: z
    .string({ error: "save.errors.emailRequired" })
    .trim()
    .min(1, "save.errors.emailRequired")
    .max(254, "save.errors.emailInvalid")
    .regex(EMAIL, "save.errors.emailInvalid"),
});

/** The save page: the address to suggest and when the answers expire, or nothing saved yet. */
export async function loadSave(request: Request) {
  const draft = await readDraft(request);
  if (!draft) return { draft: false as const };
  return { draft: true as const, email: draft.answers.yourDetails?.email ?? "", expiresOn: ukDate(draft.expiresAt) };
}

/**
 * Email a single-use link back to this draft. The token is stored hashed and
 * expires with the draft; the token and its email are written in one
 * transaction so a confirmed "sent" is never a lost message.
 */
export async function requestReturnLink(request: Request, lang: Lang) {
  const form = await readForm(request);
  const draft = await readDraft(request);
  if (!draft) throw redirect(`/${lang}/complaint/save`);
  const submission = parseWithZod(form, { schema: emailSchema });
  if (submission.status !== "success") return submission.reply();
  const db = getDb();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const token = await createReturnToken(trx, { draftId: draft.id, now, expiresAt: draft.expiresAt });
    await enqueue(trx, {
      kind: "save-return",
      recipient: submission.value.email,
      payload: saveReturnEmail({ lang, link: `${publicOrigin(request)}/${lang}/return/${token}`, expiresOn: ukDate(draft.expiresAt) }),
      idempotencyKey: `save-return:${crypto.randomUUID()}`,
      now,
    });
  });
  throw redirect(`/${lang}/complaint/save/sent`);
}

/** Opening a link shows a button rather than using it up: mail scanners open links too. */
export async function findReturnLink(token: string): Promise<boolean> {
  return Boolean(await findReturnToken(getDb(), token, new Date()));
}

/** Use the link: the browser gets the draft back, in the language it was saved in. */
export async function redeemReturnLink(request: Request, token: string): Promise<Response> {
  await readForm(request);
  const db = getDb();
  const now = new Date();
  const used = await consumeReturnToken(db, token, now);
  const draft = used ? await getDraft(db, used.draftId, now) : null;
  if (!draft) return redirect(`${new URL(request.url).pathname}`);
  return redirect(`/${draft.lang}/complaint`, { headers: { "Set-Cookie": await draftCookieHeader(request, draft.id) } });
}
