import type { Answers } from "./answers";
import { findOrg } from "./organisation";
import { isRepresentative } from "./people";
import type { StepFacts } from "./view";

/** The facts a step's schema and page may depend on, from the answers. */
export function factsFor(answers: Answers, orgId?: string): StepFacts {
  const personStatus = answers.personAffected?.status;
  return {
    representative: isRepresentative(answers),
    personStatus,
    consentRefused: personStatus === "can-consent" && answers.authority?.consent === "refused",
    orgType: findOrg(answers, orgId)?.type,
    hasEmail: Boolean(answers.yourDetails?.email),
    hasPhone: Boolean(answers.yourDetails?.phone),
    contactMethod: answers.preferences?.method,
  };
}
