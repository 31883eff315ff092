import { useTranslation } from "react-i18next";
import { LEGAL_ACTIONS } from "~/routing/types";
import { OUTCOMES_WANTED } from "~/journey/answers";
import type { StepView } from "~/journey/view";
import { CharacterCount, Checkboxes, Radios } from "~/components/govuk/form";
import { Heading } from "~/components/govuk/typography";
import { useFields } from "./step-form";
import { useMonthYear } from "./month-year";

const PLURAL_FORMS = ["zero", "one", "two", "few", "many", "other"] as const;

/** A long answer with GOV.UK's character count, its messages in the page language. */
export function LongAnswer({ name, label, hint, maxLength, heading, rows }: { name: string; label: string; hint?: string; maxLength: number; heading?: boolean; rows?: number }) {
  const { t } = useTranslation("journey");
  const f = useFields();
  const forms = (kind: "remaining" | "over") =>
    Object.fromEntries(PLURAL_FORMS.map((form) => [form, t(`characterCount.${kind}_${form}`, { count: "%{count}" as unknown as number })]));
  return (
    <CharacterCount
      name={name}
      label={{ text: label, size: heading ? "l" : "s", isPageHeading: heading }}
      hint={hint}
      error={f.error(name)}
      defaultValue={f.value(name)}
      maxLength={maxLength}
      rows={rows}
      i18n={{ fallback: t("characterCount.fallback", { count: maxLength }), remaining: forms("remaining"), over: forms("over"), atLimit: t("characterCount.atLimit") }}
    />
  );
}

export function WhatHappenedStep() {
  const { t } = useTranslation("journey");
  return <LongAnswer name="description" label={t("whatHappened.title")} hint={t("whatHappened.hint")} maxLength={10000} heading rows={12} />;
}

export function DatesStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  const date = useMonthYear();
  return (
    <>
      <Heading>{t("dates.title")}</Heading>
      {date("started", t("dates.startedLegend"))}
      <Radios
        name="ongoing"
        legend={{ text: t("dates.ongoingLegend"), size: "s" }}
        error={f.error("ongoing")}
        value={f.value("ongoing")}
        items={[
          { value: "yes", label: t("dates.yes") },
          { value: "no", label: t("dates.no"), conditional: date("ended", t("dates.endedLegend")) },
        ]}
      />
      {date("aware", t("dates.awareLegend"), `${t("dates.awareHint")} ${t("dateHint")}`)}
    </>
  );
}

export function ImpactStep({ view }: { view: StepView }) {
  const { t } = useTranslation("journey");
  return (
    <>
      <LongAnswer name="onPerson" label={t(view.representative ? "impact.titleOther" : "impact.titleSelf")} hint={t(view.representative ? "impact.hint" : "impact.hintSelf")} maxLength={5000} heading />
      {view.representative ? (
        <LongAnswer name="onYou" label={`${t("impact.onYouLabel")} ${t("optional")}`} hint={t("impact.onYouHint")} maxLength={5000} rows={5} />
      ) : null}
    </>
  );
}

export function PutRightStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <Checkboxes
      name="outcomes"
      legend={{ text: t("putRight.title"), size: "l", isPageHeading: true }}
      hint={t("putRight.hint")}
      error={f.error("outcomes")}
      values={f.values("outcomes")}
      items={OUTCOMES_WANTED.map((value) => ({
        value,
        label: t(`putRight.options.${value}`),
        conditional: value === "other" ? <LongAnswer name="other" label={t("putRight.otherLabel")} maxLength={2000} rows={4} /> : undefined,
      }))}
    />
  );
}

export function LegalStep() {
  const { t } = useTranslation("journey");
  const f = useFields();
  return (
    <>
      <Heading>{t("legal.title")}</Heading>
      <Radios
        name="action"
        legend={{ text: t("legal.actionLegend"), size: "s" }}
        hint={t("legal.actionHint")}
        error={f.error("action")}
        value={f.value("action")}
        items={LEGAL_ACTIONS.map((value) => ({ value, label: t(`legal.action.${value}`) }))}
      />
      <Radios
        name="courtDecided"
        legend={{ text: t("legal.courtLegend"), size: "s" }}
        error={f.error("courtDecided")}
        value={f.value("courtDecided")}
        items={[
          { value: "yes", label: t("legal.yes"), conditional: <LongAnswer name="details" label={t("legal.detailsLabel")} maxLength={2000} rows={4} /> },
          { value: "no", label: t("legal.no") },
        ]}
      />
    </>
  );
}

export function DelayStep() {
  const { t } = useTranslation("journey");
  return <LongAnswer name="reason" label={t("delay.title")} hint={t("delay.hint")} maxLength={5000} heading />;
}
