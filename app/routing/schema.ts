// The Routing API request schema (Zod 4). Every message is a key under errors.* in
// locales/{en,cy}/routing.json, so problems can be shown in either language. ERROR_KEYS also
// holds the API's own keys (size, content type, JSON syntax, internal error).
import * as z from "zod";
import { routingConfig } from "./config";
import { compareIsoDates, isIsoDate } from "./dates";
import {
  AUTHORITIES,
  BODY_TYPES,
  CONSENT_VALUES,
  COUNCIL_TIERS,
  FUNDING_CODES,
  FUNDING_REQUIRED_TYPES,
  LEGAL_ACTIONS,
  LOCAL_STATUSES,
  NATIONS,
  PERSON_AFFECTED,
  RELATIONSHIPS,
  ROLES,
  TOPICS,
  type IsoDate,
  type RoutingInput,
} from "./types";

export const ERROR_KEYS = [
  "request-too-large",
  "content-type-invalid",
  "json-invalid",
  "request-invalid",
  "invalid",
  "internal",
  "today-invalid",
  "became-aware-on-required",
  "became-aware-on-invalid",
  "became-aware-on-future",
  "complainant-required",
  "role-required",
  "role-invalid",
  "relationship-required",
  "relationship-invalid",
  "person-affected-required",
  "person-affected-invalid",
  "consent-required",
  "consent-invalid",
  "authority-invalid",
  "bodies-required",
  "bodies-empty",
  "bodies-too-many",
  "body-invalid",
  "type-required",
  "type-invalid",
  "nation-required",
  "nation-invalid",
  "funding-required",
  "funding-invalid",
  "code-invalid",
  "name-invalid",
  "council-tier-invalid",
  "council-tier-not-council",
  "as-landlord-invalid",
  "local-complaint-required",
  "status-required",
  "status-invalid",
  "made-on-required",
  "made-on-invalid",
  "made-on-future",
  "final-response-on-required",
  "final-response-on-invalid",
  "final-response-on-future",
  "final-response-on-before-made-on",
  "final-stage-invalid",
  "legal-action-invalid",
  "court-decided-invalid",
  "topics-invalid",
  "topic-invalid",
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

export interface ValidationProblem {
  /** Dotted path into the request, e.g. "bodies.0.nation"; "" for the request as a whole. */
  readonly path: string;
  readonly key: ErrorKey;
}

const { api } = routingConfig;

/** Values interpolated into some messages, kept next to the rules they describe. */
export function errorValues(key: ErrorKey): Record<string, string | number> {
  const options: Partial<Record<ErrorKey, readonly string[]>> = {
    "role-invalid": ROLES,
    "relationship-invalid": RELATIONSHIPS,
    "person-affected-invalid": PERSON_AFFECTED,
    "consent-invalid": CONSENT_VALUES,
    "authority-invalid": AUTHORITIES,
    "type-invalid": BODY_TYPES,
    "nation-invalid": NATIONS,
    "funding-invalid": FUNDING_CODES,
    "council-tier-invalid": COUNCIL_TIERS,
    "status-invalid": LOCAL_STATUSES,
    "legal-action-invalid": LEGAL_ACTIONS,
    "topic-invalid": TOPICS,
  };
  const max: Partial<Record<ErrorKey, number>> = {
    "bodies-too-many": api.maxBodies,
    "code-invalid": api.maxCodeLength,
    "name-invalid": api.maxNameLength,
    "topics-invalid": api.maxTopics,
  };
  const list = options[key];
  if (list) return { options: list.join(", ") };
  const limit = max[key];
  return limit === undefined ? {} : { max: limit };
}

function isErrorKey(value: string): value is ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(value);
}

/** Missing and wrong values get different messages. */
function requiredOr(required: ErrorKey, invalid: ErrorKey) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? required : invalid) };
}

function enumField<const T extends readonly [string, ...string[]]>(
  values: T,
  required: ErrorKey,
  invalid: ErrorKey,
) {
  return z.enum(values, requiredOr(required, invalid));
}

function dateField(today: IsoDate, required: ErrorKey, invalid: ErrorKey, future: ErrorKey) {
  return z
    .string(requiredOr(required, invalid))
    .refine(isIsoDate, { error: invalid, abort: true })
    .refine((date) => compareIsoDates(date, today) <= 0, { error: future });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return values.some((v) => v === value);
}

type Ctx = z.core.$RefinementCtx<unknown>;
const missing = (ctx: Ctx, path: string, key: ErrorKey) => ctx.addIssue({ code: "custom", message: key, path: [path] });
/**
 * Conditional requirements run even when other fields failed (so each problem is reported at
 * once); they only look at fields whose own checks passed.
 */
const always = { when: () => true };

function complainantRequirements(value: unknown, ctx: Ctx) {
  if (!isRecord(value) || value.role !== "representative") return;
  if (value.relationship === undefined) missing(ctx, "relationship", "relationship-required");
  if (value.personAffected === undefined) missing(ctx, "personAffected", "person-affected-required");
  // Only a person who can decide gives consent (v1.1); for the others the ombudsman decides who may act.
  if (value.personAffected === "can-consent" && value.consent === undefined) missing(ctx, "consent", "consent-required");
}

function bodyRequirements(value: unknown, ctx: Ctx) {
  if (!isRecord(value)) return;
  if (isOneOf(FUNDING_REQUIRED_TYPES, value.type) && value.funding === undefined) {
    missing(ctx, "funding", "funding-required");
  }
  if (isOneOf(COUNCIL_TIERS, value.councilTier) && isOneOf(BODY_TYPES, value.type) && value.type !== "council") {
    missing(ctx, "councilTier", "council-tier-not-council");
  }
}

function localComplaintRequirements(value: unknown, ctx: Ctx) {
  if (!isRecord(value)) return;
  const { status, madeOn, finalResponseOn } = value;
  if ((status === "awaiting-response" || status === "final-response") && madeOn === undefined) {
    missing(ctx, "madeOn", "made-on-required");
  }
  if (status !== "final-response") return;
  if (finalResponseOn === undefined) missing(ctx, "finalResponseOn", "final-response-on-required");
  else if (isIsoDate(madeOn) && isIsoDate(finalResponseOn) && compareIsoDates(finalResponseOn, madeOn) < 0) {
    missing(ctx, "finalResponseOn", "final-response-on-before-made-on");
  }
}

/** The request schema; `today` is the clock dates are checked against (the request's own `today` if it has one). */
export function routingRequestSchema(today: IsoDate) {
  const localComplaint = z
    .object(
      {
        status: enumField(LOCAL_STATUSES, "status-required", "status-invalid"),
        madeOn: dateField(today, "made-on-required", "made-on-invalid", "made-on-future").optional(),
        finalResponseOn: dateField(
          today,
          "final-response-on-required",
          "final-response-on-invalid",
          "final-response-on-future",
        ).optional(),
        finalStage: z.boolean({ error: "final-stage-invalid" }).optional(),
      },
      { error: "local-complaint-required" },
    )
    .superRefine(localComplaintRequirements, always);

  const body = z
    .object(
      {
        type: enumField(BODY_TYPES, "type-required", "type-invalid"),
        nation: enumField(NATIONS, "nation-required", "nation-invalid"),
        funding: z.enum(FUNDING_CODES, { error: "funding-invalid" }).optional(),
        code: z.string({ error: "code-invalid" }).max(api.maxCodeLength, { error: "code-invalid" }).optional(),
        name: z.string({ error: "name-invalid" }).max(api.maxNameLength, { error: "name-invalid" }).optional(),
        councilTier: z.enum(COUNCIL_TIERS, { error: "council-tier-invalid" }).optional(),
        asLandlord: z.boolean({ error: "as-landlord-invalid" }).optional(),
        localComplaint,
      },
      { error: "body-invalid" },
    )
    .superRefine(bodyRequirements, always);

  const complainant = z
    .object(
      {
        role: enumField(ROLES, "role-required", "role-invalid"),
        relationship: z.enum(RELATIONSHIPS, { error: "relationship-invalid" }).optional(),
        personAffected: z.enum(PERSON_AFFECTED, { error: "person-affected-invalid" }).optional(),
        consent: z.enum(CONSENT_VALUES, { error: "consent-invalid" }).optional(),
        authority: z.enum(AUTHORITIES, { error: "authority-invalid" }).optional(),
      },
      { error: "complainant-required" },
    )
    .superRefine(complainantRequirements, always);

  return z.object(
    {
      today: z.string({ error: "today-invalid" }).refine(isIsoDate, { error: "today-invalid" }).optional(),
      becameAwareOn: dateField(today, "became-aware-on-required", "became-aware-on-invalid", "became-aware-on-future"),
      complainant,
      bodies: z
        .array(body, { error: "bodies-required" })
        .min(1, { error: "bodies-empty" })
        .max(api.maxBodies, { error: "bodies-too-many" }),
      legalAction: z.enum(LEGAL_ACTIONS, { error: "legal-action-invalid" }).optional(),
      courtDecided: z.boolean({ error: "court-decided-invalid" }).optional(),
      topics: z
        .array(z.enum(TOPICS, { error: "topic-invalid" }), { error: "topics-invalid" })
        .max(api.maxTopics, { error: "topics-invalid" })
        .optional(),
    },
    { error: "request-invalid" },
  );
}

export type ValidationResult =
  | { readonly success: true; readonly input: RoutingInput }
  | { readonly success: false; readonly problems: readonly ValidationProblem[] };

// Building the schema takes milliseconds; requests mostly share a date, so keep the last few.
const schemas = new Map<IsoDate, ReturnType<typeof routingRequestSchema>>();
function schemaFor(today: IsoDate) {
  let schema = schemas.get(today);
  if (!schema) {
    if (schemas.size >= 8) schemas.delete(schemas.keys().next().value as IsoDate);
    schema = routingRequestSchema(today);
    schemas.set(today, schema);
  }
  return schema;
}

/**
 * Checks a parsed JSON value against the contract. On success the clock is the request's own
 * `today` or else `serverToday`.
 */
export function validateRoutingRequest(value: unknown, serverToday: IsoDate): ValidationResult {
  const requestToday = isRecord(value) && isIsoDate(value.today) ? value.today : undefined;
  const today = requestToday ?? serverToday;
  const parsed = schemaFor(today).safeParse(value);
  if (parsed.success) {
    // The conditional requirements above guarantee the stricter shape that RoutingInput spells out.
    return { success: true, input: { ...parsed.data, today } as RoutingInput };
  }
  const seen = new Set<string>();
  const problems: ValidationProblem[] = [];
  for (const issue of parsed.error.issues) {
    const problem = {
      path: issue.path.map(String).join("."),
      key: isErrorKey(issue.message) ? issue.message : "invalid",
    } satisfies ValidationProblem;
    const id = `${problem.path}\u0000${problem.key}`;
    if (!seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  }
  return { success: false, problems };
}
