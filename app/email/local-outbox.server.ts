import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { getEnv } from "~/env.server";
import { log } from "~/utils/log.server";
import type { EmailMessage, SendResult } from "./types";

/**
 * Stands in for Postmark when no token is set (development, tests): each
 * message becomes `<time>-<key>.json` (plus `.html` and `.txt` to read) in
 * DATA_DIR/outbox. A marker per idempotency key, created atomically, makes
 * a second write of the same key a no-op, so "sent exactly once" can be
 * checked by counting files.
 */
export type LocalMessage = EmailMessage & { id: string; createdAt: string };

const ID = /^[A-Za-z0-9_-]+$/;

function localOutboxDir(): string {
  return path.join(getEnv().DATA_DIR, "outbox");
}

export async function writeLocalMessage(message: EmailMessage, dir: string = localOutboxDir(), now: Date = new Date()): Promise<SendResult> {
  try {
    const hash = keyHash(message.idempotencyKey);
    const id = await claimKey(dir, hash, `${now.toISOString().replace(/[:.]/g, "-")}-${slug(message.idempotencyKey)}-${hash.slice(0, 10)}`);
    const file = path.join(dir, `${id}.json`);
    if (await exists(file)) {
      log.info("email.local.duplicate", { id });
      return { ok: true, providerMessageId: `local:${id}` };
    }
    const record: LocalMessage = { id, createdAt: now.toISOString(), ...message };
    await fs.writeFile(path.join(dir, `${id}.html`), message.html);
    await fs.writeFile(path.join(dir, `${id}.txt`), message.text);
    // The .json appears last and whole (rename is atomic), so a listed message is always complete.
    await writeAtomically(file, `${JSON.stringify(record, null, 2)}\n`);
    return { ok: true, providerMessageId: `local:${id}` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    return { ok: false, retryable: true, error: `local outbox: ${code}` };
  }
}

/** Every message, newest first. */
export async function listLocalOutbox(dir: string = localOutboxDir()): Promise<LocalMessage[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const ids = names.filter((name) => name.endsWith(".json")).map((name) => name.slice(0, -".json".length));
  const messages = await Promise.all(ids.sort().reverse().map((id) => readLocalMessage(id, dir)));
  return messages.filter((message): message is LocalMessage => message !== undefined);
}

export async function readLocalMessage(id: string, dir: string = localOutboxDir()): Promise<LocalMessage | undefined> {
  if (!ID.test(id)) return undefined; // ids come from URLs: no path traversal
  try {
    return JSON.parse(await fs.readFile(path.join(dir, `${id}.json`), "utf8")) as LocalMessage;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * The message id for this key: `proposed` if this is the key's first write,
 * else the id recorded by the first. link() fails with EEXIST atomically and
 * only ever exposes a complete marker, even with several processes.
 */
async function claimKey(dir: string, hash: string, proposed: string): Promise<string> {
  const keys = path.join(dir, ".keys");
  await fs.mkdir(keys, { recursive: true });
  const marker = path.join(keys, hash);
  const temp = `${marker}.${process.pid}.${crypto.randomUUID()}`;
  await fs.writeFile(temp, proposed);
  try {
    await fs.link(temp, marker);
    return proposed;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await fs.readFile(marker, "utf8")).trim();
  } finally {
    await fs.rm(temp, { force: true });
  }
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
  await fs.writeFile(temp, content);
  await fs.rename(temp, file);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

function keyHash(key: string): string {
  return crypto.createHash("sha256").update(key).digest("hex");
}

/** Readable file names whatever the key contains; the hash suffix keeps keys that slug alike apart. */
function slug(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 60);
}
