// Loads the directory from app/directory/data on first use and keeps it for the life of the process.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createDirectory } from "./directory";
import type { Directory } from "./types";

let cached: Directory | undefined;

/**
 * The directory built from the CSV files. The server runs from the project root, so the files are
 * found from process.cwd(), which also holds in the compiled server build. Malformed data throws
 * on first use rather than serving a partial directory.
 */
export function getDirectory(): Directory {
  if (!cached) {
    const dataDir = path.join(process.cwd(), "app", "directory", "data");
    // Synchronous on purpose: about 45 KB, read once, and callers stay synchronous.
    const read = (file: string) => readFileSync(path.join(dataDir, file), "utf8");
    cached = createDirectory({
      councils: read("councils.csv"),
      nhsOrganisations: read("nhs-organisations.csv"),
      nhsPredecessors: read("nhs-predecessors.csv"),
    });
  }
  return cached;
}
