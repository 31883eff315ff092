/** Every cookie the service sets (all essential); the cookies page lists these. */
export { LANG_COOKIE } from "~/i18n/config";
export const DRAFT_COOKIE = "draft";
export const CSRF_COOKIE = "csrf";
