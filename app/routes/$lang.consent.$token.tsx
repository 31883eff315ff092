import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { answerConsent, loadConsentRequest } from "~/submission/consent.server";
import { refuseIfRateLimited } from "~/utils/form.server";
import { ConsentConfirmPage } from "~/components/submission/consent-confirm";
import type { PageHandle } from "~/utils/page";
import { NO_STORE, requireLang } from "~/utils/http.server";

export const handle: PageHandle = { titleKey: "submission:consentConfirm.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  requireLang(params);
  const request = await loadConsentRequest(params.token ?? "");
  return data(request, { status: request.valid ? 200 : 410, headers: { ...NO_STORE, "Referrer-Policy": "no-referrer" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  requireLang(params);
  refuseIfRateLimited(context);
  const result = await answerConsent(request, params.token ?? "");
  return data(result, { status: result.status === "error" ? 400 : 200 });
}

export default function ConsentConfirm() {
  return <ConsentConfirmPage request={useLoaderData<typeof loader>()} result={useActionData<typeof action>()} />;
}
