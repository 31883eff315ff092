/** What a route tells the layout about itself through `handle`. */
export type PageHandle = {
  /** Key of the page title in the locale files (namespace-prefixed, e.g. "pages:start.title"). */
  titleKey: string;
};
