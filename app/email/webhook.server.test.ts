import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { sendWebhook, signBody, webhookConfigSchema } from "./webhook.server";

type Received = { headers: http.IncomingHttpHeaders; raw: string };

let server: http.Server;
let url: string;
let received: Received[];
let respond: (res: http.ServerResponse) => void;

beforeEach(async () => {
  received = [];
  respond = (res) => res.writeHead(204).end();
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, raw });
      respond(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/complaints`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const secret = "a-team-secret-of-at-least-32-characters";
const request = { body: { reference: "HSC-7KQ4-MX2P", team: "lgsco" }, idempotencyKey: "submission:HSC-7KQ4-MX2P:webhook:lgsco" };

describe("sendWebhook", () => {
  it("posts the JSON body signed with the team's secret, with timestamp and idempotency key", async () => {
    const result = await sendWebhook({ url, secret }, request, { now: new Date("2026-11-22T12:00:00Z") });
    expect(result).toEqual({ ok: true, providerMessageId: "webhook:204" });
    const [hit] = received;
    expect(JSON.parse(hit!.raw)).toEqual(request.body);
    expect(hit!.headers["content-type"]).toBe("application/json");
    // What a receiver does: HMAC the raw bytes it got and compare in constant time.
    const expected = `sha256=${crypto.createHmac("sha256", secret).update(hit!.raw).digest("hex")}`;
    expect(crypto.timingSafeEqual(Buffer.from(String(hit!.headers["x-complaints-signature"])), Buffer.from(expected))).toBe(true);
    expect(hit!.headers["x-complaints-timestamp"]).toBe(String(Date.UTC(2026, 10, 22, 12) / 1000));
    expect(hit!.headers["x-idempotency-key"]).toBe(request.idempotencyKey);
  });

  it("signs differently with another secret", () => {
    expect(signBody("{}", secret)).not.toBe(signBody("{}", `${secret}x`));
    expect(signBody("{}", secret)).toMatch(/^sha256=[0-9a-f]{64}$/);
  });

  it.each([
    [200, { ok: true, providerMessageId: "webhook:200" }],
    [202, { ok: true, providerMessageId: "webhook:202" }],
    [400, { ok: false, retryable: false, error: "webhook: HTTP 400" }],
    [401, { ok: false, retryable: false, error: "webhook: HTTP 401" }],
    [404, { ok: false, retryable: false, error: "webhook: HTTP 404" }],
    [422, { ok: false, retryable: false, error: "webhook: HTTP 422" }],
    [408, { ok: false, retryable: true, error: "webhook: HTTP 408" }],
    [429, { ok: false, retryable: true, error: "webhook: HTTP 429" }],
    [500, { ok: false, retryable: true, error: "webhook: HTTP 500" }],
    [503, { ok: false, retryable: true, error: "webhook: HTTP 503" }],
    [302, { ok: false, retryable: true, error: "webhook: HTTP 302" }],
  ])("treats HTTP %i as %j", async (status, expected) => {
    respond = (res) => res.writeHead(status, status === 302 ? { Location: "http://127.0.0.1:1/elsewhere" } : {}).end("{}");
    expect(await sendWebhook({ url, secret }, request)).toEqual(expected);
    expect(received).toHaveLength(1); // the redirect was not followed
  });

  it("gives up on a receiver that does not answer and says it may retry", async () => {
    respond = () => {};
    expect(await sendWebhook({ url, secret }, request, { timeoutMs: 200 })).toEqual({ ok: false, retryable: true, error: "webhook: timed out" });
  });

  it("treats a refused connection as retryable, without the URL", async () => {
    const closed = await new Promise<string>((resolve) => {
      const probe = http.createServer().listen(0, "127.0.0.1", () => {
        const port = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(`http://127.0.0.1:${port}/?token=abc`));
      });
    });
    expect(await sendWebhook({ url: closed, secret }, request)).toEqual({ ok: false, retryable: true, error: "webhook: network error" });
  });

  it("accepts only http(s) URLs and long secrets in configuration", () => {
    expect(webhookConfigSchema.safeParse({ url, secret }).success).toBe(true);
    expect(webhookConfigSchema.safeParse({ url: "ftp://example.org", secret }).success).toBe(false);
    expect(webhookConfigSchema.safeParse({ url, secret: "short" }).success).toBe(false);
  });
});
