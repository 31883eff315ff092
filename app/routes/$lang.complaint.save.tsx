import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { isLang } from "~/i18n/config";
import { loadSave, requestReturnLink } from "~/submission/save-return.server";
import { refuseIfRateLimited } from "~/utils/form.server";
import { SavePage } from "~/components/submission/save";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "submission:save.title" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  return data(await loadSave(request), { headers: { "Cache-Control": "no-store" } });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  refuseIfRateLimited(context);
  return data(await requestReturnLink(request, params.lang), { status: 400 });
}

export default function Save() {
  return <SavePage saved={useLoaderData<typeof loader>()} result={useActionData<typeof action>()} />;
}
