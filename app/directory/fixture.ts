// Small hand-made directories for tests, so ranking and error cases do not depend on the real data.
import { createDirectory } from "./directory";
import type { Directory } from "./types";

export interface FixtureRows {
  /** Lines after the header `code,name,name_cy,nation,tier`. */
  councils?: string[];
  /** Lines after the header `code,name,name_cy,nation,kind`. */
  nhs?: string[];
  /** Lines after the header `code,name,kind,nation,closed,successor_codes`. */
  predecessors?: string[];
}

export function fixtureDirectory(rows: FixtureRows): Directory {
  const file = (header: string, lines: string[] = []) => [header, ...lines].join("\n") + "\n";
  return createDirectory({
    councils: file("code,name,name_cy,nation,tier", rows.councils),
    nhsOrganisations: file("code,name,name_cy,nation,kind", rows.nhs),
    nhsPredecessors: file("code,name,kind,nation,closed,successor_codes", rows.predecessors),
  });
}
