import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { isLang } from "~/i18n/config";
import { findReturnLink, redeemReturnLink } from "~/submission/save-return.server";
import { ReturnPage } from "~/components/submission/save";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "submission:return.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  const valid = await findReturnLink(params.token ?? "");
  return data({ valid }, { status: valid ? 200 : 410, headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  return redeemReturnLink(request, params.token ?? "");
}

export default function Return() {
  return <ReturnPage valid={useLoaderData<typeof loader>().valid} />;
}
