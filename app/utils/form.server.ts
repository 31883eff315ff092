import { readBodyText } from "./body.server";
import { verifyCsrf } from "./csrf.server";

/** Forms are small (the longest answer is 10,000 characters); anything bigger is refused with 413. */
export const MAX_FORM_BYTES = 256 * 1024;

/**
 * Read a posted form with a size cap and check its CSRF token. Our forms are
 * URL-encoded (no uploads), so reading the text ourselves keeps the cap exact.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) throw new Response(null, { status: 415 });
  const body = await readBodyText(request, MAX_FORM_BYTES).catch(() => undefined);
  if (!body) throw new Response(null, { status: 400 });
  if (!body.ok) throw new Response(null, { status: 413 });
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(body.text)) form.append(name, value);
  await verifyCsrf(request, form);
  return form;
}

/** Remix passes Express's rate-limit verdict in the load context. */
export function refuseIfRateLimited(context: unknown): void {
  if ((context as { rateLimited?: boolean } | undefined)?.rateLimited) throw new Response(null, { status: 429 });
}
