import { useCsrf } from "~/utils/hooks";

/** Every POST form carries the browser's CSRF token. */
export function CsrfField() {
  return <input type="hidden" name="csrf" value={useCsrf()} />;
}
