import { renderEmail, type EmailBlock } from "~/email/layout";
import type { Lang } from "~/i18n/config";
import { monthYearText } from "~/i18n/dates";
import { summarise } from "~/journey/summary";
import { formatDate, reasonTexts } from "~/routing/texts";
import type { Ombudsman } from "~/routing/types";
import { bodyOf } from "../bodies";
import type { SubmittedComplaint, Team } from "../types";
import { answerBlocks, formatDateTime, labelText, ourOmbudsmen, paragraphs, translators, type SubmissionEmail } from "./blocks.server";

/** For a caseworker in `team`, always in English: what they need to act, then the whole complaint. */
export function caseworkerEmail(complaint: SubmittedComplaint, team: Team): SubmissionEmail {
  const lang: Lang = "en";
  const { t, journey } = translators(lang);
  const { reference, routing, answers, consent } = complaint;
  const none = journey("check.none");
  const ombudsmanName = (id: Ombudsman) => t(`routing:ombudsman.${id}.name`);
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
      ...(org.type ? [labelText(t("org.type"), t(`directory:bodyType.${org.type}.label`))] : []),
      ...(org.nation ? [labelText(t("org.nation"), journey(`nation.${org.nation}`))] : []),
      ...(org.funding ? [labelText(t("org.funding"), journey(`orgWhich.funding.${org.funding}`))] : []),
      ...(code ? [labelText(t("org.code"), code)] : []),
      labelText(journey("outcome.orgOmbudsman"), body.ombudsman ? ombudsmanName(body.ombudsman) : journey("outcome.noOmbudsman")),
      labelText(journey("outcome.orgState"), journey(`outcome.localProcess.${body.localProcess}`)),
      ...(org.local?.madeOn ? [labelText(t("org.complained"), monthYearText(org.local.madeOn, journey))] : []),
      ...(org.local?.finalResponseOn ? [labelText(t("org.finalResponse"), monthYearText(org.local.finalResponseOn, journey))] : []),
      ...(body.reasonableTimeEndsOn ? [labelText(t("org.reasonableTimeEnds"), formatDate(body.reasonableTimeEndsOn, lang))] : []),
    ];
    const number = journey("check.rows.organisation", { number: index + 1 });
    return { key: org.name ? labelText(number, org.name) : number, value: lines.join("\n") };
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
    ...answerBlocks(summarise(answers, complaint.organisations, journey), none),
  ];
  const preheader = prefs
    ? t("caseworker.preheader", { language: journey(`preferences.language.${prefs.letterLanguage}`), method: t(`caseworker.methodShort.${prefs.method}`) })
    : "";
  const { html, text } = renderEmail({ lang, preheader, heading: t("caseworker.heading", { reference }), blocks });
  return { subject, html, text, tag: "caseworker" };
}
