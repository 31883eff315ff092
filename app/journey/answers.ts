import type { Authority, BodyType, ConsentValue, Funding, LegalAction, LocalStatus, Nation, PersonAffected } from "~/routing/types";

/**
 * Everything the person has told us, as language-neutral codes plus their own
 * free text. Stored in the draft as JSON; text is looked up at render time.
 */
export type MonthYear = { month: number; year: number };

export const COMPLAINANTS = ["person-affected", "relative-or-friend", "advocate", "legal-professional", "elected-member", "other"] as const;
export type ComplainantCode = (typeof COMPLAINANTS)[number];

export type Organisation = {
  /** Stable within the draft; appears in URLs, carries no personal data. */
  id: string;
  type?: BodyType;
  /** Directory code (ONS/ODS) when chosen from the directory. */
  code?: string;
  /** Free-text name when not chosen from the directory. */
  name?: string;
  nation?: Nation;
  funding?: Funding;
  local?: {
    status: LocalStatus;
    madeOn?: MonthYear;
    finalResponseOn?: MonthYear;
  };
};

export const OUTCOMES_WANTED = ["apology", "explanation", "payment", "service", "change", "other"] as const;
export type OutcomeWanted = (typeof OUTCOMES_WANTED)[number];

export const CONTACT_METHODS = ["email", "phone", "post"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export type Answers = {
  risk?: { riskNow: "yes" | "no" };
  who?: { complainant: ComplainantCode; otherDescription?: string };
  personAffected?: { fullName: string; status: PersonAffected };
  authority?: { consent?: ConsentValue; authority?: Authority };
  organisations?: Organisation[];
  /** The answer to "do you need to add another organisation?" once the list is done. */
  organisationsDone?: boolean;
  whatHappened?: { description: string };
  dates?: { started: MonthYear; ongoing: boolean; ended?: MonthYear; aware: MonthYear };
  impact?: { onPerson: string; onYou?: string };
  putRight?: { outcomes: OutcomeWanted[]; other?: string };
  legal?: { action: LegalAction; courtDecided: "yes" | "no"; details?: string };
  delay?: { reason: string };
  yourDetails?: { fullName: string; email?: string; phone?: string };
  preferences?: { method: ContactMethod; letterLanguage: "en" | "cy"; needs?: string };
  address?: { line1?: string; line2?: string; town?: string; postcode?: string };
  /** Set when the person confirms check-your-answers; any later change clears it. */
  checked?: boolean;
  consent?: {
    method?: ConsentMethod;
    /** Typed by the person affected themselves, on this device. */
    confirmedName?: string;
    requestEmail?: string;
    requestLang?: "en" | "cy";
    evidence?: Evidence[];
  };
  declaration?: { shareAgreed: boolean; truthDeclared: boolean };
};

export const CONSENT_METHODS = ["confirmed-here", "email-request", "signed-later"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const EVIDENCE = ["lpa-health-welfare", "court-deputy", "grant-of-probate", "letters-of-administration", "parental-responsibility", "none"] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const MAX_ORGANISATIONS = 10;
