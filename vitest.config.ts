import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    globals: true,
    include: ["app/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    reporters: ["default", ["json", { outputFile: "reports/vitest.json" }]],
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
  },
});
