/**
 * The language-neutral codes the journey stores, one list each. Labels are in
 * locales/<lang>/journey.json under the same codes.
 */
export const COMPLAINANTS = ["person-affected", "relative-or-friend", "advocate", "legal-professional", "elected-member", "other"] as const;
export type ComplainantCode = (typeof COMPLAINANTS)[number];

export const OUTCOMES_WANTED = ["apology", "explanation", "payment", "service", "change", "other"] as const;
export type OutcomeWanted = (typeof OUTCOMES_WANTED)[number];

export const CONTACT_METHODS = ["email", "phone", "post"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const CONSENT_METHODS = ["confirmed-here", "email-request", "signed-later"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const EVIDENCE = ["lpa-health-welfare", "court-deputy", "grant-of-probate", "letters-of-administration", "parental-responsibility", "none"] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const YES_NO = ["yes", "no"] as const;

export const MAX_ORGANISATIONS = 10;
