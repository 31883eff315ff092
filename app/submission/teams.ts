import type { RoutingResult } from "~/routing/types";
import type { Team } from "./types";

/**
 * Which teams receive a complaint. A case under both English ombudsmen goes to
 * their Joint Working Team, which decides whether to take it jointly; a Welsh
 * body adds PSOW (cross-border). Every team gets the same reference.
 */
export function teamsFor(routing: Pick<RoutingResult, "ombudsmen" | "jointWorking">): Team[] {
  const teams: Team[] = [];
  if (routing.jointWorking === "joint-working-team") teams.push("jwt");
  else {
    if (routing.ombudsmen.includes("lgsco")) teams.push("lgsco");
    if (routing.ombudsmen.includes("phso")) teams.push("phso");
  }
  if (routing.ombudsmen.includes("psow")) teams.push("psow");
  return teams;
}
