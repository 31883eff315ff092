// Vocabulary of the routing rules. The enums are exactly those of the Routing API v1
// contract (docs/routing.md); the few additions are marked. Codes never change with language.
import type { ReasonCode } from "./reasons";

export const BODY_TYPES = [
  "council",
  "nhs-trust",
  "health-board",
  "icb",
  "gp-practice",
  "dentist",
  "pharmacy",
  "optician",
  "care-provider",
  "independent-healthcare",
  "social-landlord",
  "school",
  "government-department",
  "welsh-government",
  "other",
] as const;
export type BodyType = (typeof BODY_TYPES)[number];

export const NATIONS = ["england", "wales", "scotland", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

export const FUNDINGS = ["council", "nhs", "self"] as const;
export type Funding = (typeof FUNDINGS)[number];

/** Body types whose ombudsman depends on who paid, so `funding` is required for them. */
export const FUNDING_REQUIRED_TYPES = [
  "care-provider",
  "independent-healthcare",
  "dentist",
  "optician",
  "pharmacy",
] as const satisfies readonly BodyType[];

/**
 * Addition to the contract: the tier of an English council. In two-tier areas the county
 * council runs social care and the district council does not.
 */
export const COUNCIL_TIERS = ["unitary", "county", "district"] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

export const LOCAL_STATUSES = ["not-made", "awaiting-response", "final-response"] as const;
export type LocalStatus = (typeof LOCAL_STATUSES)[number];

export const OMBUDSMEN = ["lgsco", "phso", "psow", "housing-ombudsman", "spso", "nipso", "iscas"] as const;
export type Ombudsman = (typeof OMBUDSMEN)[number];

export const LOCAL_PROCESSES = ["complete", "response-overdue", "in-progress", "not-started"] as const;
export type LocalProcess = (typeof LOCAL_PROCESSES)[number];

export const OUTCOMES = [
  "ready",
  "complain-to-organisations-first",
  "not-for-these-ombudsmen",
  "urgent-help-first",
] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The outcome leaving urgency aside: where the person goes once urgent help is sorted. */
export type Readiness = Exclude<Outcome, "urgent-help-first">;

export const JOINT_WORKING = ["joint-working-team", "cross-border", "none"] as const;
export type JointWorking = (typeof JOINT_WORKING)[number];

export const TIME_LIMITS = ["within", "outside"] as const;
export type TimeLimit = (typeof TIME_LIMITS)[number];

export const CONSENT_STATES = ["not-needed", "given", "needed", "refused", "representative-suitability"] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const ROLES = ["person-affected", "representative"] as const;
export type Role = (typeof ROLES)[number];

export const RELATIONSHIPS = ["relative-or-friend", "advocate", "legal-professional", "elected-member", "other"] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const PERSON_AFFECTED = ["can-consent", "lacks-capacity", "deceased", "child"] as const;
export type PersonAffected = (typeof PERSON_AFFECTED)[number];

export const CONSENT_VALUES = ["given", "to-follow", "refused"] as const;
export type ConsentValue = (typeof CONSENT_VALUES)[number];

export const AUTHORITIES = [
  "none",
  "lpa-health-welfare",
  "court-deputy",
  "personal-representative",
  "parental-responsibility",
] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const LEGAL_ACTIONS = ["none", "considering", "started", "finished"] as const;
export type LegalAction = (typeof LEGAL_ACTIONS)[number];

/** The contract's three flags plus `social-care` (lets the engine spot a district council named for social care). */
export const TOPICS = ["chc-eligibility", "send-tribunal-appeal", "safeguarding-risk-now", "social-care"] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Where else the person can go. Output order follows this array: urgent help first, then
 * free advocacy, then the routes the facts call for, then regulators.
 */
export const SIGNPOSTS = [
  "safeguarding",
  "nhs-complaints-advocacy",
  "llais",
  "mp",
  "chc-independent-review",
  "school-complaints-process",
  "send-tribunal",
  "education-tribunal-wales",
  "housing-ombudsman",
  "spso",
  "nipso",
  "iscas",
  "cqc",
  "ciw",
  "hiw",
] as const;
export type SignpostId = (typeof SIGNPOSTS)[number];

/** A calendar date written YYYY-MM-DD (see dates.ts). */
export type IsoDate = string;

export interface Duration {
  readonly unit: "weeks" | "months";
  readonly amount: number;
}

export type Complainant =
  | { readonly role: "person-affected" }
  | {
      readonly role: "representative";
      readonly relationship: Relationship;
      readonly personAffected: PersonAffected;
      /** The person affected's own consent; only meaningful for "can-consent" and older children. */
      readonly consent: ConsentValue;
      readonly authority?: Authority;
    };

export type LocalComplaint =
  | { readonly status: "not-made" }
  | { readonly status: "awaiting-response"; readonly madeOn: IsoDate }
  | { readonly status: "final-response"; readonly madeOn: IsoDate; readonly finalResponseOn: IsoDate };

export interface BodyInput {
  readonly type: BodyType;
  readonly nation: Nation;
  /** Who paid. Required by the API for FUNDING_REQUIRED_TYPES; when absent the care is treated as not NHS-funded. */
  readonly funding?: Funding;
  /** Directory code (ONS/ODS). */
  readonly code?: string;
  readonly name?: string;
  readonly councilTier?: CouncilTier;
  readonly localComplaint: LocalComplaint;
}

/** The request body of POST /api/v1/routing. */
export interface RoutingRequest {
  /** The clock; the API defaults it to the server's date in Europe/London. */
  readonly today?: IsoDate;
  /** When the person affected (or the complainant) first knew of the problem. */
  readonly becameAwareOn: IsoDate;
  readonly complainant: Complainant;
  /** 1 to 10 organisations, in the person's order. */
  readonly bodies: readonly BodyInput[];
  /** Defaults to "none". */
  readonly legalAction?: LegalAction;
  readonly topics?: readonly Topic[];
}

/** What the engine needs: the request with the clock set. */
export interface RoutingInput extends RoutingRequest {
  readonly today: IsoDate;
}

export type ReasonParams = Readonly<Record<string, string | number>>;

/**
 * Why the engine decided as it did. Body-specific reasons carry `bodyIndex` (0-based) and, when the
 * person gave one, `bodyName`; dates are in `date`; a period is `periodAmount` + `periodUnit`.
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly params?: ReasonParams;
}

export interface BodyResult {
  readonly ombudsman: Ombudsman | null;
  readonly localProcess: LocalProcess;
  /** Addition: last day of the reasonable time to reply, for a complaint awaiting a response; else null. */
  readonly reasonableTimeEndsOn: IsoDate | null;
}

export interface RoutingResult {
  readonly outcome: Outcome;
  /** Addition: the outcome once any urgent help is sorted (equals `outcome` unless that is urgent-help-first). */
  readonly readiness: Readiness;
  /** Sorted, unique: every ombudsman or scheme with remit over at least one body. */
  readonly ombudsmen: readonly Ombudsman[];
  readonly jointWorking: JointWorking;
  /** Same order and length as the input's bodies. */
  readonly bodies: readonly BodyResult[];
  readonly timeLimit: TimeLimit;
  /** Addition: the last day that is still within the time limit. */
  readonly timeLimitEndsOn: IsoDate;
  readonly consent: ConsentState;
  readonly mpReferralNeeded: boolean;
  readonly signposts: readonly SignpostId[];
  readonly reasons: readonly Reason[];
}
