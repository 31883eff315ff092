import { useTranslation } from "react-i18next";
import type { SubmissionResult } from "@conform-to/react";
import { Column, GridRow } from "~/components/govuk/layout";
import { Button } from "~/components/govuk/button";
import { ErrorSummary, Input, Radios } from "~/components/govuk/form";
import { Heading, P } from "~/components/govuk/typography";
import { CsrfField } from "~/components/csrf-field";
import { useFieldErrors } from "~/components/use-field-errors";

type Request = { valid: false } | { valid: true; reference: string; representative: string };
type Result =
  | SubmissionResult<string[]>
  | { status: "done"; decision: "agreed" | "refused" }
  | { status: "expired" }
  | undefined;

/** The person affected answers a consent request from the emailed link. */
export function ConsentConfirmPage({ request, result }: { request: Request; result: Result }) {
  const { t } = useTranslation(["submission", "common"]);
  const { error, summary } = useFieldErrors((result?.status === "error" && "error" in result ? result.error : null) ?? {}, "submission");
  if (result?.status === "done") {
    return (
      <GridRow>
        <Column>
          <Heading>{t("consentConfirm.thanksTitle")}</Heading>
          <P>{t(result.decision === "agreed" ? "consentConfirm.thanksAgreed" : "consentConfirm.thanksRefused")}</P>
          <P>{t("consentConfirm.help")}</P>
        </Column>
      </GridRow>
    );
  }
  if (!request.valid || result?.status === "expired") {
    return (
      <GridRow>
        <Column>
          <Heading>{t("consentConfirm.expiredTitle")}</Heading>
          <P>{t("consentConfirm.expired")}</P>
        </Column>
      </GridRow>
    );
  }
  const typed = result?.status === "error" && "initialValue" in result ? (result.initialValue ?? {}) : {};
  const values = { decision: typeof typed.decision === "string" ? typed.decision : undefined, name: typeof typed.name === "string" ? typed.name : undefined };
  return (
    <GridRow>
      <Column>
        <ErrorSummary title={t("common:errors.summaryTitle")} errors={summary} />
        <Heading>{t("consentConfirm.title")}</Heading>
        <P>{t("consentConfirm.intro")}</P>
        <P>{t("consentConfirm.from", { name: request.representative })}</P>
        <P>{t("consentConfirm.reference", { reference: request.reference })}</P>
        <P>{t("consentConfirm.meaning")}</P>
        <form method="post" noValidate>
          <CsrfField />
          <Radios
            name="decision"
            legend={{ text: t("consentConfirm.questionLegend"), size: "m" }}
            error={error("decision")}
            value={values?.decision}
            items={[
              { value: "agreed", label: t("consentConfirm.agree") },
              { value: "refused", label: t("consentConfirm.refuse") },
            ]}
          />
          <Input name="name" label={{ text: t("consentConfirm.nameLabel"), size: "s" }} error={error("name")} defaultValue={values?.name} autoComplete="name" spellCheck={false} />
          <Button preventDoubleClick>{t("consentConfirm.send")}</Button>
        </form>
      </Column>
    </GridRow>
  );
}
