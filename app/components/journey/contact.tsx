import { useTranslation } from "react-i18next";
import { CONTACT_METHODS } from "~/journey/answers";
import type { StepView } from "~/journey/view";
import { Input, Radios } from "~/components/govuk/form";
import { LongAnswer } from "./story";
import { Heading, P } from "~/components/govuk/typography";
import { useFields } from "./step-form";

export function YourDetailsStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("yourDetails.title")}</Heading>
      <P>{t("yourDetails.hint")}</P>
      <Input name="fullName" label={{ text: t("yourDetails.nameLabel"), size: "s" }} error={f.error("fullName")} defaultValue={f.value("fullName")} autoComplete="name" spellCheck={false} />
      <Input
        name="email"
        type="email"
        label={{ text: `${t("yourDetails.emailLabel")} ${t("optional")}`, size: "s" }}
        hint={t("yourDetails.emailHint")}
        error={f.error("email")}
        defaultValue={f.value("email")}
        autoComplete="email"
        spellCheck={false}
      />
      <Input
        name="phone"
        type="tel"
        label={{ text: `${t("yourDetails.phoneLabel")} ${t("optional")}`, size: "s" }}
        hint={t("yourDetails.phoneHint")}
        error={f.error("phone")}
        defaultValue={f.value("phone")}
        autoComplete="tel"
        width="20"
      />
    </>
  );
}

export function PreferencesStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("preferences.title")}</Heading>
      <Radios
        name="method"
        legend={{ text: t("preferences.methodLegend"), size: "s" }}
        error={f.error("method")}
        value={f.value("method")}
        items={CONTACT_METHODS.map((value) => ({ value, label: t(`preferences.method.${value}`) }))}
      />
      <Radios
        name="letterLanguage"
        legend={{ text: t("preferences.languageLegend"), size: "s" }}
        error={f.error("letterLanguage")}
        value={f.value("letterLanguage")}
        items={(["en", "cy"] as const).map((value) => ({ value, label: t(`preferences.language.${value}`) }))}
      />
      <LongAnswer name="needs" label={`${t("preferences.needsLabel")} ${t("optional")}`} hint={t("preferences.needsHint")} maxLength={2000} rows={4} />
    </>
  );
}

export function AddressStep({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  const byPost = view.schemaAnswers.preferences?.method === "post";
  const optional = byPost ? "" : ` ${t("optional")}`;
  return (
    <>
      <Heading>{t("address.title")}</Heading>
      <P>{t(byPost ? "address.hintPost" : "address.hint")}</P>
      <Input name="line1" label={{ text: `${t("address.line1")}${optional}` }} error={f.error("line1")} defaultValue={f.value("line1")} autoComplete="address-line1" />
      <Input name="line2" label={{ text: `${t("address.line2")} ${t("optional")}` }} error={f.error("line2")} defaultValue={f.value("line2")} autoComplete="address-line2" />
      <Input name="town" label={{ text: `${t("address.town")}${optional}` }} error={f.error("town")} defaultValue={f.value("town")} autoComplete="address-level2" width="two-thirds" />
      <Input name="postcode" label={{ text: `${t("address.postcode")}${optional}` }} error={f.error("postcode")} defaultValue={f.value("postcode")} autoComplete="postal-code" width="10" />
    </>
  );
}
