// Every threshold the routing rules use, in one place. docs/routing.md explains where each comes from.
import type { Duration, Ombudsman } from "./types";

export interface RoutingConfig {
  /**
   * How long an organisation has to give its final response before the engine treats the
   * response as overdue, keyed by the ombudsman over that organisation ("none" when no
   * ombudsman covers it). Counted from the complaint, or from a reply that was not the last
   * stage. The period ends on the last day of the reasonable time; the response becomes
   * overdue the day after.
   */
  readonly reasonableTime: Readonly<Record<Ombudsman | "none", Duration>>;
  /**
   * The response benchmark the 2009 Regulations (reg 14) set for English adult social care
   * complaints: the text tells the person about it; it does not change when a reply counts as overdue.
   */
  readonly adultSocialCareBenchmark: Duration;
  /** Ombudsman time limit, counted from when the person first knew; the last day counts as within. */
  readonly timeLimit: Duration;
  /** NIPSO's own limit, counted from the end of the organisation's process (shown as advice only). */
  readonly nipsoTimeLimit: Duration;
  /** Size limits of the Routing API. */
  readonly api: {
    readonly maxRequestBytes: number;
    readonly maxBodies: number;
    readonly maxTopics: number;
    readonly maxCodeLength: number;
    readonly maxNameLength: number;
  };
}

const twelveWeeks: Duration = { unit: "weeks", amount: 12 };

export const routingConfig: RoutingConfig = {
  reasonableTime: {
    lgsco: twelveWeeks,
    phso: { unit: "months", amount: 6 },
    psow: twelveWeeks,
    "housing-ombudsman": twelveWeeks,
    spso: twelveWeeks,
    nipso: twelveWeeks,
    iscas: twelveWeeks,
    none: twelveWeeks,
  },
  adultSocialCareBenchmark: { unit: "months", amount: 6 },
  timeLimit: { unit: "months", amount: 12 },
  nipsoTimeLimit: { unit: "months", amount: 6 },
  api: {
    maxRequestBytes: 64 * 1024,
    maxBodies: 10,
    maxTopics: 20,
    maxCodeLength: 20,
    maxNameLength: 200,
  },
};
