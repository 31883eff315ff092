import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "~/db/db.server";
import { describeEachDatabase } from "~/db/testing/databases";
import { listLocalOutbox, writeLocalMessage } from "~/email/local-outbox.server";
import { createPostmarkSender } from "~/email/postmark.server";
import type { Deliver, EmailMessage } from "~/email/types";
import { signBody } from "~/email/webhook.server";
import { startDeliveryWorker, type DeliveryWorker, type WorkerOptions } from "~/email/worker.server";
import { claimDue, countByStatus, enqueue, listOutbox, markSent } from "~/models/outbox.server";
import { startPostmarkStandIn, type PostmarkStandIn, type StandInFailure } from "../support/postmark-stand-in";

/**
 * The real `postmark` client against the loopback stand-in, and the worker
 * against the real outbox model on real databases. Time is a fake clock the
 * tests move, so backoff and leases need no sleeping.
 */
const FROM = "Health and social care complaints <no-reply@example.org>";
const HOUR = 60 * 60_000;
const LEASE_MS = 60_000;

let standIn: PostmarkStandIn;
let postmark: Deliver;
let logLines: string[];

beforeEach(async () => {
  standIn = await startPostmarkStandIn();
  // Fractions of a second so the hang test is quick; production uses 10 s.
  postmark = createPostmarkSender({ serverToken: standIn.token, apiUrl: standIn.url, from: FROM, messageStream: "outbound", timeoutSeconds: 0.3 });
  logLines = [];
  // Keep logs off the test output, but read them: none may carry an address.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
      logLines.push(String(chunk));
      return true;
    });
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  await standIn.close();
  for (const line of logLines) expect(line).not.toMatch(/@|person/);
});

const email = (n: number, overrides: Partial<EmailMessage> = {}): EmailMessage => ({
  to: `person${n}@example.org`,
  subject: `Your complaint ${n}`,
  html: `<p>Complaint ${n}</p>`,
  text: `Complaint ${n}`,
  idempotencyKey: `submission:HSC${n}:confirmation`,
  ...overrides,
});

describe("Postmark through the real client", () => {
  it("sends the message with the idempotency key in a header and in metadata, and no tracking", async () => {
    const result = await postmark(email(1, { replyTo: "team@example.org", tag: "confirmation", headers: { "X-Complaint-Kind": "confirmation" } }));
    expect(standIn.accepted).toHaveLength(1);
    const [accepted] = standIn.accepted;
    expect(result).toEqual({ ok: true, providerMessageId: accepted!.messageId });
    expect(accepted!.idempotencyKey).toBe("submission:HSC1:confirmation");
    expect(accepted!.body).toMatchObject({
      From: FROM,
      To: "person1@example.org",
      Subject: "Your complaint 1",
      HtmlBody: "<p>Complaint 1</p>",
      TextBody: "Complaint 1",
      ReplyTo: "team@example.org",
      Tag: "confirmation",
      MessageStream: "outbound",
      Metadata: { idempotency_key: "submission:HSC1:confirmation" },
      TrackOpens: false,
      TrackLinks: "None",
      Headers: [
        { Name: "X-Complaint-Kind", Value: "confirmation" },
        { Name: "X-Idempotency-Key", Value: "submission:HSC1:confirmation" },
      ],
    });
  });

  it("fits a long idempotency key into Postmark's 80-character metadata limit", async () => {
    const key = `submission:${"x".repeat(100)}`;
    await postmark(email(1, { idempotencyKey: key }));
    const metadata = standIn.accepted[0]!.body.Metadata as Record<string, string>;
    expect(metadata.idempotency_key).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(standIn.accepted[0]!.idempotencyKey).toBe(key);
  });

  it.each<[StandInFailure, RegExp]>([
    ["invalid-address", /^postmark: HTTP 422, error code 300 \(invalid email request\)$/],
    ["inactive-recipient", /^postmark: HTTP 422, error code 406 \(inactive recipient\)$/],
  ])("treats %s as permanent, with an error free of personal data", async (failure, error) => {
    standIn.fail(failure);
    const result = await postmark(email(1));
    expect(result).toEqual({ ok: false, retryable: false, error: expect.stringMatching(error) });
  });

  it.each<[StandInFailure, RegExp]>([
    ["unauthorised", /^postmark: HTTP 401, error code 10$/],
    ["unverified-sender", /^postmark: HTTP 422, error code 400 \(sender signature not found\): sender or account problem$/],
    ["rate-limit", /^postmark: HTTP 429, error code 429$/],
    ["server-error", /^postmark: HTTP 500$/],
    ["hang", /^postmark: timed out$/],
  ])("treats %s as retryable", async (failure, error) => {
    standIn.fail(failure);
    expect(await postmark(email(1))).toEqual({ ok: false, retryable: true, error: expect.stringMatching(error) });
    expect(standIn.accepted).toHaveLength(0);
  });

  it("logs a wrong token loudly, as an error operators must fix", async () => {
    standIn.fail("unauthorised");
    await postmark(email(1));
    expect(logLines.some((line) => /"level":"error","event":"email.postmark.misconfigured"/.test(line))).toBe(true);
  });

  it("treats an unreachable Postmark as retryable", async () => {
    await standIn.close();
    const unreachable = createPostmarkSender({ serverToken: "t", apiUrl: standIn.url, from: FROM, messageStream: "outbound" });
    expect(await unreachable(email(1))).toEqual({ ok: false, retryable: true, error: "postmark: network error" });
  });
});

describeEachDatabase("The delivery worker", (t) => {
  let clock: Date;
  let workers: DeliveryWorker[];
  let localDir: string;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

  beforeEach(() => {
    clock = new Date("2026-11-22T10:00:00.000Z");
    workers = [];
    localDir = fs.mkdtempSync(path.join(os.tmpdir(), "email-delivery-"));
  });
  afterEach(async () => {
    for (const worker of workers) await worker.stop();
    fs.rmSync(localDir, { recursive: true, force: true });
  });

  /** A worker that only runs when the test says (the polling interval never elapses during a test). */
  function worker(options: Partial<WorkerOptions> = {}): DeliveryWorker {
    const started = startDeliveryWorker({
      db: t.db,
      intervalMs: HOUR,
      leaseMs: LEASE_MS,
      batchSize: 5,
      deliver: postmark,
      now: () => clock,
      random: () => 0,
      ...options,
    });
    workers.push(started);
    return started;
  }

  async function queue(count: number, kind: "confirmation" | "caseworker" = "confirmation"): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      const { subject, html, text, idempotencyKey, to } = email(n);
      const { id } = await enqueue(t.db, { kind, recipient: to, payload: { subject, html, text, tag: kind }, idempotencyKey, now: clock });
      ids.push(id);
    }
    return ids;
  }

  async function only() {
    const [message, ...rest] = await listOutbox(t.db, { limit: 10 });
    expect(rest).toHaveLength(0);
    return message!;
  }

  it("delivers a queued email and records Postmark's message id", async () => {
    await queue(1);
    expect(await worker().runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await only()).toMatchObject({ status: "sent", attempts: 1, sentAt: clock });
    const [row] = await t.db.selectFrom("outbox").select("provider_message_id").execute();
    expect(row!.provider_message_id).toBe(standIn.accepted[0]!.messageId);
  });

  it("records a 422 as failed with a non-personal error and never tries again", async () => {
    await queue(1);
    standIn.fail("invalid-address");
    const delivery = worker();
    expect(await delivery.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    const failed = await only();
    expect(failed).toMatchObject({ status: "failed", attempts: 1, lastError: "postmark: HTTP 422, error code 300 (invalid email request)" });
    advance(30 * 24 * HOUR);
    expect(await delivery.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(standIn.requests).toBe(1);
    expect(await countByStatus(t.db)).toMatchObject({ failed: 1, pending: 0, sending: 0 });
  });

  it("keeps retrying through rate limiting and server errors, waiting out the backoff, then delivers exactly once", async () => {
    await queue(1);
    standIn.fail("rate-limit", 3);
    standIn.fail("server-error", 3);
    const delivery = worker();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      expect(await delivery.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      const pending = await only();
      expect(pending).toMatchObject({ status: "pending", attempts: attempt });
      expect(pending.lastError).toMatch(attempt <= 3 ? /HTTP 429/ : /HTTP 500/);
      delays.push(pending.nextAttemptAt.getTime() - clock.getTime());
      advance(delays.at(-1)! - 1);
      expect(await delivery.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 }); // not before its time
      advance(1);
    }
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000]);
    expect(await delivery.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await only()).toMatchObject({ status: "sent", attempts: 7 });
    expect(standIn.accepted).toHaveLength(1);
    expect(standIn.requests).toBe(7);
  });

  it("never gives up during a long outage: after many failures it retries hourly", async () => {
    await queue(1);
    standIn.fail("server-error", 30);
    const delivery = worker();
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      expect(await delivery.runOnce()).toMatchObject({ retried: 1 });
      advance(HOUR);
    }
    expect(await only()).toMatchObject({ status: "pending", attempts: 30 });
    expect(await delivery.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
  });

  it("retries after a timeout and then delivers once", async () => {
    await queue(1);
    standIn.fail("hang");
    const delivery = worker();
    expect(await delivery.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await only()).toMatchObject({ status: "pending", lastError: "postmark: timed out" });
    advance(30_000);
    expect(await delivery.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(standIn.accepted).toHaveLength(1);
  });

  it("delivers each message exactly once with two workers, each on its own connection, draining at the same time", async () => {
    const second: Db = createDb(t.config);
    try {
      await queue(40);
      // Neither worker's first send completes until both hold a batch, so their claims really overlap.
      let release!: () => void;
      const bothClaimed = new Promise<void>((resolve) => (release = resolve));
      const started = new Set<string>();
      const deliverFor =
        (name: string): Deliver =>
        async (message) => {
          started.add(name);
          if (started.size === 2) release();
          await bothClaimed;
          return postmark(message);
        };
      const drain = async (delivery: DeliveryWorker) => {
        let sent = 0;
        for (let summary = await delivery.runOnce(); summary.sent > 0; summary = await delivery.runOnce()) sent += summary.sent;
        return sent;
      };
      const [byA, byB] = await Promise.all([
        drain(worker({ workerId: "worker-a", deliver: deliverFor("a") })),
        drain(worker({ db: second, workerId: "worker-b", deliver: deliverFor("b") })),
      ]);
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      expect(byA + byB).toBe(40);
      expect(standIn.accepted).toHaveLength(40);
      expect(new Set(standIn.accepted.map((message) => message.idempotencyKey)).size).toBe(40);
      expect(await countByStatus(t.db)).toMatchObject({ sent: 40, pending: 0, sending: 0, failed: 0 });
    } finally {
      await second.destroy();
    }
  });

  it("after a worker dies holding a claim, another delivers the message once the lease runs out", async () => {
    await queue(1);
    const claimed = await claimDue(t.db, { workerId: "dead-worker", now: clock, limit: 10, leaseMs: LEASE_MS });
    expect(claimed).toHaveLength(1);
    const survivor = worker({ workerId: "survivor" });
    advance(LEASE_MS - 1);
    expect(await survivor.runOnce()).toEqual({ sent: 0, retried: 0, failed: 0 });
    advance(1);
    expect(await survivor.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(standIn.accepted).toHaveLength(1);
    // Were the dead worker to wake up, it could no longer settle the message.
    expect(await markSent(t.db, claimed[0]!.id, "dead-worker", { providerMessageId: "late", now: clock })).toBe(false);
    expect(await only()).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("with the local outbox, a message the dead worker had already written is not written again", async () => {
    await queue(1);
    const local: Deliver = (message) => writeLocalMessage(message, localDir, clock);
    const [claimed] = await claimDue(t.db, { workerId: "dead-worker", now: clock, limit: 10, leaseMs: LEASE_MS });
    // The dead worker delivered, then died before markSent.
    const { subject, html, text } = claimed!.payload as { subject: string; html: string; text: string };
    await local({ to: claimed!.recipient, subject, html, text, idempotencyKey: claimed!.idempotencyKey });
    advance(LEASE_MS);
    expect(await worker({ deliver: local }).runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await listLocalOutbox(localDir)).toHaveLength(1);
  });

  it("polls on its own, and stop() waits for the batch in flight", async () => {
    await queue(1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const slow: Deliver = async (message) => {
      calls += 1;
      await gate;
      return postmark(message);
    };
    const delivery = worker({ intervalMs: 10, deliver: slow });
    await vi.waitFor(() => expect(calls).toBe(1));
    let stopped = false;
    const stopping = delivery.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await only()).toMatchObject({ status: "sent" });

    await t.db.deleteFrom("outbox").execute();
    await queue(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(1); // no polling after stop
  });

  it("keeps a message whose sender throws, and logs nothing personal about it", async () => {
    await queue(1);
    const throwing: Deliver = async (message) => {
      throw new Error(`cannot reach ${message.to}`);
    };
    expect(await worker({ deliver: throwing }).runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(await only()).toMatchObject({ status: "pending", lastError: "unexpected error while sending" });
    expect(logLines.some((line) => line.includes('"event":"email.send_threw"'))).toBe(true); // checked for addresses after each test
  });

  it("fails a message whose payload is not an email, naming only the fields", async () => {
    await enqueue(t.db, { kind: "confirmation", recipient: "person@example.org", payload: { subject: "" }, idempotencyKey: "bad", now: clock });
    expect(await worker().runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await only()).toMatchObject({ status: "failed", lastError: "invalid email payload: subject, html, text" });
    expect(standIn.requests).toBe(0);
  });

  describe("webhooks", () => {
    let receiver: http.Server;
    let url: string;
    let statuses: number[];
    let bodies: Array<{ raw: string; signature: string | undefined; key: string | undefined }>;
    const secret = crypto.randomBytes(32).toString("hex");

    beforeEach(async () => {
      statuses = [];
      bodies = [];
      receiver = http.createServer((req, res) => {
        let raw = "";
        req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
        req.on("end", () => {
          bodies.push({ raw, signature: req.headers["x-complaints-signature"] as string, key: req.headers["x-idempotency-key"] as string });
          res.writeHead(statuses.shift() ?? 200).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
    });
    afterEach(() => new Promise((resolve) => receiver.close(resolve)));

    const queueWebhook = () =>
      enqueue(t.db, { kind: "webhook", recipient: "lgsco", payload: { reference: "HSC7KQ4M" }, idempotencyKey: "HSC7KQ4M:webhook:lgsco", now: clock });

    it("posts a signed body to the team's system, retrying a 503, failing on a 400", async () => {
      await queueWebhook();
      statuses.push(503, 200);
      const delivery = worker({ webhooks: { lgsco: { url, secret } } });
      expect(await delivery.runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      advance(30_000);
      expect(await delivery.runOnce()).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(bodies).toHaveLength(2);
      expect(JSON.parse(bodies[1]!.raw)).toEqual({ reference: "HSC7KQ4M" });
      expect(bodies[1]!.signature).toBe(signBody(bodies[1]!.raw, secret));
      expect(bodies[1]!.key).toBe("HSC7KQ4M:webhook:lgsco");

      await t.db.deleteFrom("outbox").execute();
      await queueWebhook();
      statuses.push(400);
      expect(await delivery.runOnce()).toEqual({ sent: 0, retried: 0, failed: 1 });
      expect(await only()).toMatchObject({ status: "failed", lastError: "webhook: HTTP 400" });
    });

    it("keeps a webhook for a team with no configuration, and says so loudly", async () => {
      await queueWebhook();
      expect(await worker().runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      expect(await only()).toMatchObject({ status: "pending", lastError: "webhook: no configuration for this team" });
      expect(logLines.some((line) => line.includes('"event":"email.webhook.not_configured"'))).toBe(true);
    });
  });
});
