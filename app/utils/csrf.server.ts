import crypto from "node:crypto";
import { createCookie, type Cookie } from "@remix-run/node";
import { getEnv } from "~/env.server";
import { CSRF_COOKIE } from "./cookie-names";
import { isSecure } from "./http.server";

/**
 * CSRF protection by a signed double-submit token: the root loader gives each
 * browser a random token in an httpOnly cookie and in the page; every form
 * posts it back, and a POST whose field does not match its cookie is refused.
 */
export const CSRF_FIELD = "csrf";

let cookie: Cookie | undefined;
function csrfCookie(): Cookie {
  cookie ??= createCookie(CSRF_COOKIE, { secrets: [getEnv().SESSION_SECRET], httpOnly: true, sameSite: "lax", path: "/" });
  return cookie;
}

async function fromCookie(request: Request): Promise<string | undefined> {
  const value: unknown = await csrfCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && /^[A-Za-z0-9_-]{32,}$/.test(value) ? value : undefined;
}

/** The browser's token, and the Set-Cookie header when it needs a new one. */
export async function csrfToken(request: Request): Promise<{ token: string; setCookie?: string }> {
  const existing = await fromCookie(request);
  if (existing) return { token: existing };
  const token = crypto.randomBytes(24).toString("base64url");
  const secure = isSecure(request);
  return { token, setCookie: await csrfCookie().serialize(token, { secure }) };
}

/** Throws 403 unless the form carries the browser's own token. */
export async function verifyCsrf(request: Request, form: FormData): Promise<void> {
  const expected = await fromCookie(request);
  const given = form.get(CSRF_FIELD);
  const ok =
    expected !== undefined &&
    typeof given === "string" &&
    given.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
  if (!ok) throw new Response(null, { status: 403 });
}
