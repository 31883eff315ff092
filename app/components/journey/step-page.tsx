import { useTranslation } from "react-i18next";
import type { StepView } from "~/journey/view";
import { stepOf, type StepKind } from "~/journey/registry";
import { Column, ExitThisPage, GridRow } from "~/components/govuk/layout";
import { BackLink } from "~/components/govuk/button";
import { P, Link } from "~/components/govuk/typography";
import { StepForm, type LastResult } from "./step-form";

/** One page of the journey: back link, exit control where needed, and the step's own page inside its form. */
export function StepPage({ view, lastResult }: { view: StepView; lastResult: LastResult }) {
  const { t } = useTranslation(["journey", "common"]);
  const step = stepOf(view.ref.kind as StepKind);
  const { Component, page = {} } = step;
  return (
    <>
      {view.exitPage ? (
        <ExitThisPage
          text={t("common:exitPage.text")}
          hiddenPrefix={t("common:exitPage.hiddenPrefix")}
          redirectUrl="https://www.bbc.co.uk/weather"
          i18n={{
            activated: t("common:exitPage.activated"),
            timedOut: t("common:exitPage.timedOut"),
            pressTwoMoreTimes: t("common:exitPage.pressTwoMoreTimes"),
            pressOneMoreTime: t("common:exitPage.pressOneMoreTime"),
          }}
        />
      ) : null}
      <BackLink href={view.backHref}>{t("common:back")}</BackLink>
      <GridRow>
        <Column>
          {page.plain ? (
            <Component view={view} />
          ) : (
            <StepForm
              view={view}
              schema={step.form?.schema}
              lastResult={lastResult}
              submitLabel={page.submitLabel ? t(page.submitLabel) : undefined}
              hideSubmit={page.hideSubmit?.(view)}
              before={page.Before ? <page.Before view={view} /> : undefined}
            >
              <Component view={view} />
            </StepForm>
          )}
          {page.plain ? null : (
            <P>
              <Link href={`/${view.lang}/complaint/save`}>{t("save.link")}</Link>
            </P>
          )}
        </Column>
      </GridRow>
    </>
  );
}
