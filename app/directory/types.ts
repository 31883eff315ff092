// Types for the directory of public bodies (councils and NHS bodies in England and Wales).
// The CSVs in ./data are the source; see ./data/README.md for what each value means.

export type { Lang } from "~/i18n/config";

/** The directory covers England and Wales only (the routing engine knows four nations). */
export const DIRECTORY_NATIONS = ["england", "wales"] as const;
export type DirectoryNation = (typeof DIRECTORY_NATIONS)[number];

// The organisation types of the routing contract (POST /api/v1/routing, body `type`), defined once by the routing module.
// The directory only lists councils and NHS bodies; the rest are chosen by type alone.
export { BODY_TYPES, type BodyType } from "~/routing/types";

export const COUNCIL_TIERS = [
  "county",
  "unitary",
  "metropolitan",
  "london-borough",
  "welsh-principal",
  "district",
] as const;
export type CouncilTier = (typeof COUNCIL_TIERS)[number];

export const NHS_KINDS = [
  "foundation-trust",
  "nhs-trust",
  "ambulance-trust",
  "icb",
  "health-board",
  "nhs-wales-trust",
] as const;
export type NhsKind = (typeof NHS_KINDS)[number];

export const FORMER_KINDS = ["ccg", "icb", "nhs-trust", "foundation-trust"] as const;
export type FormerKind = (typeof FORMER_KINDS)[number];

interface EntryBase {
  /** ONS GSS code for councils, NHS ODS code for NHS bodies. Upper case. */
  code: string;
  name: string;
  /** Official Welsh name; only Welsh councils and health boards have one. */
  nameCy?: string;
  nation: DirectoryNation;
}

export interface CouncilEntry extends EntryBase {
  kind: "council";
  tier: CouncilTier;
  bodyType: "council";
  /** False for district councils: the county council runs adult and children's social care there. */
  providesSocialCare: boolean;
}

export interface NhsEntry extends EntryBase {
  kind: NhsKind;
  bodyType: "nhs-trust" | "icb" | "health-board";
}

/** A body that exists today. */
export type DirectoryEntry = CouncilEntry | NhsEntry;

/** A body that has closed: a CCG (2022), an ICB merged in 2026, or a closed trust. */
export interface FormerBody {
  code: string;
  name: string;
  kind: FormerKind;
  nation: "england";
  /** ISO date, the last day the body existed. */
  closed: string;
  /** Codes as given in the data; may name another former body (CCG -> 42-set ICB). */
  successorCodes: readonly string[];
  /** The contract type a complaint about its work would now be made under. */
  bodyType: "icb" | "nhs-trust";
}

export type DirectoryMatch =
  | { status: "current"; entry: DirectoryEntry }
  | {
      status: "former";
      former: FormerBody;
      /** Current bodies that took over, after following the whole chain; empty when unknown. */
      successors: readonly DirectoryEntry[];
    };

export type FormerMatch = Extract<DirectoryMatch, { status: "former" }>;

export interface Directory {
  readonly entries: readonly DirectoryEntry[];
  readonly formerBodies: readonly FormerBody[];
  /** Every current and former code, upper case. */
  readonly byCode: ReadonlyMap<string, DirectoryMatch>;
}
