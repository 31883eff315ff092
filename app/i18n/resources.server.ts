import fs from "node:fs";
import path from "node:path";
import { LANGS, type Lang } from "./config";

export type Namespace = Record<string, unknown>;
export type LangResources = Record<string, Namespace>;

let cache: Record<Lang, LangResources> | undefined;

/**
 * Every JSON file in locales/<lang>/ is a namespace. Read once per process:
 * adding a file needs no code change.
 */
export function loadResources(localesDir = path.join(process.cwd(), "locales")): Record<Lang, LangResources> {
  if (cache) return cache;
  const loaded = {} as Record<Lang, LangResources>;
  for (const lang of LANGS) {
    const dir = path.join(localesDir, lang);
    const namespaces: LangResources = {};
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      namespaces[file.replace(/\.json$/, "")] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Namespace;
    }
    loaded[lang] = namespaces;
  }
  cache = loaded;
  return loaded;
}

/**
 * What a page needs in the browser: every namespace the components use, and
 * of "routing" only the names (reasons are written on the server). Emails'
 * strings never leave the server.
 */
export function clientResources(lang: Lang): LangResources {
  const { email: _email, routing, ...rest } = loadResources()[lang];
  const names = (routing ?? {}) as { ombudsman?: unknown; signpost?: unknown };
  return { ...rest, routing: { ombudsman: names.ombudsman, signpost: names.signpost } };
}
