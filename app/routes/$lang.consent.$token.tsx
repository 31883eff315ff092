import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { isLang } from "~/i18n/config";
import { answerConsent, loadConsentRequest } from "~/submission/consent.server";
import { refuseIfRateLimited } from "~/utils/form.server";
import { ConsentConfirmPage } from "~/components/submission/consent-confirm";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "submission:consentConfirm.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  const request = await loadConsentRequest(params.token ?? "");
  return data(request, { status: request.valid ? 200 : 410, headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  refuseIfRateLimited(context);
  const result = await answerConsent(request, params.token ?? "");
  return data(result, { status: result.status === "error" ? 400 : 200 });
}

export default function ConsentConfirm() {
  return <ConsentConfirmPage request={useLoaderData<typeof loader>()} result={useActionData<typeof action>()} />;
}
