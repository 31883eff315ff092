// Name and code search over the directory, run on the server so it works without JavaScript.
import { matchName } from "./directory";
import type { BodyType, Directory, DirectoryMatch, Lang, DirectoryNation } from "./types";

export interface SearchOptions {
  lang: Lang;
  bodyType?: BodyType;
  nation?: DirectoryNation;
  /** Most matches to return; default 10, at most 50. */
  limit?: number;
}

export interface SearchResult {
  /** Best first, at most `limit`. */
  matches: DirectoryMatch[];
  /** How many matched before the limit was applied. */
  total: number;
  /**
   * Why nothing was searched: the query was empty after folding, or held only common words
   * ("NHS", "council", "the"…) that would match hundreds of bodies. Ask for more of the name.
   */
  notice?: "empty" | "too-general";
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
// Longer than any body name; the cap keeps a pasted essay from costing anything.
const MAX_QUERY_LENGTH = 200;
// One or two letters inside a word match almost everything; only prefixes count below this.
const MIN_SUBSTRING_LENGTH = 3;

// English and Welsh words that appear in so many names that on their own they say nothing.
// Whole-name and phrase matching still use them; word-by-word matching drops them, so
// "camden council" still finds "London Borough of Camden". A query made only of them is "too-general".
const COMMON_WORDS: ReadonlySet<string> = new Set([
  "the", "of", "and", "nhs", "council",
  "y", "yr", "a", "ac", "gig", "cyngor",
]);

// Lower rank is better. Ties sort current before former, then alphabetically by display name.
const Rank = {
  code: 0,
  exactName: 1,
  namePrefix: 2,
  phraseAtWord: 3,
  everyWordPrefix: 4,
  substring: 5,
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/**
 * Folds text for matching: lower case, accents removed (â, ô, ŵ, ŷ…), apostrophes dropped
 * ("Guy's" = "guys"), "&" read as "and", any other punctuation a word break.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['\u2018\u2019\u02BC`]/g, "")
    .replaceAll("&", " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

interface IndexedName {
  folded: string;
  words: readonly string[];
  compact: string;
}

interface IndexedMatch {
  match: DirectoryMatch;
  code: string;
  names: readonly IndexedName[];
  bodyType: BodyType;
  nation: DirectoryNation;
}

function indexName(name: string): IndexedName {
  const folded = foldForSearch(name);
  return { folded, words: folded.split(" "), compact: folded.replaceAll(" ", "") };
}

// Folding every name once per directory, not once per query.
const indexes = new WeakMap<Directory, readonly IndexedMatch[]>();

function indexFor(directory: Directory): readonly IndexedMatch[] {
  let index = indexes.get(directory);
  if (!index) {
    index = [...directory.byCode.values()].map((match): IndexedMatch => {
      if (match.status === "current") {
        const { entry } = match;
        const names = entry.nameCy ? [entry.name, entry.nameCy] : [entry.name];
        return {
          match,
          code: entry.code.toLowerCase(),
          names: names.map(indexName),
          bodyType: entry.bodyType,
          nation: entry.nation,
        };
      }
      const { former } = match;
      return {
        match,
        code: former.code.toLowerCase(),
        names: [indexName(former.name)],
        bodyType: former.bodyType,
        nation: former.nation,
      };
    });
    indexes.set(directory, index);
  }
  return index;
}

interface Query {
  folded: string;
  significantWords: readonly string[];
  compact: string;
}

function rankName(name: IndexedName, query: Query): Rank | undefined {
  if (name.folded === query.folded) return Rank.exactName;
  if (name.folded.startsWith(query.folded)) return Rank.namePrefix;
  if (name.folded.includes(` ${query.folded}`)) return Rank.phraseAtWord;
  if (query.significantWords.every((word) => name.words.some((nameWord) => nameWord.startsWith(word)))) {
    return Rank.everyWordPrefix;
  }
  if (query.compact.length >= MIN_SUBSTRING_LENGTH && name.compact.includes(query.compact)) return Rank.substring;
  return undefined;
}

function rankMatch(item: IndexedMatch, query: Query): Rank | undefined {
  if (item.code === query.compact) return Rank.code;
  let best: Rank | undefined;
  for (const name of item.names) {
    const rank = rankName(name, query);
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  }
  return best;
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(Math.max(Math.trunc(limit), 0), MAX_LIMIT);
}

/** Finds current and former bodies by name (English or Welsh) or by ONS/ODS code. Never throws. */
export function searchDirectory(directory: Directory, rawQuery: string, options: SearchOptions): SearchResult {
  const folded = foldForSearch(rawQuery.slice(0, MAX_QUERY_LENGTH));
  if (folded === "") return { matches: [], total: 0, notice: "empty" };
  const words = folded.split(" ");
  const query: Query = {
    folded,
    significantWords: words.filter((word) => !COMMON_WORDS.has(word)),
    compact: words.join(""),
  };
  // No ONS or ODS code is a common word, so this never hides a code search.
  if (query.significantWords.length === 0) return { matches: [], total: 0, notice: "too-general" };

  const candidates = indexFor(directory).filter(
    (item) =>
      (options.bodyType === undefined || item.bodyType === options.bodyType) &&
      (options.nation === undefined || item.nation === options.nation),
  );
  const collator = new Intl.Collator(options.lang === "cy" ? "cy" : "en-GB", { sensitivity: "base" });
  const ranked: { rank: Rank; item: IndexedMatch; name: string }[] = [];
  for (const item of candidates) {
    const rank = rankMatch(item, query);
    if (rank !== undefined) ranked.push({ rank, item, name: matchName(item.match, options.lang) });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      Number(a.item.match.status === "former") - Number(b.item.match.status === "former") ||
      collator.compare(a.name, b.name) ||
      a.item.code.localeCompare(b.item.code),
  );
  return {
    matches: ranked.slice(0, clampLimit(options.limit)).map(({ item }) => item.match),
    total: ranked.length,
  };
}
