import { CheckAnswersStep } from "~/components/journey/check-answers";
import { definePage } from "../step";

/** Every answer on the path, each with a link back to change it. Confirming it sets `checked`; any later change clears it. */
export const step = definePage({
  kind: "check-answers",
  slug: "check-answers",
  section: "send",
  title: "check.title",
  owns: ["checked"],
  complete: (a) => a.checked === true,
  Component: CheckAnswersStep,
  page: { submitLabel: "check.continue" },
});
