import * as z from "zod";

/** One email, ready to send: already rendered and translated. */
export type EmailMessage = {
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  /** A short, non-personal label (e.g. "team-notification"); Postmark uses it for stats. */
  tag?: string;
  headers?: Record<string, string>;
  messageStream?: string;
  /** Travels with the message from the outbox row so duplicates can be recognised and traced. */
  idempotencyKey: string;
};

/**
 * What every sender returns instead of throwing. `error` is a short,
 * non-personal description (status codes, error codes), safe to store and log.
 */
export type SendResult =
  | { ok: true; providerMessageId: string }
  | { ok: false; retryable: true; error: string }
  | { ok: false; retryable: false; error: string };

export type Deliver = (message: EmailMessage) => Promise<SendResult>;

/**
 * The outbox payload of every kind except "webhook": the rendered email.
 * The address lives in the outbox row's `recipient`, not here.
 */
export const emailPayloadSchema = z.object({
  subject: z.string().min(1),
  html: z.string().min(1),
  text: z.string().min(1),
  replyTo: z.string().min(1).optional(),
  tag: z.string().min(1).max(1000).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  messageStream: z.string().min(1).optional(),
});
export type EmailPayload = z.infer<typeof emailPayloadSchema>;
