import crypto from "node:crypto";
import { getDb } from "~/db/db.server";
import { getEnv } from "~/env.server";
import { countByStatus, listOutbox } from "~/models/outbox.server";
import { listLocalOutbox, readLocalMessage } from "~/email/local-outbox.server";
import { transportName } from "~/email/transport.server";

/** HTTP Basic with user "ops" and OPS_PASSWORD; without a password set, the page does not exist. */
export function requireOps(request: Request): void {
  const password = getEnv().OPS_PASSWORD;
  if (!password) throw new Response(null, { status: 404 });
  const header = request.headers.get("Authorization") ?? "";
  const given = header.startsWith("Basic ") ? Buffer.from(header.slice(6), "base64").toString("utf8") : "";
  const expected = `ops:${password}`;
  const ok = given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) throw new Response(null, { status: 401, headers: { "WWW-Authenticate": 'Basic realm="operators", charset="UTF-8"' } });
}

/** Undelivered messages for operators: no addresses or contents, only what is needed to act. */
export async function outboxReport() {
  const db = getDb();
  const [counts, failed, pending] = await Promise.all([
    countByStatus(db),
    listOutbox(db, { status: "failed", limit: 200 }),
    listOutbox(db, { status: "pending", limit: 200 }),
  ]);
  const rows = [...failed, ...pending].map((m) => ({
    id: m.id,
    reference: m.reference,
    kind: m.kind,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
  }));
  return { counts, rows };
}

/** The local outbox page exists only where email is not really sent, and only when asked for. */
export function requireLocalOutboxPage(): void {
  const env = getEnv();
  const on = env.LOCAL_OUTBOX_PAGE === "on" || (env.LOCAL_OUTBOX_PAGE === undefined && env.NODE_ENV === "development");
  if (!on || transportName(env) !== "local-outbox") throw new Response(null, { status: 404 });
}

export async function localOutbox() {
  requireLocalOutboxPage();
  return (await listLocalOutbox()).map((m) => ({ id: m.id, to: m.to, subject: m.subject, createdAt: m.createdAt }));
}

export async function localMessageHtml(id: string): Promise<string> {
  requireLocalOutboxPage();
  const message = await readLocalMessage(id);
  if (!message) throw new Response(null, { status: 404 });
  return message.html;
}
