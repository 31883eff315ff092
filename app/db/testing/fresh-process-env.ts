import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * For tests of the process-wide database: each test gets an empty DATA_DIR and
 * freshly loaded modules, and the database is closed and the folder removed
 * afterwards. Returns a function giving the current test's folder.
 */
export function useFreshProcessEnv(): () => string {
  let dir = "";
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "complaints-env-"));
    vi.resetModules();
  });
  afterEach(async () => {
    const { closeDb } = await import("~/db/db.server");
    await closeDb();
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}
