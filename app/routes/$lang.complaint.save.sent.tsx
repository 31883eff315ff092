import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { loadSave } from "~/submission/save-return.server";
import { SaveSentPage } from "~/components/submission/save";
import type { PageHandle } from "~/utils/page";
import { NO_STORE, requireLang } from "~/utils/http.server";

export const handle: PageHandle = { titleKey: "submission:save.sentTitle" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireLang(params);
  return data(await loadSave(request), { headers: NO_STORE });
}

export default function SaveSent() {
  return <SaveSentPage saved={useLoaderData<typeof loader>()} />;
}
