import { getEnv, type Env } from "~/env.server";
import { writeLocalMessage } from "./local-outbox.server";
import { postmarkConfigFromEnv, sendEmail } from "./postmark.server";
import type { EmailMessage, SendResult } from "./types";

/** Postmark when a server token is set; otherwise the local file outbox (development, tests). */
export function transportName(env: Env = getEnv()): "postmark" | "local-outbox" {
  return postmarkConfigFromEnv(env) ? "postmark" : "local-outbox";
}

export function deliver(message: EmailMessage): Promise<SendResult> {
  return transportName() === "postmark" ? sendEmail(message) : writeLocalMessage(message);
}
