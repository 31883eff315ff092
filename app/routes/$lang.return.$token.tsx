import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { findReturnLink, redeemReturnLink } from "~/submission/save-return.server";
import { ReturnPage } from "~/components/submission/save";
import type { PageHandle } from "~/utils/page";
import { NO_STORE, requireLang } from "~/utils/http.server";

export const handle: PageHandle = { titleKey: "submission:return.title" };

export async function loader({ params }: LoaderFunctionArgs) {
  requireLang(params);
  const valid = await findReturnLink(params.token ?? "");
  return data({ valid }, { status: valid ? 200 : 410, headers: { ...NO_STORE, "Referrer-Policy": "no-referrer" } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireLang(params);
  return redeemReturnLink(request, params.token ?? "");
}

export default function Return() {
  return <ReturnPage valid={useLoaderData<typeof loader>().valid} />;
}
