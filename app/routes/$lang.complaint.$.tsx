import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { isLang } from "~/i18n/config";
import { loadStep, submitStep } from "~/journey/journey.server";
import { refuseIfRateLimited } from "~/utils/form.server";
import { StepPage } from "~/components/journey/step-page";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "journey:caption" };

const PRIVATE = { "Cache-Control": "no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  const { view } = await loadStep(request, params.lang, params["*"] ?? "");
  return data({ view, titleKey: view.titleKey, titleValues: view.titleValues }, { headers: PRIVATE });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  if (params["*"] === "declaration") refuseIfRateLimited(context);
  return submitStep(request, params.lang, params["*"] ?? "");
}

export default function JourneyStep() {
  const { view } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  // A new step (or a new organisation) starts a fresh form.
  return <StepPage key={`${view.ref.kind}-${view.ref.orgId ?? ""}`} view={view} lastResult={lastResult as never} />;
}
