// Builders shared by the routing tests (not used by the app).
import type { ReasonCode } from "./reasons";
import type {
  BodyInput,
  BodyType,
  Complainant,
  FundingCode,
  IsoDate,
  LocalComplaint,
  Nation,
  RoutingInput,
  RoutingResult,
} from "./types";

export const TODAY: IsoDate = "2026-11-22";

export const notMade: LocalComplaint = { status: "not-made" };
export const awaiting = (madeOn: IsoDate): LocalComplaint => ({ status: "awaiting-response", madeOn });
export const finalResponse = (madeOn: IsoDate, finalResponseOn: IsoDate): LocalComplaint => ({
  status: "final-response",
  madeOn,
  finalResponseOn,
});
/** A reply that was not the last stage of a statutory procedure (v1.1 `finalStage: false`). */
export const earlierStageReply = (madeOn: IsoDate, finalResponseOn: IsoDate): LocalComplaint => ({
  status: "final-response",
  madeOn,
  finalResponseOn,
  finalStage: false,
});
/** A complaint answered well inside the time limit of TODAY. */
export const answered = finalResponse("2026-05-01", "2026-06-01");

export function body(
  type: BodyType,
  nation: Nation,
  extra: {
    funding?: FundingCode;
    localComplaint?: LocalComplaint;
    name?: string;
    councilTier?: BodyInput["councilTier"];
    asLandlord?: boolean;
  } = {},
): BodyInput {
  return { type, nation, localComplaint: answered, ...extra };
}

export const self: Complainant = { role: "person-affected" };

export function request(bodies: readonly BodyInput[], extra: Partial<RoutingInput> = {}): RoutingInput {
  return { today: TODAY, becameAwareOn: "2026-04-01", complainant: self, bodies, ...extra };
}

export function codes(result: Pick<RoutingResult, "reasons">): ReasonCode[] {
  return result.reasons.map((r) => r.code);
}

/** Reason codes about one organisation, in order. */
export function bodyCodes(result: Pick<RoutingResult, "reasons">, bodyIndex: number): ReasonCode[] {
  return result.reasons.filter((r) => r.params?.bodyIndex === bodyIndex).map((r) => r.code);
}

/** Small seeded generator (mulberry32), so random tests repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error("pick from an empty list");
  return value;
}
