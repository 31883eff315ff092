import { OutcomeStep } from "~/components/journey/outcome";
import { routingFor } from "../routing-input";
import { definePage } from "../step";

/** Who can look at the complaint and whether it can be sent yet. Only "ready" lets the person continue. */
export const step = definePage({
  kind: "outcome",
  slug: "outcome",
  section: "complaint",
  title: "outcome.title",
  complete: (a, check) => routingFor(a, check.today, check.lookup)?.readiness === "ready",
  Component: OutcomeStep,
  page: { hideSubmit: (view) => view.routing?.result.readiness !== "ready" },
});
