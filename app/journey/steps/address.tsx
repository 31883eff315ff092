import * as z from "zod";
import { useTranslation } from "react-i18next";
import { Input } from "~/components/govuk/form";
import { Heading, P } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { ALWAYS, optionalText, POSTCODE } from "../fields";
import { defineStep } from "../step";
import type { StepView } from "../view";

export const answer = z.object({ line1: z.string().optional(), line2: z.string().optional(), town: z.string().optional(), postcode: z.string().optional() });

function AddressPage({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  const byPost = view.facts.contactMethod === "post";
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

/** "AB1 2CD" whatever spacing or case it was typed in. */
const formatPostcode = (postcode: string | undefined) => postcode?.toUpperCase().replace(/\s+/g, "").replace(/(\d[A-Z]{2})$/, " $1");

export const step = defineStep({
  kind: "address",
  slug: "address",
  section: "contact",
  title: "address.title",
  owns: ["address"],
  schema: ({ facts }) =>
    z
      .object({ line1: optionalText(200), line2: optionalText(200), town: optionalText(100), postcode: optionalText(10) })
      .superRefine((v, ctx) => {
        const byPost = facts.contactMethod === "post";
        const any = Boolean(v.line1 || v.line2 || v.town || v.postcode);
        if (byPost || any) {
          if (!v.line1) ctx.addIssue({ code: "custom", path: ["line1"], message: byPost ? "errors.address.line1RequiredPost" : "errors.address.line1Required" });
          if (!v.town) ctx.addIssue({ code: "custom", path: ["town"], message: "errors.address.townRequired" });
          if (!v.postcode) ctx.addIssue({ code: "custom", path: ["postcode"], message: "errors.address.postcodeRequired" });
        }
        if (v.postcode && !POSTCODE.test(v.postcode)) ctx.addIssue({ code: "custom", path: ["postcode"], message: "errors.address.postcodeInvalid" });
      }, ALWAYS),
  toForm: (a) => (a.address ? { ...a.address } : undefined),
  store: (a, v) => ({ ...a, address: { ...v, postcode: formatPostcode(v.postcode) } }),
  rows: ({ answers: { address }, t }) => [
    { key: t("check.rows.address"), value: [address?.line1, address?.line2, address?.town, address?.postcode].filter(Boolean).join("\n") },
  ],
  Component: AddressPage,
});
