import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { DbConfig } from "~/db/db.server";

/** The jobs child.ts can do; times are ISO strings because they cross a process boundary. */
export type ChildJob =
  | { action: "migrate" }
  | { action: "createSubmission"; workerId: string; draftId: string; now: string }
  | { action: "drainOutbox"; workerId: string; limit: number; now: string };

const childScript = fileURLToPath(new URL("./child.ts", import.meta.url));
const hooks = new URL("./resolve-hooks.mjs", import.meta.url).href;

/**
 * Run each job in its own Node process against one database, released
 * together once all have connected, and return their results in job order.
 * Rejects if any process fails.
 */
export async function runInProcesses(config: DbConfig, jobs: ChildJob[]): Promise<unknown[]> {
  const children = jobs.map((job) => {
    const child = spawn(
      process.execPath,
      ["--disable-warning=ExperimentalWarning", "--import", hooks, childScript, JSON.stringify({ config, job })],
      { env: { ...process.env, LOG_LEVEL: "silent" }, stdio: ["pipe", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("READY\n")) markReady();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // A child that died early makes writing "go" fail with EPIPE; its exit is reported through `done`.
    child.stdin.on("error", () => {});
    const done = new Promise<unknown>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (code) => {
        const result = /^RESULT (.*)$/m.exec(stdout);
        if (code === 0 && result?.[1]) resolve(JSON.parse(result[1]));
        else reject(new Error(`Child process (${JSON.stringify(job)}) exited with ${code}:\n${stderr}`));
      });
    });
    return { child, ready: Promise.race([ready, done.then(() => undefined)]), done };
  });
  try {
    await Promise.all(children.map((c) => c.ready));
  } catch (error) {
    for (const { child } of children) child.kill();
    await Promise.allSettled(children.map((c) => c.done));
    throw error;
  }
  for (const { child } of children) child.stdin.end("go\n");
  return Promise.all(children.map((c) => c.done));
}
