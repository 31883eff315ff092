import { createAll, Button, CharacterCount, ErrorSummary, ExitThisPage, NotificationBanner, SkipLink } from "govuk-frontend";
import { initConditionalReveals, listenForReveals } from "./conditional-reveal.client";

/** Enhance GOV.UK components once each; a page without JavaScript works without this. */
export function initGovukFrontend(): void {
  const onError = (error: unknown) => {
    if (error instanceof Error && error.name === "InitError") return;
    throw error;
  };
  for (const Component of [Button, CharacterCount, ErrorSummary, ExitThisPage, NotificationBanner, SkipLink]) {
    createAll(Component as never, undefined, { onError });
  }
  initConditionalReveals();
  listenForReveals();
}
