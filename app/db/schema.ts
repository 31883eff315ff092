import type { Lang } from "~/i18n/config";

/**
 * Table types as Kysely sees them. Timestamps are ISO-8601 UTC strings
 * (`Date#toISOString()`, fixed width, so text order is time order) and JSON is
 * text, identically in SQLite and PostgreSQL. Nullable columns are optional
 * on insert.
 */
export interface Database {
  drafts: DraftsTable;
  submissions: SubmissionsTable;
  outbox: OutboxTable;
  return_tokens: ReturnTokensTable;
  consent_requests: ConsentRequestsTable;
}

export interface DraftsTable {
  id: string;
  answers: string;
  lang: Lang;
  created_at: string;
  updated_at: string;
  expires_at: string;
  version: number;
}

export interface SubmissionsTable {
  id: string;
  reference: string;
  draft_id: string;
  lang: Lang;
  answers: string;
  routing: string;
  consent: string;
  created_at: string;
}

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_KINDS = ["confirmation", "caseworker", "webhook", "consent-request", "save-return"] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export interface OutboxTable {
  id: string;
  submission_id: string | null;
  idempotency_key: string;
  kind: OutboxKind;
  recipient: string;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  provider_message_id: string | null;
  sent_at: string | null;
  failed_at: string | null;
  created_at: string;
}

export interface ReturnTokensTable {
  token_hash: string;
  draft_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ConsentRequestsTable {
  token_hash: string;
  draft_id: string | null;
  submission_id: string | null;
  created_at: string;
  expires_at: string;
  confirmed_at: string | null;
  confirmed_name: string | null;
  decision: "agreed" | "refused" | null;
}
