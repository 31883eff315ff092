import type { TFunction } from "i18next";
import * as z from "zod";
import { CONTACTS, type Contact } from "~/content/contacts";
import { renderEmail, type EmailBlock } from "~/email/layout";
import type { EmailPayload } from "~/email/types";
import { LANGS, type Lang } from "~/i18n/config";
import { createI18n } from "~/i18n/instance";
import { loadResources } from "~/i18n/resources.server";
import { COMPLAINANTS, CONSENT_METHODS, CONTACT_METHODS, EVIDENCE, OUTCOMES_WANTED, type Answers } from "~/journey/answers";
import { summarise, type SummarySection } from "~/journey/summary";
import { monthYearText } from "~/i18n/dates";

/** "Label: value", the same in both languages. */
const labelText = (label: string, value: string) => `${label}: ${value}`;
import type { OrgView } from "~/journey/view";
import { REASON_CODES } from "~/routing/reasons";
import { formatDate, reasonTexts } from "~/routing/texts";
import {
  AUTHORITIES,
  BODY_TYPES,
  CONSENT_STATES,
  CONSENT_VALUES,
  FUNDINGS,
  JOINT_WORKING,
  LEGAL_ACTIONS,
  LOCAL_PROCESSES,
  LOCAL_STATUSES,
  NATIONS,
  OMBUDSMEN,
  OUTCOMES,
  PERSON_AFFECTED,
  SIGNPOSTS,
  TIME_LIMITS,
  type BodyResult,
  type IsoDate,
  type Ombudsman,
  type SignpostId,
} from "~/routing/types";
import { TEAMS, type SubmittedComplaint, type Team } from "./types";

/**
 * Every message a complaint produces: the person's confirmation (in their
 * language), one caseworker email per team (always English), the
 * case-management webhook body, the consent request and the save-and-return
 * link. No I/O beyond reading the locale files once; all words come from
 * locales/<lang>/email.json or, where their text fits, the journey, routing,
 * directory and common namespaces.
 */

/** Postmark tags: short and never personal (the outbox kinds). */
export type EmailTag = "confirmation" | "caseworker" | "consent-request" | "save-return";
export type SubmissionEmail = Required<Pick<EmailPayload, "subject" | "html" | "text">> & { tag: EmailTag };

type OurOmbudsman = "lgsco" | "phso" | "psow";

/** The Joint Working Team works for both English ombudsmen. */
const TEAM_OMBUDSMEN: Record<Team, readonly OurOmbudsman[]> = { lgsco: ["lgsco"], phso: ["phso"], jwt: ["lgsco", "phso"], psow: ["psow"] };

const ADVOCACY: readonly SignpostId[] = ["nhs-complaints-advocacy", "llais"];
/** NHS Complaints Advocacy has no national contact: the local council arranges it (its description says so). */
const ADVOCACY_CONTACT: Partial<Record<SignpostId, Contact>> = { llais: CONTACTS.llais };

const LOCALE: Record<Lang, string> = { en: "en-GB", cy: "cy-GB" };

function translators(lang: Lang): { t: TFunction; journey: TFunction } {
  const i18n = createI18n(lang, loadResources()[lang]);
  // `journey` is what summarise() expects; `t` reaches the other namespaces with a prefix.
  return { t: i18n.getFixedT(lang, "email"), journey: i18n.getFixedT(lang, "journey") };
}

/** "22 November 2026 at 14:05", in UK time whatever the server's zone. */
function formatDateTime(iso: string, lang: Lang, t: TFunction): string {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(LOCALE[lang], { timeZone: "Europe/London", ...options }).format(new Date(iso));
  return t("dateTime", { date: part({ day: "numeric", month: "long", year: "numeric" }), time: part({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) });
}

/** Routing's bodies are in the same order as the organisations: a mismatch is a bug, never something to guess around. */
function bodyOf(complaint: SubmittedComplaint, index: number): BodyResult {
  const body = complaint.routing.bodies[index];
  if (!body || complaint.routing.bodies.length !== complaint.organisations.length) throw new Error("Routing bodies do not match the organisations");
  return body;
}

function ourOmbudsmen(teams: readonly Team[]): OurOmbudsman[] {
  return [...new Set(teams.flatMap((team) => TEAM_OMBUDSMEN[team]))];
}

function isRepresentative(answers: Answers): boolean {
  return answers.who !== undefined && answers.who.complainant !== "person-affected";
}

function orgName(org: OrgView, index: number, journey: TFunction): string {
  return org.name ?? journey("check.rows.organisation", { number: index + 1 });
}

function contactLines(contact: Contact, lang: Lang, t: TFunction): string {
  const line = (label: string, value: string | undefined) => (value ? [labelText(t(`common:contact.${label}`), value)] : []);
  return [
    ...line("phone", contact.phone),
    ...line("textCallback", contact.textCallback),
    ...line("email", contact.email),
    ...line("website", contact.web[lang]),
  ].join("\n");
}

/** Each answer section as a heading and its rows; `empty` is shown for an unanswered row, or the row is left out. */
function answerBlocks(sections: SummarySection[], empty?: string): EmailBlock[] {
  return sections.flatMap((section) => {
    const rows = section.rows.flatMap((row) => (row.value ? [{ key: row.key, value: row.value }] : empty ? [{ key: row.key, value: empty }] : []));
    return rows.length ? [{ type: "heading" as const, text: section.title }, { type: "rows" as const, rows }] : [];
  });
}

function paragraphs(...texts: string[]): EmailBlock[] {
  return texts.map((text) => ({ type: "paragraph", text }));
}

/** What the person must still do, or may be asked for, when complaining for someone else. */
function representationBlocks(complaint: SubmittedComplaint, t: TFunction): EmailBlock[] {
  const { consent, routing } = complaint;
  if (!isRepresentative(complaint.answers)) return [];
  const unconfirmed = !consent.confirmedAt;
  const blocks: EmailBlock[] = [];
  if (unconfirmed && consent.method === "email-request") blocks.push(...paragraphs(t("confirmation.consentEmailed"), t("confirmation.consentEmailedHelp")));
  else if (unconfirmed && (consent.method === "signed-later" || routing.consent === "needed")) blocks.push(...paragraphs(t("confirmation.consentInWriting")));
  if (routing.consent === "representative-suitability") blocks.push(...paragraphs(t("confirmation.suitability")));
  const evidence = (consent.evidence ?? []).filter((item) => item !== "none");
  if (evidence.length) {
    blocks.push(
      ...paragraphs(t("confirmation.evidenceIntro")),
      { type: "list", items: evidence.map((item) => t(`evidence.${item}`)) },
      ...paragraphs(t("confirmation.evidenceAsk")),
    );
  }
  return blocks.length ? [{ type: "heading", text: t("confirmation.consentHeading") }, ...blocks] : [];
}

/** The person's copy, in `lang` (their language for letters). */
export function confirmationEmail(complaint: SubmittedComplaint, lang: Lang): SubmissionEmail {
  const { t, journey } = translators(lang);
  const { reference, routing, answers, teams } = complaint;
  const ombudsmanName = (id: Ombudsman) => t(`routing:ombudsman.${id}.name`);
  const ours = ourOmbudsmen(teams);
  // Ombudsmen with remit over part of the complaint that the portal does not send to (e.g. the Housing Ombudsman).
  const others = routing.ombudsmen.filter((id) => !(ours as readonly Ombudsman[]).includes(id));
  const advocacy = routing.signposts.filter((id) => ADVOCACY.includes(id));

  const organisations = complaint.organisations.map((org, index) => {
    const body = bodyOf(complaint, index);
    // The ombudsman's name says what it is: "Ombudsman: … Ombudsman" would stutter.
    const lines = [
      body.ombudsman ? ombudsmanName(body.ombudsman) : journey("outcome.noOmbudsman"),
      labelText(journey("outcome.orgState"), journey(`outcome.localProcess.${body.localProcess}`)),
    ];
    return { key: orgName(org, index, journey), value: lines.join("\n") };
  });

  const blocks: EmailBlock[] = [
    { type: "reference", label: t("confirmation.referenceLabel"), value: reference },
    ...paragraphs(t("confirmation.keepReference")),
    { type: "heading", text: t("confirmation.sentToHeading") },
    ...paragraphs(t("confirmation.sentTo")),
    { type: "list", items: teams.map((team) => t(`team.${team}`)) },
    ...(teams.length > 1 ? paragraphs(t("confirmation.sameReference")) : []),
    ...(routing.jointWorking !== "none" ? paragraphs(journey(`outcome.joint.${routing.jointWorking}`)) : []),
    ...(others.length ? [...paragraphs(t("confirmation.otherServices")), { type: "list" as const, items: others.map(ombudsmanName) }] : []),
    { type: "heading", text: journey("outcome.nextHeading") },
    ...paragraphs(t("confirmation.nextWrite", { count: teams.length }), t("confirmation.nextMoreInfo"), t("confirmation.nextAdd", { reference })),
    ...representationBlocks(complaint, t),
    { type: "heading", text: journey("outcome.orgsHeading") },
    { type: "rows", rows: organisations },
    ...(advocacy.length
      ? [
          { type: "heading" as const, text: journey("outcome.helpHeading") },
          ...paragraphs(t("confirmation.helpIntro")),
          {
            type: "rows" as const,
            rows: advocacy.map((id) => {
              const contact = ADVOCACY_CONTACT[id];
              const description = t(`routing:signpost.${id}.description`);
              return { key: t(`routing:signpost.${id}.name`), value: contact ? `${description}\n${contactLines(contact, lang, t)}` : description };
            }),
          },
        ]
      : []),
    { type: "heading", text: t("confirmation.contactsHeading") },
    // Paragraphs, not rows: a web address beside a name column is wider than a phone screen.
    ...paragraphs(...[...ours, ...others].map((id) => `${ombudsmanName(id)}\n${contactLines(CONTACTS[id], lang, t)}`)),
    { type: "heading", text: t("confirmation.copyHeading") },
    ...paragraphs(t("confirmation.copyIntro")),
    // Only what they answered: an unanswered question is left out rather than shown as "None given".
    ...answerBlocks(summarise(answers, complaint.organisations, lang, journey, isRepresentative(answers))),
    ...paragraphs(t("footer", { service: t("common:service.name") })),
  ];
  const { html, text } = renderEmail({ lang, preheader: t("confirmation.preheader"), heading: t("confirmation.heading"), blocks });
  return { subject: t("confirmation.subject", { reference }), html, text, tag: "confirmation" };
}

/** For a caseworker in `team`, always in English: what they need to act, then the whole complaint. */
export function caseworkerEmail(complaint: SubmittedComplaint, team: Team): SubmissionEmail {
  const lang: Lang = "en";
  const { t, journey } = translators(lang);
  const { reference, routing, answers, consent } = complaint;
  const none = journey("check.none");
  const ombudsmanName = (id: Ombudsman) => t(`routing:ombudsman.${id}.name`);
  const labelled = labelText;
  const prefs = answers.preferences;
  const details = answers.yourDetails;
  const address = [answers.address?.line1, answers.address?.line2, answers.address?.town, answers.address?.postcode].filter(Boolean).join(", ");
  const contactDetail = prefs && { email: details?.email, phone: details?.phone, post: address }[prefs.method];

  // The acronyms are the team codes in capitals (LGSCO, PHSO, PSOW): identifiers, the same in any language.
  const subject = t("caseworker.subject", {
    reference,
    routing: (() => {
      const ombudsmen = ourOmbudsmen(complaint.teams).map((id) => id.toUpperCase()).join("/");
      return routing.jointWorking === "none" ? ombudsmen : t(`caseworker.routing.${routing.jointWorking}`, { ombudsmen });
    })(),
    organisations: t("caseworker.organisations", { count: complaint.organisations.length }),
  });

  const organisations = complaint.organisations.map((org, index) => {
    const body = bodyOf(complaint, index);
    const code = answers.organisations?.find((answer) => answer.id === org.id)?.code;
    const lines = [
      ...(org.type ? [labelled(t("org.type"), t(`directory:bodyType.${org.type}.label`))] : []),
      ...(org.nation ? [labelled(t("org.nation"), journey(`nation.${org.nation}`))] : []),
      ...(org.funding ? [labelled(t("org.funding"), journey(`orgWhich.funding.${org.funding}`))] : []),
      ...(code ? [labelled(t("org.code"), code)] : []),
      labelled(journey("outcome.orgOmbudsman"), body.ombudsman ? ombudsmanName(body.ombudsman) : journey("outcome.noOmbudsman")),
      labelled(journey("outcome.orgState"), journey(`outcome.localProcess.${body.localProcess}`)),
      ...(org.local?.madeOn ? [labelled(t("org.complained"), monthYearText(org.local.madeOn, journey))] : []),
      ...(org.local?.finalResponseOn ? [labelled(t("org.finalResponse"), monthYearText(org.local.finalResponseOn, journey))] : []),
      ...(body.reasonableTimeEndsOn ? [labelled(t("org.reasonableTimeEnds"), formatDate(body.reasonableTimeEndsOn, lang))] : []),
    ];
    const number = journey("check.rows.organisation", { number: index + 1 });
    return { key: org.name ? labelled(number, org.name) : number, value: lines.join("\n") };
  });

  const consentRows = [
    ...(consent.method
      ? [
          { key: t("caseworker.consentRecord.method"), value: t(`caseworker.consentRecord.methods.${consent.method}`) },
          { key: t("caseworker.consentRecord.confirmedBy"), value: consent.confirmedName ?? t("caseworker.consentRecord.notConfirmed") },
        ]
      : []),
    ...(consent.confirmedAt ? [{ key: t("caseworker.consentRecord.confirmedAt"), value: formatDateTime(consent.confirmedAt, lang, t) }] : []),
    ...(consent.requestEmail ? [{ key: t("caseworker.consentRecord.requestEmail"), value: consent.requestEmail }] : []),
    ...(consent.requestLang ? [{ key: t("caseworker.consentRecord.requestLang"), value: journey(`preferences.language.${consent.requestLang}`) }] : []),
    ...(consent.requestedAt ? [{ key: t("caseworker.consentRecord.requestedAt"), value: formatDateTime(consent.requestedAt, lang, t) }] : []),
    ...(consent.evidence ? [{ key: t("caseworker.consentRecord.evidence"), value: consent.evidence.map((item) => t(`evidence.${item}`)).join("\n") }] : []),
    { key: t("caseworker.consentRecord.share"), value: t(`caseworker.consentRecord.shareValues.${consent.shareAgreed ? "yes" : "no"}`) },
    {
      key: t("caseworker.consentRecord.declaration"),
      value: consent.truthDeclared ? t("caseworker.consentRecord.declared", { dateTime: formatDateTime(consent.declaredAt, lang, t) }) : t("caseworker.consentRecord.notDeclared"),
    },
  ];

  const outcome = t(`caseworker.outcomes.${routing.outcome}`);
  const blocks: EmailBlock[] = [
    // First what decides how to reply: language, channel, adjustments, and any risk they reported.
    { type: "heading", text: t("caseworker.replyHeading") },
    {
      type: "rows",
      rows: [
        { key: t("caseworker.replyLanguage"), value: prefs ? t(`caseworker.letters.${prefs.letterLanguage}`) : none },
        { key: t("caseworker.contactBy"), value: prefs ? t(`caseworker.contactMethod.${prefs.method}`, { detail: contactDetail || none }) : none },
        { key: t("caseworker.needs"), value: prefs?.needs || none },
        { key: journey("check.rows.risk"), value: answers.risk ? journey(`risk.${answers.risk.riskNow}`) : none },
        { key: t("caseworker.formLanguage"), value: journey(`preferences.language.${complaint.lang}`) },
      ],
    },
    { type: "reference", label: t("caseworker.referenceLabel"), value: reference },
    { type: "heading", text: t("caseworker.sentToHeading") },
    ...paragraphs(t("caseworker.sentTo")),
    { type: "list", items: complaint.teams.map((each) => (each === team ? t("caseworker.thisTeam", { team: t(`team.${each}`) }) : t(`team.${each}`))) },
    { type: "heading", text: t("caseworker.routingHeading") },
    {
      type: "rows",
      rows: [
        {
          key: t("caseworker.outcome"),
          value: routing.outcome === routing.readiness ? outcome : t("caseworker.outcomeThen", { outcome, readiness: t(`caseworker.outcomes.${routing.readiness}`) }),
        },
        { key: t("caseworker.ombudsmen"), value: routing.ombudsmen.map(ombudsmanName).join("\n") || none },
        { key: t("caseworker.jointWorking"), value: t(`caseworker.joint.${routing.jointWorking}`) },
        { key: t("caseworker.timeLimit"), value: t(`caseworker.timeLimits.${routing.timeLimit}`, { date: formatDate(routing.timeLimitEndsOn, lang) }) },
        { key: t("caseworker.consent"), value: t(`caseworker.consentStates.${routing.consent}`) },
        { key: t("caseworker.mpReferral"), value: t(`caseworker.mpReferralValues.${routing.mpReferralNeeded ? "yes" : "no"}`) },
        { key: t("caseworker.submitted"), value: formatDateTime(complaint.submittedAt, lang, t) },
      ],
    },
    { type: "heading", text: t("caseworker.orgsHeading") },
    { type: "rows", rows: organisations },
    { type: "heading", text: t("caseworker.reasonsHeading") },
    { type: "list", items: reasonTexts(routing.reasons, lang).map((reason) => reason.text) },
    { type: "heading", text: t("caseworker.consentHeading") },
    { type: "rows", rows: consentRows },
    { type: "heading", text: t("caseworker.complaintHeading") },
    ...answerBlocks(summarise(answers, complaint.organisations, lang, journey, isRepresentative(answers)), none),
  ];
  const preheader = prefs
    ? t("caseworker.preheader", { language: journey(`preferences.language.${prefs.letterLanguage}`), method: t(`caseworker.methodShort.${prefs.method}`) })
    : "";
  const { html, text } = renderEmail({ lang, preheader, heading: t("caseworker.heading", { reference }), blocks });
  return { subject, html, text, tag: "caseworker" };
}

/** To every team that received the complaint, when the person affected answers the emailed consent request. English. */
export function consentAnswerEmail({ reference, team, decision, name, answeredAt }: {
  reference: string;
  team: Team;
  decision: "agreed" | "refused";
  name: string;
  answeredAt: string;
}): SubmissionEmail {
  const lang: Lang = "en";
  const { t } = translators(lang);
  const { html, text } = renderEmail({
    lang,
    preheader: t(`consentAnswer.answers.${decision}`),
    heading: t("consentAnswer.heading"),
    blocks: [
      { type: "reference", label: t("caseworker.referenceLabel"), value: reference },
      ...paragraphs(t("consentAnswer.intro")),
      {
        type: "rows",
        rows: [
          { key: t("consentAnswer.answer"), value: t(`consentAnswer.answers.${decision}`) },
          { key: t("consentAnswer.name"), value: name },
          { key: t("consentAnswer.answeredAt"), value: formatDateTime(answeredAt, lang, t) },
          { key: t("caseworker.sentToHeading"), value: t(`team.${team}`) },
        ],
      },
    ],
  });
  return { subject: t("consentAnswer.subject", { reference, answer: t(`consentAnswer.subjectAnswers.${decision}`) }), html, text, tag: "caseworker" };
}

/** To the person affected, in the language the representative chose for them. */
export function consentRequestEmail({ lang, link, representativeName, personName, expiresOn }: {
  lang: Lang;
  link: string;
  representativeName: string;
  personName: string;
  /** The last day the link works (YYYY-MM-DD). */
  expiresOn: IsoDate;
}): SubmissionEmail {
  const { t } = translators(lang);
  const { html, text } = renderEmail({
    lang,
    preheader: t("consentRequest.preheader"),
    heading: t("consentRequest.heading"),
    blocks: [
      ...paragraphs(
        t("consentRequest.greeting", { personName }),
        t("consentRequest.intro", { representativeName }),
        t("consentRequest.why", { service: t("common:service.name") }),
      ),
      { type: "heading", text: t("consentRequest.meansHeading") },
      ...paragraphs(t("consentRequest.meansIntro")),
      {
        type: "list",
        items: [
          t("consentRequest.meansRepresentative", { representativeName }),
          t("consentRequest.meansRecords"),
          t("consentRequest.meansShare"),
          t("consentRequest.meansTell"),
        ],
      },
      ...paragraphs(t("consentRequest.changeMind")),
      { type: "heading", text: t("consentRequest.noHeading") },
      ...paragraphs(t("consentRequest.no")),
      { type: "link", text: t("consentRequest.link"), href: link },
      ...paragraphs(t("consentRequest.expires", { date: formatDate(expiresOn, lang) }), t("consentRequest.expired"), t("consentRequest.notExpected")),
    ],
  });
  return { subject: t("consentRequest.subject"), html, text, tag: "consent-request" };
}

/** The single-use link back to a saved draft. Nothing personal but the link itself. */
export function saveReturnEmail({ lang, link, expiresOn }: { lang: Lang; link: string; /** YYYY-MM-DD */ expiresOn: IsoDate }): SubmissionEmail {
  const { t } = translators(lang);
  const { html, text } = renderEmail({
    lang,
    preheader: t("saveReturn.preheader"),
    heading: t("saveReturn.heading"),
    blocks: [
      ...paragraphs(t("saveReturn.intro")),
      { type: "link", text: t("saveReturn.link"), href: link },
      ...paragraphs(t("saveReturn.expires", { date: formatDate(expiresOn, lang) }), t("saveReturn.another"), t("saveReturn.private"), t("saveReturn.notYou")),
    ],
  });
  return { subject: t("saveReturn.subject"), html, text, tag: "save-return" };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const monthYear = z.strictObject({ month: z.number().int().min(1).max(12), year: z.number().int() });
const timestamp = z.iso.datetime({ offset: true });

/**
 * The webhook body for case-management systems: codes, dates and the
 * person's own words, never translated text. Strict, so a field added by
 * mistake fails the tests; a deliberate change is a new schema version.
 */
export const complaintWebhookSchema = z.strictObject({
  schema: z.literal("complaint.v1"),
  reference: z.string().min(1),
  submittedAt: timestamp,
  /** The language of the form; the language for replies is answers.preferences.letterLanguage. */
  lang: z.enum(LANGS),
  /** The team this copy was sent to; every team in `teams` has the same reference. */
  team: z.enum(TEAMS),
  teams: z.array(z.enum(TEAMS)).min(1),
  routing: z.strictObject({
    outcome: z.enum(OUTCOMES),
    readiness: z.enum(OUTCOMES),
    ombudsmen: z.array(z.enum(OMBUDSMEN)),
    jointWorking: z.enum(JOINT_WORKING),
    timeLimit: z.enum(TIME_LIMITS),
    timeLimitEndsOn: isoDate,
    consent: z.enum(CONSENT_STATES),
    mpReferralNeeded: z.boolean(),
    signposts: z.array(z.enum(SIGNPOSTS)),
    reasons: z.array(z.strictObject({ code: z.enum(REASON_CODES), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  }),
  /** In the person's order, matching routing's bodies. */
  organisations: z.array(
    z.strictObject({
      id: z.string(),
      type: z.enum(BODY_TYPES).optional(),
      code: z.string().optional(),
      name: z.string().optional(),
      nation: z.enum(NATIONS).optional(),
      funding: z.enum(FUNDINGS).optional(),
      local: z.strictObject({ status: z.enum(LOCAL_STATUSES), madeOn: monthYear.optional(), finalResponseOn: monthYear.optional() }).optional(),
      ombudsman: z.enum(OMBUDSMEN).nullable(),
      localProcess: z.enum(LOCAL_PROCESSES),
      reasonableTimeEndsOn: isoDate.nullable(),
    }),
  ),
  answers: z.strictObject({
    risk: z.strictObject({ riskNow: z.enum(["yes", "no"]) }).optional(),
    who: z.strictObject({ complainant: z.enum(COMPLAINANTS), otherDescription: z.string().optional() }).optional(),
    personAffected: z.strictObject({ fullName: z.string(), status: z.enum(PERSON_AFFECTED) }).optional(),
    authority: z.strictObject({ consent: z.enum(CONSENT_VALUES).optional(), authority: z.enum(AUTHORITIES).optional() }).optional(),
    whatHappened: z.strictObject({ description: z.string() }).optional(),
    dates: z.strictObject({ started: monthYear, ongoing: z.boolean(), ended: monthYear.optional(), aware: monthYear }).optional(),
    impact: z.strictObject({ onPerson: z.string(), onYou: z.string().optional() }).optional(),
    putRight: z.strictObject({ outcomes: z.array(z.enum(OUTCOMES_WANTED)), other: z.string().optional() }).optional(),
    legal: z.strictObject({ action: z.enum(LEGAL_ACTIONS), courtDecided: z.enum(["yes", "no"]), details: z.string().optional() }).optional(),
    delay: z.strictObject({ reason: z.string() }).optional(),
    yourDetails: z.strictObject({ fullName: z.string(), email: z.string().optional(), phone: z.string().optional() }).optional(),
    preferences: z.strictObject({ method: z.enum(CONTACT_METHODS), letterLanguage: z.enum(LANGS), needs: z.string().optional() }).optional(),
    address: z.strictObject({ line1: z.string().optional(), line2: z.string().optional(), town: z.string().optional(), postcode: z.string().optional() }).optional(),
  }),
  consent: z.strictObject({
    method: z.enum(CONSENT_METHODS).optional(),
    confirmedName: z.string().optional(),
    confirmedAt: timestamp.optional(),
    requestEmail: z.string().optional(),
    requestLang: z.enum(LANGS).optional(),
    requestedAt: timestamp.optional(),
    evidence: z.array(z.enum(EVIDENCE)).optional(),
    shareAgreed: z.boolean(),
    truthDeclared: z.boolean(),
    declaredAt: timestamp,
  }),
});
export type ComplaintWebhookBody = z.infer<typeof complaintWebhookSchema>;

/** Copies field by field, so whatever else a stored draft carries never reaches a receiver. */
function webhookAnswers(a: Answers): ComplaintWebhookBody["answers"] {
  return {
    risk: a.risk && { riskNow: a.risk.riskNow },
    who: a.who && { complainant: a.who.complainant, otherDescription: a.who.otherDescription },
    personAffected: a.personAffected && { fullName: a.personAffected.fullName, status: a.personAffected.status },
    authority: a.authority && { consent: a.authority.consent, authority: a.authority.authority },
    whatHappened: a.whatHappened && { description: a.whatHappened.description },
    dates: a.dates && { started: a.dates.started, ongoing: a.dates.ongoing, ended: a.dates.ended, aware: a.dates.aware },
    impact: a.impact && { onPerson: a.impact.onPerson, onYou: a.impact.onYou },
    putRight: a.putRight && { outcomes: [...a.putRight.outcomes], other: a.putRight.other },
    legal: a.legal && { action: a.legal.action, courtDecided: a.legal.courtDecided, details: a.legal.details },
    delay: a.delay && { reason: a.delay.reason },
    yourDetails: a.yourDetails && { fullName: a.yourDetails.fullName, email: a.yourDetails.email, phone: a.yourDetails.phone },
    preferences: a.preferences && { method: a.preferences.method, letterLanguage: a.preferences.letterLanguage, needs: a.preferences.needs },
    address: a.address && { line1: a.address.line1, line2: a.address.line2, town: a.address.town, postcode: a.address.postcode },
  };
}

export function caseworkerWebhookBody(complaint: SubmittedComplaint, team: Team): ComplaintWebhookBody {
  const { routing, answers, consent } = complaint;
  return {
    schema: "complaint.v1",
    reference: complaint.reference,
    submittedAt: complaint.submittedAt,
    lang: complaint.lang,
    team,
    teams: [...complaint.teams],
    routing: {
      outcome: routing.outcome,
      readiness: routing.readiness,
      ombudsmen: [...routing.ombudsmen],
      jointWorking: routing.jointWorking,
      timeLimit: routing.timeLimit,
      timeLimitEndsOn: routing.timeLimitEndsOn,
      consent: routing.consent,
      mpReferralNeeded: routing.mpReferralNeeded,
      signposts: [...routing.signposts],
      reasons: routing.reasons.map(({ code, params }) => (params ? { code, params: { ...params } } : { code })),
    },
    organisations: complaint.organisations.map((org, index) => {
      const body = bodyOf(complaint, index);
      const local = org.local;
      return {
        id: org.id,
        type: org.type,
        code: answers.organisations?.find((answer) => answer.id === org.id)?.code,
        name: org.name,
        nation: org.nation,
        funding: org.funding,
        local: local && { status: local.status, madeOn: local.madeOn, finalResponseOn: local.finalResponseOn },
        ombudsman: body.ombudsman,
        localProcess: body.localProcess,
        reasonableTimeEndsOn: body.reasonableTimeEndsOn,
      };
    }),
    answers: webhookAnswers(answers),
    consent: {
      method: consent.method,
      confirmedName: consent.confirmedName,
      confirmedAt: consent.confirmedAt,
      requestEmail: consent.requestEmail,
      requestLang: consent.requestLang,
      requestedAt: consent.requestedAt,
      evidence: consent.evidence && [...consent.evidence],
      shareAgreed: consent.shareAgreed,
      truthDeclared: consent.truthDeclared,
      declaredAt: consent.declaredAt,
    },
  };
}
