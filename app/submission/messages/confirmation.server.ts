import type { TFunction } from "i18next";
import { CONTACTS } from "~/content/contacts";
import { renderEmail, type EmailBlock } from "~/email/layout";
import type { Lang } from "~/i18n/config";
import { isRepresentative } from "~/journey/people";
import { summarise } from "~/journey/summary";
import type { Ombudsman } from "~/routing/types";
import { bodyOf } from "../bodies";
import type { SubmittedComplaint } from "../types";
import { ADVOCACY, ADVOCACY_CONTACT, answerBlocks, contactLines, labelText, orgName, ourOmbudsmen, paragraphs, translators, type SubmissionEmail } from "./blocks.server";

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
    ...answerBlocks(summarise(answers, complaint.organisations, journey)),
    ...paragraphs(t("footer", { service: t("common:service.name") })),
  ];
  const { html, text } = renderEmail({ lang, preheader: t("confirmation.preheader"), heading: t("confirmation.heading"), blocks });
  return { subject: t("confirmation.subject", { reference }), html, text, tag: "confirmation" };
}
