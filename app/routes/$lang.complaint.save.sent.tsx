import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { isLang } from "~/i18n/config";
import { loadSave } from "~/submission/save-return.server";
import { SaveSentPage } from "~/components/submission/save";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "submission:save.sentTitle" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  return data(await loadSave(request), { headers: { "Cache-Control": "no-store" } });
}

export default function SaveSent() {
  return <SaveSentPage saved={useLoaderData<typeof loader>()} />;
}
