import { renderEmail } from "~/email/layout";
import type { Lang } from "~/i18n/config";
import { formatDate } from "~/routing/texts";
import type { IsoDate } from "~/routing/types";
import { paragraphs, translators, type SubmissionEmail } from "./blocks.server";

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
