// Stable ids for every reason the engine can give. Text lives in locales/{en,cy}/routing.json
// under reasons.<code>; a test checks each code has both texts and that the engine can reach it.
// The codes named after a period (e.g. lgsco-12-weeks-passed) keep their name if config.ts
// changes the period: the text always shows the configured one.
export const REASON_CODES = [
  // The outcome, first.
  "urgent-help-first",
  "ready-to-complain",
  "ready-one-body-finished",
  "not-ready-yet",
  "not-for-these-ombudsmen",
  // Per organisation: who covers it.
  "lgsco-remit-council",
  "lgsco-remit-care-provider",
  "phso-remit-nhs",
  "phso-remit-government",
  "psow-remit-council",
  "psow-remit-nhs",
  "psow-remit-care-provider",
  "psow-remit-social-landlord",
  "psow-remit-welsh-government",
  "housing-ombudsman-remit",
  "spso-remit",
  "nipso-remit",
  "iscas-remit",
  "private-healthcare-not-covered",
  "psow-linked-private-treatment",
  "council-funded-name-council",
  "school-own-process",
  "other-body-not-covered",
  "type-unusual-for-nation",
  // Per organisation: its own complaints process.
  "local-process-complete",
  "lgsco-12-weeks-passed",
  "phso-6-months-passed",
  "psow-12-weeks-passed",
  "reasonable-time-passed",
  "waiting-for-response",
  "complain-to-organisation-first",
  "mp-referral-needed",
  "district-council-no-social-care",
  // Several organisations.
  "joint-working-team-likely",
  "jwt-may-take-whole-case",
  "cross-border",
  "several-ombudsmen",
  // Time limit.
  "within-time-limit",
  "outside-time-limit",
  "nipso-time-limit",
  // Who may complain.
  "consent-given",
  "consent-to-follow",
  "consent-refused",
  "representative-suitability",
  "representative-suitability-deceased",
  "representative-suitability-child",
  "authority-lpa-health-welfare",
  "authority-court-deputy",
  "authority-personal-representative",
  "authority-parental-responsibility",
  // Topics, court action and regulators.
  "chc-review-first",
  "chc-name-icb",
  "chc-wales-health-board-review",
  "send-tribunal",
  "legal-action-considering",
  "legal-action-started",
  "legal-action-finished",
  "regulator-information",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];
