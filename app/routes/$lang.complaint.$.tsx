import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { loadStep, submitStep } from "~/journey/journey.server";
import { refuseIfRateLimited } from "~/utils/form.server";
import { NO_STORE, requireLang } from "~/utils/http.server";
import { StepPage } from "~/components/journey/step-page";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "journey:caption" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view } = await loadStep(request, requireLang(params), params["*"] ?? "");
  return data({ view, titleKey: view.titleKey, titleValues: view.titleValues }, { headers: NO_STORE });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = requireLang(params);
  if (params["*"] === "declaration") refuseIfRateLimited(context);
  return submitStep(request, lang, params["*"] ?? "");
}

export default function JourneyStep() {
  const { view } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  // A new step (or a new organisation) starts a fresh form.
  return <StepPage key={`${view.ref.kind}-${view.ref.orgId ?? ""}`} view={view} lastResult={lastResult as never} />;
}
