import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { loadSave, requestReturnLink } from "~/submission/save-return.server";
import { refuseIfRateLimited } from "~/utils/form.server";
import { SavePage } from "~/components/submission/save";
import type { PageHandle } from "~/utils/page";
import { NO_STORE, requireLang } from "~/utils/http.server";

export const handle: PageHandle = { titleKey: "submission:save.title" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireLang(params);
  return data(await loadSave(request), { headers: NO_STORE });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const lang = requireLang(params);
  refuseIfRateLimited(context);
  return data(await requestReturnLink(request, lang), { status: 400 });
}

export default function Save() {
  return <SavePage saved={useLoaderData<typeof loader>()} result={useActionData<typeof action>()} />;
}
