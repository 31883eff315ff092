import { renderEmail } from "~/email/layout";
import type { Lang } from "~/i18n/config";
import type { Team } from "../types";
import { formatDateTime, paragraphs, translators, type SubmissionEmail } from "./blocks.server";

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
