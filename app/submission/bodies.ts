import type { BodyResult } from "~/routing/types";
import type { SubmittedComplaint } from "./types";

/** Routing's bodies are in the same order as the organisations: a mismatch is a bug, never something to guess around. */
export function bodyOf(complaint: SubmittedComplaint, index: number): BodyResult {
  const body = complaint.routing.bodies[index];
  if (!body || complaint.routing.bodies.length !== complaint.organisations.length) throw new Error("Routing bodies do not match the organisations");
  return body;
}
