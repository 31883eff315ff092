// Lets a plain `node` child process load the app's TypeScript (Node strips
// the types): maps the `~/` alias to app/ and, for imports from app files,
// adds the `.ts` or `/index.ts` that the app leaves out, as the bundler does.
import { registerHooks } from "node:module";

const appUrl = new URL("../../", import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const mapped = specifier.startsWith("~/") ? appUrl + specifier.slice(2) : specifier;
    const fromApp = context.parentURL?.startsWith(appUrl) && !context.parentURL.includes("/node_modules/");
    const local = mapped.startsWith(".") || mapped.startsWith("file:");
    if (!fromApp || !local || /\.[cm]?[jt]sx?$/.test(mapped)) return nextResolve(mapped, context);
    try {
      return nextResolve(`${mapped}.ts`, context);
    } catch {
      return nextResolve(`${mapped}/index.ts`, context);
    }
  },
});
