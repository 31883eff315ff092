import type { LoaderFunctionArgs } from "@remix-run/node";
import { localMessageHtml } from "~/submission/ops.server";

/** Development only: one email as it would arrive, sandboxed, with the inline styles email needs. */
export async function loader({ params }: LoaderFunctionArgs) {
  const html = await localMessageHtml(params.id ?? "");
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
      "Cache-Control": "no-store",
    },
  });
}
