import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback server speaking enough of Postmark's `POST /email` for the real
 * `postmark` client: the same token header, status codes and response
 * bodies (ErrorCode, Message, MessageID, SubmittedAt, To). Failures are
 * scripted per request; every accepted message is recorded.
 */
export type StandInFailure =
  | "invalid-address" // 422, ErrorCode 300
  | "inactive-recipient" // 422, ErrorCode 406
  | "unverified-sender" // 422, ErrorCode 400
  | "unauthorised" // 401, ErrorCode 10
  | "rate-limit" // 429
  | "server-error" // 500
  | "hang"; // never answers, so the client times out

export type AcceptedMessage = {
  messageId: string;
  body: Record<string, unknown>;
  /** The X-Idempotency-Key header the client sent in the message's Headers. */
  idempotencyKey: string | undefined;
};

export type PostmarkStandIn = {
  /** For POSTMARK_API_URL / PostmarkConfig.apiUrl. */
  url: string;
  token: string;
  accepted: AcceptedMessage[];
  /** Every POST /email, accepted or not. */
  requests: number;
  /** Answer the next `times` requests with this failure (queued after any already scripted). */
  fail(failure: StandInFailure, times?: number): void;
  close(): Promise<void>;
};

export async function startPostmarkStandIn(token = "stand-in-server-token"): Promise<PostmarkStandIn> {
  const script: StandInFailure[] = [];
  const standIn: PostmarkStandIn = {
    url: "",
    token,
    accepted: [],
    requests: 0,
    fail: (failure, times = 1) => {
      for (let i = 0; i < times; i += 1) script.push(failure);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections(); // including hung requests
        server.close(() => resolve());
      }),
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      if (req.method !== "POST" || req.url !== "/email") return reply(404, { ErrorCode: 0, Message: "Not found" });
      standIn.requests += 1;
      if (req.headers["x-postmark-server-token"] !== token) {
        return reply(401, { ErrorCode: 10, Message: "Request does not contain a valid Server token." });
      }
      if (!String(req.headers["content-type"]).startsWith("application/json")) {
        return reply(422, { ErrorCode: 409, Message: "JSON required: set the Content-Type header to application/json." });
      }
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
      } catch {
        return reply(422, { ErrorCode: 402, Message: "Received invalid JSON input." });
      }
      const to = String(body.To ?? "");
      const failure = script.shift();
      switch (failure) {
        case "hang":
          return; // no answer: the client's timeout fires
        case "invalid-address":
          return reply(422, { ErrorCode: 300, Message: `Invalid 'To' address: '${to}'.` });
        case "inactive-recipient":
          return reply(422, {
            ErrorCode: 406,
            Message: `You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${to}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.`,
          });
        case "unverified-sender":
          return reply(422, {
            ErrorCode: 400,
            Message: `The 'From' address you supplied (${String(body.From)}) is not a Sender Signature on your account. Please add and confirm this address in order to be able to use it in the 'From' field of your messages.`,
          });
        case "unauthorised":
          return reply(401, { ErrorCode: 10, Message: "Request does not contain a valid Server token." });
        case "rate-limit":
          return reply(429, { ErrorCode: 429, Message: "Rate limit exceeded." });
        case "server-error":
          return reply(500, { ErrorCode: 0, Message: "Internal server error." });
        case undefined:
          break;
      }
      if (!body.From || !to || !body.Subject) {
        return reply(422, { ErrorCode: 300, Message: "Invalid email request: 'From', 'To' and 'Subject' are required." });
      }
      if (!body.HtmlBody && !body.TextBody) {
        return reply(422, { ErrorCode: 300, Message: "Provide either email TextBody or HtmlBody or both." });
      }
      const messageId = crypto.randomUUID();
      const headers = Array.isArray(body.Headers) ? (body.Headers as Array<{ Name: string; Value: string }>) : [];
      standIn.accepted.push({
        messageId,
        body,
        idempotencyKey: headers.find((header) => header.Name.toLowerCase() === "x-idempotency-key")?.Value,
      });
      reply(200, { To: to, SubmittedAt: new Date().toISOString(), MessageID: messageId, ErrorCode: 0, Message: "OK" });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  standIn.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return standIn;
}
