import type { Lang } from "~/i18n/config";
import type { Answers } from "~/journey/answers";
import type { OrgView } from "~/journey/view";
import type { RoutingResult } from "~/routing/types";

/** The ombudsman teams that receive complaints from the portal. A joint case goes to the Joint Working Team. */
export const TEAMS = ["lgsco", "phso", "jwt", "psow"] as const;
export type Team = (typeof TEAMS)[number];

/** What the representative says about the person affected's agreement or their own authority. */
export type ConsentRecord = {
  /** For a person who can agree: how their agreement is given. */
  method?: "confirmed-here" | "email-request" | "signed-later";
  /** Typed by the person affected on this device. */
  confirmedName?: string;
  /** ISO timestamp of the confirmation, here or through the emailed link. */
  confirmedAt?: string;
  /** Email request: where it was sent and in which language (the address is kept for the caseworker). */
  requestEmail?: string;
  requestLang?: Lang;
  requestedAt?: string;
  /** For someone who lacks capacity, has died or is a child: the evidence the representative says they have. */
  evidence?: Array<"lpa-health-welfare" | "court-deputy" | "grant-of-probate" | "letters-of-administration" | "parental-responsibility" | "none">;
  /** Everyone: the ombudsmen may share the complaint with the organisations and each other. */
  shareAgreed: boolean;
  /** Everyone: true to the best of their knowledge. */
  truthDeclared: boolean;
  declaredAt: string;
};

/** A submitted complaint as the emails and the webhook see it. */
export type SubmittedComplaint = {
  reference: string;
  /** Language the person used in the form. */
  lang: Lang;
  submittedAt: string;
  answers: Answers;
  /** The organisations with their names resolved at submission time. */
  organisations: OrgView[];
  routing: RoutingResult;
  consent: ConsentRecord;
  /** Teams this complaint is sent to; all share the reference. */
  teams: Team[];
};
