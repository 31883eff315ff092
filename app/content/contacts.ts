import type { Lang } from "~/i18n/config";

/**
 * Published contact details of the ombudsmen and the services we signpost to
 * (as published in November 2026; re-check before launch). Names and any
 * text around them live in the locale files; these are the facts only.
 */
export type Contact = {
  phone?: string;
  textCallback?: string;
  email?: string;
  /** Website by page language; a body with one site gives the same address for both. */
  web: { readonly en: string; readonly cy: string };
  post?: readonly string[];
};

export const CONTACTS = {
  lgsco: {
    phone: "0300 061 0614",
    web: { en: "https://www.lgo.org.uk", cy: "https://www.lgo.org.uk" },
    post: ["PO Box 4771", "Coventry", "CV4 0EH"],
  },
  phso: {
    phone: "0345 015 4033",
    textCallback: "07624 813 005",
    web: { en: "https://www.ombudsman.org.uk", cy: "https://www.ombudsman.org.uk" },
    post: ["Millbank Tower", "Millbank", "London", "SW1P 4QP"],
  },
  psow: {
    phone: "0300 790 0203",
    email: "ask@ombudsman.wales",
    web: { en: "https://www.ombudsman.wales", cy: "https://www.ombwdsmon.cymru" },
    post: ["1 Ffordd yr Hen Gae", "Pencoed", "CF35 5LJ"],
  },
  "housing-ombudsman": {
    phone: "0300 111 3000",
    email: "info@housing-ombudsman.org.uk",
    web: { en: "https://www.housing-ombudsman.org.uk", cy: "https://www.housing-ombudsman.org.uk" },
    post: ["PO Box 1484", "Unit D", "Preston", "PR2 0ET"],
  },
  spso: {
    phone: "0800 377 7330",
    web: { en: "https://www.spso.org.uk", cy: "https://www.spso.org.uk" },
    post: ["Freepost SPSO", "Bridgeside House", "99 McDonald Road", "Edinburgh", "EH7 4NS"],
  },
  nipso: {
    email: "nipso@nipso.org.uk",
    web: { en: "https://www.nipso.org.uk", cy: "https://www.nipso.org.uk" },
  },
  iscas: {
    web: { en: "https://iscas.cedr.com", cy: "https://iscas.cedr.com" },
  },
  llais: {
    web: { en: "https://www.llaiswales.org", cy: "https://www.llaiswales.org" },
  },
  "nhs-england": {
    phone: "0300 311 22 33",
    email: "england.contactus@nhs.net",
    web: { en: "https://www.england.nhs.uk", cy: "https://www.england.nhs.uk" },
  },
  beacon: {
    phone: "0345 548 0300",
    web: { en: "https://www.beaconchc.co.uk", cy: "https://www.beaconchc.co.uk" },
  },
  ico: {
    phone: "0303 123 1113",
    web: { en: "https://ico.org.uk", cy: "https://ico.org.uk" },
  },
} as const satisfies Record<string, Contact>;

export type ContactId = keyof typeof CONTACTS;

/** GOV.UK's guide to call charges, in the page language (GOV.UK publishes it in Welsh too). */
export const CALL_CHARGES_URL = {
  en: "https://www.gov.uk/call-charges",
  cy: "https://www.gov.uk/costau-galwadau",
} as const satisfies Record<Lang, string>;
