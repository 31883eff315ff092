import { createAll, Button, CharacterCount, Checkboxes, ErrorSummary, ExitThisPage, NotificationBanner, Radios, SkipLink } from "govuk-frontend";

/** Enhance GOV.UK components once each; a page without JavaScript works without this. */
export function initGovukFrontend(): void {
  const onError = (error: unknown) => {
    if (error instanceof Error && error.name === "InitError") return;
    throw error;
  };
  for (const Component of [Button, CharacterCount, Checkboxes, ErrorSummary, ExitThisPage, NotificationBanner, Radios, SkipLink]) {
    createAll(Component as never, undefined, { onError });
  }
}
