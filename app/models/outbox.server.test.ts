import { describeEachDatabase } from "~/db/testing/databases";
import { runInProcesses } from "~/db/testing/processes";
import type { OutboxStatus } from "~/db/schema";
import {
  claimDue,
  countByStatus,
  enqueue,
  listOutbox,
  markFailed,
  markRetry,
  markSent,
  type NewOutboxMessage,
} from "~/models/outbox.server";

const t0 = new Date("2026-11-22T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const LEASE = 60_000;

function message(key: string, overrides: Partial<NewOutboxMessage> = {}): NewOutboxMessage {
  return {
    kind: "save-return",
    recipient: "person@example.org",
    payload: { subject: "Your link", html: "<p>Link</p>", text: "Link", headers: { "X-Tag": "save" } },
    idempotencyKey: key,
    now: t0,
    ...overrides,
  };
}

describeEachDatabase("outbox", (t) => {
  const row = (id: string) => t.db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  it("enqueues once per idempotency key, keeping the first message", async () => {
    const first = await enqueue(t.db, message("k1"));
    const again = await enqueue(t.db, message("k1", { payload: { subject: "Different" }, now: at(5) }));

    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(await row(first.id)).toMatchObject({
      status: "pending",
      attempts: 0,
      next_attempt_at: t0.toISOString(),
      created_at: t0.toISOString(),
      payload: JSON.stringify(message("k1").payload),
    });
  });

  it.each<{ state: string; status: OutboxStatus; nextAttemptAt: Date; lockedUntil: Date | null; claimed: boolean }>([
    { state: "pending and due", status: "pending", nextAttemptAt: t0, lockedUntil: null, claimed: true },
    { state: "pending, due later", status: "pending", nextAttemptAt: at(1), lockedUntil: null, claimed: false },
    { state: "sending, lease run out", status: "sending", nextAttemptAt: t0, lockedUntil: t0, claimed: true },
    { state: "sending, lease running", status: "sending", nextAttemptAt: t0, lockedUntil: at(1), claimed: false },
    { state: "sent", status: "sent", nextAttemptAt: t0, lockedUntil: null, claimed: false },
    { state: "failed", status: "failed", nextAttemptAt: t0, lockedUntil: null, claimed: false },
  ])("claims a message that is $state: $claimed", async ({ status, nextAttemptAt, lockedUntil, claimed }) => {
    const { id } = await enqueue(t.db, message("k", { nextAttemptAt }));
    await t.db
      .updateTable("outbox")
      .set({ status, locked_by: lockedUntil ? "crashed" : null, locked_until: lockedUntil?.toISOString() ?? null })
      .where("id", "=", id)
      .execute();

    const batch = await claimDue(t.db, { workerId: "w1", now: t0, limit: 10, leaseMs: LEASE });
    expect(batch.map((m) => m.id)).toEqual(claimed ? [id] : []);
  });

  it("claims due messages oldest first up to the limit, leasing them and counting an attempt", async () => {
    const ids = [];
    for (const [i, due] of [at(-3000), at(-1000), at(-2000)].entries()) ids.push((await enqueue(t.db, message(`k${i}`, { nextAttemptAt: due }))).id);

    const batch = await claimDue(t.db, { workerId: "w1", now: t0, limit: 2, leaseMs: LEASE });
    expect(batch.map((m) => m.id)).toEqual([ids[0], ids[2]]);
    expect(batch[0]).toMatchObject({
      status: "sending",
      lockedBy: "w1",
      lockedUntil: at(LEASE),
      attempts: 1,
      kind: "save-return",
      recipient: "person@example.org",
      payload: message("k0").payload,
    });
    expect(await claimDue(t.db, { workerId: "w2", now: t0, limit: 10, leaseMs: LEASE })).toMatchObject([{ id: ids[1], lockedBy: "w2" }]);
    expect(await claimDue(t.db, { workerId: "w3", now: t0, limit: 10, leaseMs: LEASE })).toEqual([]);
  });

  it("reclaims a message whose worker crashed, and only the new holder can settle it", async () => {
    const { id } = await enqueue(t.db, message("k"));
    await claimDue(t.db, { workerId: "crashed", now: t0, limit: 10, leaseMs: LEASE });
    expect(await claimDue(t.db, { workerId: "w2", now: at(LEASE - 1), limit: 10, leaseMs: LEASE })).toEqual([]);

    const [reclaimed] = await claimDue(t.db, { workerId: "w2", now: at(LEASE), limit: 10, leaseMs: LEASE });
    expect(reclaimed).toMatchObject({ id, lockedBy: "w2", attempts: 2 });
    expect(await markSent(t.db, id, "crashed", { providerMessageId: "p-old", now: at(LEASE) })).toBe(false);
    expect(await markSent(t.db, id, "w2", { providerMessageId: "p-1", now: at(LEASE + 5) })).toBe(true);
    expect(await row(id)).toMatchObject({
      status: "sent",
      provider_message_id: "p-1",
      sent_at: at(LEASE + 5).toISOString(),
      locked_by: null,
      locked_until: null,
    });
  });

  it("never claims a sent message again, even long after its lease", async () => {
    const { id } = await enqueue(t.db, message("k"));
    await claimDue(t.db, { workerId: "w1", now: t0, limit: 10, leaseMs: LEASE });
    await markSent(t.db, id, "w1", { providerMessageId: null, now: t0 });

    expect(await claimDue(t.db, { workerId: "w2", now: at(365 * 24 * 3600 * 1000), limit: 10, leaseMs: LEASE })).toEqual([]);
    expect(await markSent(t.db, id, "w1", { providerMessageId: null, now: t0 })).toBe(false);
  });

  it("retries a message at the time given, keeping the error for operators", async () => {
    const { id } = await enqueue(t.db, message("k"));
    await claimDue(t.db, { workerId: "w1", now: t0, limit: 10, leaseMs: LEASE });
    expect(await markRetry(t.db, id, "w2", { error: "not mine", nextAttemptAt: at(1) })).toBe(false);
    expect(await markRetry(t.db, id, "w1", { error: `HTTP 503 ${"x".repeat(2000)}`, nextAttemptAt: at(30_000) })).toBe(true);

    expect(await row(id)).toMatchObject({ status: "pending", next_attempt_at: at(30_000).toISOString(), locked_by: null, attempts: 1 });
    expect((await row(id)).last_error).toHaveLength(1000);
    expect(await claimDue(t.db, { workerId: "w1", now: at(29_999), limit: 10, leaseMs: LEASE })).toEqual([]);
    expect(await claimDue(t.db, { workerId: "w1", now: at(30_000), limit: 10, leaseMs: LEASE })).toMatchObject([{ id, attempts: 2 }]);
  });

  it("keeps a permanently failed message visible to operators and never claims it again", async () => {
    const { id } = await enqueue(t.db, message("k"));
    await enqueue(t.db, message("k2"));
    await claimDue(t.db, { workerId: "w1", now: t0, limit: 1, leaseMs: LEASE });
    expect(await markFailed(t.db, id, "w1", { error: "Postmark 406: inactive recipient", now: at(10) })).toBe(true);

    expect(await claimDue(t.db, { workerId: "w1", now: at(10 * LEASE), limit: 10, leaseMs: LEASE })).toMatchObject([{ idempotencyKey: "k2" }]);
    expect(await countByStatus(t.db)).toEqual({ pending: 0, sending: 1, sent: 0, failed: 1 });
    const failed = await listOutbox(t.db, { status: "failed", limit: 10 });
    expect(failed).toEqual([
      {
        id,
        kind: "save-return",
        status: "failed",
        attempts: 1,
        submissionId: null,
        reference: null,
        nextAttemptAt: t0,
        lastError: "Postmark 406: inactive recipient",
        createdAt: t0,
        sentAt: null,
        failedAt: at(10),
      },
    ]);
  });

  it("lists newest first, up to the limit", async () => {
    for (let i = 0; i < 5; i++) await enqueue(t.db, message(`k${i}`, { now: at(i * 1000) }));
    const listed = await listOutbox(t.db, { limit: 3 });
    expect(listed.map((m) => m.createdAt)).toEqual([at(4000), at(3000), at(2000)]);
    expect(await listOutbox(t.db, { status: "sent", limit: 3 })).toEqual([]);
  });

  it("never gives two workers claiming at once the same message", async () => {
    for (let i = 0; i < 40; i++) await enqueue(t.db, message(`k${i}`));
    const drain = async (workerId: string) => {
      const claimed: string[] = [];
      for (;;) {
        const batch = await claimDue(t.db, { workerId, now: t0, limit: 3, leaseMs: LEASE });
        if (batch.length === 0) return claimed;
        claimed.push(...batch.map((m) => m.id));
      }
    };
    const [a, b] = await Promise.all([drain("a"), drain("b")]);
    expect(a.length + b.length).toBe(40);
    expect(new Set([...a, ...b]).size).toBe(40);
  });

  it("never gives two server processes the same message", async () => {
    for (let i = 0; i < 60; i++) await enqueue(t.db, message(`k${i}`));
    const claims = (await runInProcesses(
      t.config,
      ["p1", "p2", "p3", "p4"].map((workerId) => ({ action: "drainOutbox" as const, workerId, limit: 4, now: t0.toISOString() })),
    )) as string[][];

    const all = claims.flat();
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
    expect(await countByStatus(t.db)).toEqual({ pending: 0, sending: 0, sent: 60, failed: 0 });
  }, 30_000);
});
