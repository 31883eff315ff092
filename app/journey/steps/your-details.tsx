import * as z from "zod";
import { useTranslation } from "react-i18next";
import { Input } from "~/components/govuk/form";
import { Heading, P } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { ALWAYS, EMAIL, optionalText, PHONE, text } from "../fields";
import { defineStep } from "../step";

export const answer = z.object({ fullName: z.string(), email: z.string().optional(), phone: z.string().optional() });

function YourDetailsPage() {
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

export const step = defineStep({
  kind: "your-details",
  slug: "your-details",
  section: "contact",
  title: "yourDetails.title",
  owns: ["yourDetails"],
  schema: () =>
    z
      .object({ fullName: text("errors.yourDetails.nameRequired", 200), email: optionalText(254), phone: optionalText(30) })
      .superRefine((v, ctx) => {
        if (!v.email && !v.phone) ctx.addIssue({ code: "custom", path: ["email"], message: "errors.yourDetails.contactRequired" });
        if (v.email && !EMAIL.test(v.email)) ctx.addIssue({ code: "custom", path: ["email"], message: "errors.yourDetails.emailInvalid" });
        if (v.phone && !PHONE.test(v.phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: "errors.yourDetails.phoneInvalid" });
      }, ALWAYS),
  toForm: (a) => (a.yourDetails ? { ...a.yourDetails } : undefined),
  store: (a, value) => ({ ...a, yourDetails: value }),
  rows: ({ answers: { yourDetails }, t }) => [
    { key: t("check.rows.name"), value: yourDetails?.fullName ?? "", freeText: true },
    { key: t("check.rows.email"), value: yourDetails?.email ?? "" },
    { key: t("check.rows.phone"), value: yourDetails?.phone ?? "" },
  ],
  Component: YourDetailsPage,
});
