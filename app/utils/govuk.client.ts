import { createAll, Button, CharacterCount, ErrorSummary, ExitThisPage, NotificationBanner, SkipLink } from "govuk-frontend";
import { initConditionalReveals, listenForReveals } from "./conditional-reveal.client";

/**
 * Enhance the page once it is interactive; a page without JavaScript works
 * without any of this. Follow-up questions come first, and one component
 * failing never stops the others.
 */
export function initGovukFrontend(): void {
  listenForReveals();
  initConditionalReveals();
  // Components already set up on this page (after a client-side update) report InitError: expected.
  const onError = () => {};
  for (const Component of [Button, CharacterCount, ErrorSummary, ExitThisPage, NotificationBanner, SkipLink]) {
    createAll(Component as never, undefined, { onError });
  }
}
