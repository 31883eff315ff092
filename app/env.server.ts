import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import * as z from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PUBLIC_URL: z.url().optional(),
  SUPPORT_EMAIL: z.email().default("support@example.org"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  DRAFT_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // Our copy of a sent complaint is deleted this many days after it was made, once every message has gone.
  SUBMISSION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  // Email: without a Postmark token, messages are written to DATA_DIR/outbox instead of sent.
  POSTMARK_SERVER_TOKEN: z.string().min(1).optional(),
  POSTMARK_API_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  EMAIL_FROM: z.string().min(3).default("Health and social care complaints <no-reply@example.org>"),
  POSTMARK_MESSAGE_STREAM: z.string().min(1).default("outbound"),
  EMAIL_WORKER: z.enum(["on", "off"]).default("on"),
  EMAIL_WORKER_INTERVAL_MS: z.coerce.number().int().min(100).default(2000),
  // Longer than a send can take (10 s timeout) with room to spare, or a slow send could be claimed twice.
  EMAIL_WORKER_LEASE_MS: z.coerce.number().int().min(30_000).default(60_000),
  // First retry delay after a failed send; it doubles up to an hour.
  EMAIL_RETRY_BASE_MS: z.coerce.number().int().min(100).default(30_000),
  // Where each ombudsman team receives complaints (the examples suit the local outbox only).
  INBOX_LGSCO: z.email().default("lgsco-caseworkers@example.org"),
  INBOX_PHSO: z.email().default("phso-caseworkers@example.org"),
  INBOX_JWT: z.email().default("joint-working-team@example.org"),
  INBOX_PSOW: z.email().default("psow-caseworkers@example.org"),
  // Optional signed JSON webhook per team for case-management systems.
  WEBHOOK_LGSCO_URL: z.url().optional(),
  WEBHOOK_LGSCO_SECRET: z.string().min(32).optional(),
  WEBHOOK_PHSO_URL: z.url().optional(),
  WEBHOOK_PHSO_SECRET: z.string().min(32).optional(),
  WEBHOOK_JWT_URL: z.url().optional(),
  WEBHOOK_JWT_SECRET: z.string().min(32).optional(),
  WEBHOOK_PSOW_URL: z.url().optional(),
  WEBHOOK_PSOW_SECRET: z.string().min(32).optional(),
  // Requests a minute per client address for anything that submits or sends email.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // The development page that lists the local outbox's emails: never on where real email goes out.
  LOCAL_OUTBOX_PAGE: z.enum(["on", "off"]).optional(),
  // Password for the operators' page of undelivered messages (user "ops"); unset, the page does not exist.
  OPS_PASSWORD: z.string().min(12).optional(),
});

export type Env = z.infer<typeof schema> & { SESSION_SECRET: string; DATA_DIR: string };

let cached: Env | undefined;

/** Validate process.env once; throw with every problem listed so a bad deploy fails loudly at boot. */
export function getEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  fs.mkdirSync(dataDir, { recursive: true });
  const env: Env = { ...parsed.data, DATA_DIR: dataDir, SESSION_SECRET: parsed.data.SESSION_SECRET ?? localSecret(dataDir) };
  if (source === process.env) cached = env;
  return env;
}

/** Without SESSION_SECRET, keep a random one in DATA_DIR so signed cookies survive restarts. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("hex");
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return fs.readFileSync(file, "utf8").trim();
  }
}
