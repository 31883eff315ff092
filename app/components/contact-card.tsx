import { useTranslation } from "react-i18next";
import { CONTACTS, CALL_CHARGES_URL, type Contact, type ContactId } from "~/content/contacts";
import { Heading, Link, P, SummaryList } from "~/components/govuk/typography";
import type { Lang } from "~/i18n/config";

/** One organisation's published contact details, labelled in the page language. */
export function ContactCard({ id, name, lang, headingLevel = 3 }: { id: ContactId; name: string; lang: Lang; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const contact: Contact = CONTACTS[id];
  const rows = [
    contact.phone && { key: t("contact.phone"), value: <Link href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</Link> },
    contact.textCallback && { key: t("contact.textCallback"), value: contact.textCallback },
    contact.email && { key: t("contact.email"), value: <Link href={`mailto:${contact.email}`}>{contact.email}</Link> },
    { key: t("contact.website"), value: <Link href={contact.web[lang]} external>{contact.web[lang].replace(/^https:\/\//, "")}</Link> },
    contact.post && {
      key: t("contact.post"),
      value: contact.post.map((line) => (
        <span key={line}>
          {line}
          <br />
        </span>
      )),
    },
  ].filter((row) => Boolean(row)) as Array<{ key: string; value: React.ReactNode }>;
  return (
    <div className="app-contact-card">
      <Heading level={headingLevel} size="s">
        {name}
      </Heading>
      <SummaryList rows={rows} noBorder />
      {contact.phone ? (
        <P size="s">
          <Link href={CALL_CHARGES_URL[lang]} external>
            {t("contact.callCharges")}
          </Link>
        </P>
      ) : null}
    </div>
  );
}
