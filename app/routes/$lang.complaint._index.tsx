import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { startUrl } from "~/journey/journey.server";
import { requireLang } from "~/utils/http.server";

/** The journey's front door: the first step still to do. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  return redirect(await startUrl(request, lang));
}
