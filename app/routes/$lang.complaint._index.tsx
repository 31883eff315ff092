import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { isLang } from "~/i18n/config";
import { startUrl } from "~/journey/journey.server";

/** The journey's front door: the first step still to do. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  return redirect(await startUrl(request, params.lang));
}
