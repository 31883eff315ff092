import type { Notice } from "~/directory/notices";
import type { RoutingResult } from "~/routing/types";
import type { ReasonText } from "~/routing/texts";
import type { Lang } from "~/i18n/config";
import type { Answers, Organisation } from "./answers";
import type { FormValues, StepRef } from "./steps";

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

/** Everything a step page needs to render, computed on the server. */
export type StepView = {
  ref: StepRef;
  /** The page title's key in the locale files, with its values. */
  titleKey: string;
  titleValues?: Record<string, string | number>;
  lang: Lang;
  action: string;
  backHref: string;
  exitPage: boolean;
  today: string;
  values: FormValues;
  schemaAnswers: Answers;
  representative: boolean;
  org?: OrgView;
  orgs: OrgView[];
  maxOrganisations: number;
  search?: { query: string; results: Array<{ code: string; name: string; notice?: Notice }>; total: number; notice?: string };
  routing?: { result: RoutingResult; reasons: ReasonText[] };
  answers?: Answers;
  /** The person affected can decide for themselves and does not agree: nothing can be sent for them. */
  consentRefused?: boolean;
};
