import { routeComplaint } from "~/routing/engine";
import type { BodyInput, Complainant, CouncilTier, RoutingInput, RoutingResult } from "~/routing/types";
import type { Answers, Organisation } from "./answers";
import { toIsoDate } from "./month-year";

/** What the journey needs to know about a directory code to route it. */
export type CodeInfo = { type: BodyInput["type"]; nation: BodyInput["nation"]; councilTier?: CouncilTier; name: string };
export type CodeLookup = (code: string) => CodeInfo | undefined;

function complainant(answers: Answers): Complainant | undefined {
  if (!answers.who) return undefined;
  if (answers.who.complainant === "person-affected") return { role: "person-affected" };
  const status = answers.personAffected?.status;
  if (!status) return undefined;
  return {
    role: "representative",
    relationship: answers.who.complainant,
    personAffected: status,
    // Only a person who can agree gives consent; for the others the ombudsman decides who may act.
    consent: status === "can-consent" ? (answers.authority?.consent ?? "to-follow") : "to-follow",
    authority: answers.authority?.authority,
  };
}

function body(org: Organisation, today: string, lookup: CodeLookup): BodyInput | undefined {
  const local = org.local;
  if (!org.type || !local) return undefined;
  const known = org.code ? lookup(org.code) : undefined;
  const nation = known?.nation ?? org.nation;
  if (!nation) return undefined;
  return {
    type: org.type,
    nation,
    funding: org.funding,
    code: org.code,
    name: known?.name ?? org.name,
    councilTier: known?.councilTier,
    localComplaint:
      local.status === "final-response" && local.madeOn && local.finalResponseOn
        ? { status: local.status, madeOn: toIsoDate(local.madeOn, today), finalResponseOn: toIsoDate(local.finalResponseOn, today) }
        : local.status === "awaiting-response" && local.madeOn
          ? { status: local.status, madeOn: toIsoDate(local.madeOn, today) }
          : { status: "not-made" },
  } as BodyInput;
}

/** The routing engine's input from the answers, or undefined while something it needs is missing. */
export function toRoutingInput(answers: Answers, today: string, lookup: CodeLookup): RoutingInput | undefined {
  const who = complainant(answers);
  const bodies = (answers.organisations ?? []).map((org) => body(org, today, lookup));
  if (!who || bodies.length === 0 || bodies.some((b) => !b) || !answers.dates?.aware) return undefined;
  return {
    today,
    becameAwareOn: toIsoDate(answers.dates.aware, today),
    complainant: who,
    bodies: bodies as BodyInput[],
    legalAction: answers.legal?.action ?? "none",
    courtDecided: answers.legal?.courtDecided === "yes",
    topics: answers.risk?.riskNow === "yes" ? ["safeguarding-risk-now"] : [],
  };
}

export function routingFor(answers: Answers, today: string, lookup: CodeLookup): RoutingResult | undefined {
  const input = toRoutingInput(answers, today, lookup);
  return input ? routeComplaint(input) : undefined;
}
