import { useTranslation } from "react-i18next";
import type { StepView } from "~/journey/view";
import { Column, ExitThisPage, GridRow } from "~/components/govuk/layout";
import { BackLink } from "~/components/govuk/button";
import { StepForm } from "./step-form";
import { AuthorityStep, PersonAffectedStep, RiskStep, UrgentHelpStep, WhoStep } from "./people";
import { OrganisationsAddAnother, OrganisationsList, OrgComplaintStep, OrgSearch, OrgTypeStep, OrgWhichStep } from "./organisations";
import { DatesStep, DelayStep, ImpactStep, LegalStep, PutRightStep, WhatHappenedStep } from "./story";
import { AddressStep, PreferencesStep, YourDetailsStep } from "./contact";
import { OutcomeStep } from "./outcome";
import { CheckAnswersStep } from "./check-answers";
import { ConsentStep, DeclarationStep } from "./declaration";
import { P, Link } from "~/components/govuk/typography";
import { isDirectoryType } from "~/journey/steps";

type LastResult = Parameters<typeof StepForm>[0]["lastResult"];

/** One page of the journey: back link, exit control where needed, and the step's form. */
export function StepPage({ view, lastResult }: { view: StepView; lastResult: LastResult }) {
  const { t } = useTranslation(["journey", "common"]);
  const kind = view.ref.kind;
  const form = (children: React.ReactNode, options: { submitLabel?: string; hideSubmit?: boolean; before?: React.ReactNode } = {}) => (
    <StepForm view={view} lastResult={lastResult} submitLabel={options.submitLabel} hideSubmit={options.hideSubmit} before={options.before}>
      {children}
    </StepForm>
  );
  const body = () => {
    switch (kind) {
      case "risk":
        return form(<RiskStep />);
      case "urgent-help":
        return <UrgentHelpStep nextHref={`/${view.lang}/complaint/who`} />;
      case "who":
        return form(<WhoStep />);
      case "person-affected":
        return form(<PersonAffectedStep />);
      case "authority":
        return form(<AuthorityStep view={view} />);
      case "org-type":
        return form(<OrgTypeStep />);
      case "org-which":
        return isDirectoryType(view.org?.type) ? form(<OrgWhichStep view={view} />, { before: <OrgSearch view={view} /> }) : form(<OrgWhichStep view={view} />);
      case "org-complaint":
        return form(<OrgComplaintStep view={view} />);
      case "organisations":
        return form(<OrganisationsAddAnother view={view} />, { before: <OrganisationsList view={view} />, hideSubmit: view.orgs.length === 0 });
      case "what-happened":
        return form(<WhatHappenedStep />);
      case "dates":
        return form(<DatesStep />);
      case "impact":
        return form(<ImpactStep view={view} />);
      case "put-right":
        return form(<PutRightStep />);
      case "legal-action":
        return form(<LegalStep />);
      case "delay":
        return form(<DelayStep />);
      case "outcome":
        return form(<OutcomeStep view={view} />, { hideSubmit: view.routing?.result.readiness !== "ready" });
      case "your-details":
        return form(<YourDetailsStep />);
      case "preferences":
        return form(<PreferencesStep />);
      case "address":
        return form(<AddressStep view={view} />);
      case "check-answers":
        return form(<CheckAnswersStep view={view} />, { submitLabel: t("check.continue") });
      case "consent":
        return form(<ConsentStep view={view} />, { hideSubmit: view.consentRefused });
      case "declaration":
        return form(<DeclarationStep view={view} />, { submitLabel: t("declaration.send") });
    }
  };
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
          {body()}
          {kind === "urgent-help" ? null : (
            <P>
              <Link href={`/${view.lang}/complaint/save`}>{t("save.link")}</Link>
            </P>
          )}
        </Column>
      </GridRow>
    </>
  );
}
