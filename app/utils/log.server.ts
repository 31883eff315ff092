/**
 * Structured JSON logs on stdout. Callers pass event names and non-personal
 * fields only: never names, emails, free text or full URLs with query strings.
 */
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function threshold(): number {
  const level = (process.env.LOG_LEVEL ?? "info") as Level | "silent";
  return order[level] ?? order.info;
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${line}\n`);
}

export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write("debug", event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write("error", event, fields),
};

/** An error's class and message without its stack or any data it carries. */
export function errorFields(error: unknown): Record<string, string> {
  return error instanceof Error ? { error: error.name, message: error.message.slice(0, 200) } : { error: String(error).slice(0, 200) };
}

/** A path safe to log: no query string, and single-use tokens (save-and-return, consent links) blanked. */
export function loggablePath(url: string): string {
  return new URL(url).pathname.replace(/\/[A-Za-z0-9_-]{20,}(?=\/|$)/g, "/:token");
}
