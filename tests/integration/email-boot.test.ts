import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "~/db/db.server";
import { migrate } from "~/db/migrate.server";
import { enqueue } from "~/models/outbox.server";
import { startPostmarkStandIn } from "../support/postmark-stand-in";

/**
 * startEmail as boot calls it, with settings from the environment. Each test
 * loads fresh modules, because getEnv() caches process.env.
 */
let dir: string;
let db: Db;
const KEYS = ["DATA_DIR", "EMAIL_WORKER", "EMAIL_WORKER_INTERVAL_MS", "EMAIL_WORKER_LEASE_MS", "EMAIL_FROM", "POSTMARK_SERVER_TOKEN", "POSTMARK_API_URL"] as const;
const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "email-boot-"));
  db = createDb({ kind: "sqlite", file: path.join(dir, "test.sqlite") });
  vi.spyOn(process.stdout, "write").mockImplementation(() => true); // the migration and worker log lines
  await migrate(db);
  vi.resetModules();
  Object.assign(process.env, { DATA_DIR: dir, EMAIL_WORKER_INTERVAL_MS: "100" });
  delete process.env.POSTMARK_SERVER_TOKEN;
  delete process.env.POSTMARK_API_URL;
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const key of KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const queueOne = () =>
  enqueue(db, {
    kind: "confirmation",
    recipient: "person@example.org",
    payload: { subject: "Your complaint", html: "<p>Sent</p>", text: "Sent" },
    idempotencyKey: "boot-test",
    now: new Date(),
  });

describe("startEmail", () => {
  it("delivers the outbox to DATA_DIR/outbox when no Postmark token is set", async () => {
    const { startEmail } = await import("~/email/index.server");
    const { listLocalOutbox } = await import("~/email/local-outbox.server");
    await queueOne();
    const stop = startEmail({ db });
    try {
      await vi.waitFor(async () => expect(await listLocalOutbox(path.join(dir, "outbox"))).toHaveLength(1), { timeout: 3000 });
    } finally {
      await stop();
    }
    const row = await db.selectFrom("outbox").select(["status", "provider_message_id"]).executeTakeFirstOrThrow();
    expect(row.status).toBe("sent");
    expect(row.provider_message_id).toMatch(/^local:/);
  });

  it("sends through Postmark at POSTMARK_API_URL when a token is set", async () => {
    const standIn = await startPostmarkStandIn();
    try {
      Object.assign(process.env, { POSTMARK_SERVER_TOKEN: standIn.token, POSTMARK_API_URL: standIn.url, EMAIL_FROM: "Complaints <complaints@example.org>" });
      const { startEmail } = await import("~/email/index.server");
      await queueOne();
      const stop = startEmail({ db });
      try {
        await vi.waitFor(() => expect(standIn.accepted).toHaveLength(1), { timeout: 3000 });
      } finally {
        await stop();
      }
      expect(standIn.accepted[0]!.body).toMatchObject({ From: "Complaints <complaints@example.org>", To: "person@example.org", MessageStream: "outbound" });
      expect(fs.existsSync(path.join(dir, "outbox"))).toBe(false);
      const row = await db.selectFrom("outbox").select(["status", "provider_message_id"]).executeTakeFirstOrThrow();
      expect(row).toEqual({ status: "sent", provider_message_id: standIn.accepted[0]!.messageId });
    } finally {
      await standIn.close();
    }
  });

  it("starts nothing when EMAIL_WORKER=off", async () => {
    process.env.EMAIL_WORKER = "off";
    const { startEmail } = await import("~/email/index.server");
    await queueOne();
    const stop = startEmail({ db });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stop();
    expect(fs.existsSync(path.join(dir, "outbox"))).toBe(false);
    expect((await db.selectFrom("outbox").select("status").executeTakeFirstOrThrow()).status).toBe("pending");
  });

  it("refuses a lease too short to outlast a send", async () => {
    process.env.EMAIL_WORKER_LEASE_MS = "5000";
    const { startEmail } = await import("~/email/index.server");
    expect(() => startEmail({ db })).toThrow(/EMAIL_WORKER_LEASE_MS/);
  });
});
