import * as z from "zod";
import { useTranslation } from "react-i18next";
import { Checkboxes } from "~/components/govuk/form";
import { Heading, Link, P } from "~/components/govuk/typography";
import { useFields } from "~/components/journey/step-form";
import { defineStep } from "../step";
import type { StepView } from "../view";

export const answer = z.object({ shareAgreed: z.boolean(), truthDeclared: z.boolean() });

/** The last page: two declarations, a field only robots fill in, and "Send complaint". */
function DeclarationPage({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("declaration.title")}</Heading>
      <P>{t("declaration.intro")}</P>
      <Checkboxes
        name="shareAgreed"
        legend={{ text: t("declaration.shareLegend"), size: "s" }}
        error={f.error("shareAgreed")}
        values={f.values("shareAgreed")}
        items={[{ value: "yes", label: t("declaration.share") }]}
      />
      <Checkboxes
        name="truthDeclared"
        legend={{ text: t("declaration.truthLegend"), size: "s" }}
        error={f.error("truthDeclared")}
        values={f.values("truthDeclared")}
        items={[{ value: "yes", label: t("declaration.truth") }]}
      />
      <div className="app-honeypot" aria-hidden="true">
        <label htmlFor="website">{t("declaration.honeypot")}</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <P>
        <Link href={`/${view.lang}/privacy`}>{t("declaration.privacy")}</Link>
      </P>
    </>
  );
}

export const step = defineStep({
  kind: "declaration",
  slug: "declaration",
  section: "send",
  title: "declaration.title",
  owns: ["declaration"],
  schema: () =>
    z.object({
      shareAgreed: z.literal("yes", { error: "errors.declaration.shareRequired" }),
      truthDeclared: z.literal("yes", { error: "errors.declaration.truthRequired" }),
    }),
  toForm: (a) => (a.declaration ? { shareAgreed: a.declaration.shareAgreed ? "yes" : undefined, truthDeclared: a.declaration.truthDeclared ? "yes" : undefined } : undefined),
  store: (a) => ({ ...a, declaration: { shareAgreed: true, truthDeclared: true } }),
  Component: DeclarationPage,
  page: { submitLabel: "declaration.send" },
});
