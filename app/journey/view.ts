import type { Notice } from "~/directory/notices";
import type { BodyType, PersonAffected, RoutingResult } from "~/routing/types";
import type { ReasonText } from "~/routing/texts";
import type { Lang } from "~/i18n/config";
import type { Answers, Organisation } from "./answers";
import type { ContactMethod } from "./codes";
import type { FormValues, SectionId, StepRef } from "./step";

/** One organisation as the pages show it. */
export type OrgView = {
  id: string;
  type?: Organisation["type"];
  name?: string;
  nation?: Organisation["nation"];
  funding?: Organisation["funding"];
  notice?: Notice;
  local?: Organisation["local"];
  complete: boolean;
};

/**
 * The few facts about other answers that a step's schema and page depend on,
 * stated explicitly so nothing else leaves the server.
 */
export type StepFacts = {
  representative: boolean;
  personStatus?: PersonAffected;
  /** The person affected can decide for themselves and does not agree: nothing can be sent for them. */
  consentRefused: boolean;
  /** The type of the organisation an organisation step is about. */
  orgType?: BodyType;
  hasEmail: boolean;
  hasPhone: boolean;
  contactMethod?: ContactMethod;
};

/** Everything a step page needs to render, computed on the server. */
export type StepView = {
  ref: StepRef;
  section: SectionId;
  /** The page title's key in the locale files, with its values. */
  titleKey: string;
  titleValues?: Record<string, string | number>;
  lang: Lang;
  action: string;
  backHref: string;
  exitPage: boolean;
  today: string;
  values: FormValues;
  facts: StepFacts;
  org?: OrgView;
  orgs: OrgView[];
  maxOrganisations: number;
  search?: { query: string; results: Array<{ code: string; name: string; notice?: Notice }>; total: number; notice?: string };
  routing?: { result: RoutingResult; reasons: ReasonText[] };
  /** Check your answers: everything on the path. */
  answers?: Answers;
};
