// Vocabulary of the routing rules. The enums are exactly those of the Routing API contract
// (version 1.1; docs/routing.md); the few additions are marked. Codes never change with language.
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

/**
 * Who paid, as the API and the rules know it. "nhs-wales" (v1.1): NHS care paid for by NHS Wales
 * (a Welsh health board), wherever in the UK it was given.
 */
export const FUNDING_CODES = ["council", "nhs", "nhs-wales", "self"] as const;
export type FundingCode = (typeof FUNDING_CODES)[number];
/**
 * The answers the form's "who paid?" question offers today (and what drafts and the complaint
 * webhook store). The form does not yet ask whether NHS Wales paid; when it does, the journey
 * passes "nhs-wales" to the rules (see docs/routing.md, "What the form still needs to ask").
 */
export const FUNDINGS = ["council", "nhs", "self"] as const satisfies readonly FundingCode[];
export type Funding = (typeof FUNDINGS)[number];

/** Body types that route to PSOW, in any nation, when NHS Wales paid for the care (v1.1). */
export const NHS_WALES_FUNDABLE_TYPES = [
  "nhs-trust",
  "health-board",
  "icb",
  "gp-practice",
  "care-provider",
  "independent-healthcare",
  "dentist",
  "pharmacy",
  "optician",
] as const satisfies readonly BodyType[];

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

/**
 * The contract's topics (v1.1). `chc-independent-review-done`: NHS England's independent review panel
 * has decided a Continuing Healthcare dispute. `childrens-social-care` and `social-care` (adult social
 * care) describe what the complaint is about.
 */
export const TOPICS = [
  "chc-eligibility",
  "chc-independent-review-done",
  "send-tribunal-appeal",
  "safeguarding-risk-now",
  "childrens-social-care",
  "social-care",
] as const;
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
      /**
       * The person affected's own consent. Required by the API only for "can-consent" (v1.1), where a
       * missing value is read as "to-follow"; for a child, "given" means the child agreed.
       */
      readonly consent?: ConsentValue;
      readonly authority?: Authority;
    };

export type LocalComplaint =
  | { readonly status: "not-made" }
  | { readonly status: "awaiting-response"; readonly madeOn: IsoDate }
  | {
      readonly status: "final-response";
      readonly madeOn: IsoDate;
      readonly finalResponseOn: IsoDate;
      /**
       * v1.1, default true. False when this reply was not the last stage of a process with statutory
       * stages (children's social care in England, social services in Wales): the person asks for the next stage.
       */
      readonly finalStage?: boolean;
    };

export interface BodyInput {
  readonly type: BodyType;
  readonly nation: Nation;
  /** Who paid. Required by the API for FUNDING_REQUIRED_TYPES; when absent the care is treated as not NHS-funded. */
  readonly funding?: FundingCode;
  /** Directory code (ONS/ODS). */
  readonly code?: string;
  readonly name?: string;
  readonly councilTier?: CouncilTier;
  /** v1.1, default false: the complaint is about a council as a landlord (repairs, tenancy). */
  readonly asLandlord?: boolean;
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
  /** v1.1, default false: a court or tribunal has already decided some of what the complaint is about. */
  readonly courtDecided?: boolean;
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
 * A reason that names several organisations lists them in `bodyIndexes` ("1,3", 0-based, in the
 * person's order) with `bodyName<index>` (e.g. `bodyName3`) for each one the person named. Params
 * stay flat strings and numbers, so a stored result keeps its shape.
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly params?: ReasonParams;
}

export interface BodyResult {
  readonly ombudsman: Ombudsman | null;
  readonly localProcess: LocalProcess;
  /**
   * Addition: last day of the reasonable time to reply, for a complaint awaiting a response or a
   * reply that was not the last stage (counted from that reply); else null, as for an ICB held for
   * the Continuing Healthcare review, which no date ends.
   */
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
