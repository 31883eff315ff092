// The routing rules: which ombudsman covers each organisation, whether its own complaints
// process is done, and whether the person can go to an ombudsman now. Pure: the clock is
// input.today. docs/routing.md gives each rule in plain words with its source.
import { routingConfig } from "./config";
import { addDuration, isAfter } from "./dates";
import type { ReasonCode } from "./reasons";
import {
  FUNDING_REQUIRED_TYPES,
  SIGNPOSTS,
  type BodyInput,
  type BodyResult,
  type BodyType,
  type Complainant,
  type ConsentState,
  type Duration,
  type IsoDate,
  type JointWorking,
  type LocalComplaint,
  type Nation,
  type Ombudsman,
  type Reason,
  type ReasonParams,
  type Readiness,
  type RoutingInput,
  type RoutingResult,
  type SignpostId,
  type Topic,
} from "./types";

/** The three ombudsmen this portal routes to; the others are signposted. */
const CORE_OMBUDSMEN: readonly Ombudsman[] = ["lgsco", "phso", "psow"];
/** Ombudsmen whose 12-month limit runs from when the person first knew (NIPSO's does not). */
const AWARENESS_CLOCK_OMBUDSMEN: readonly Ombudsman[] = ["lgsco", "phso", "psow", "spso"];
/** Signposted schemes that are themselves a body's route. */
const SIGNPOSTED_OMBUDSMEN: readonly (Ombudsman & SignpostId)[] = ["housing-ombudsman", "spso", "nipso", "iscas"];

/** Healthcare that is only in an ombudsman's remit when the NHS paid for it. */
const PAID_HEALTHCARE_TYPES: readonly BodyType[] = ["dentist", "pharmacy", "optician", "independent-healthcare"];
const NHS_BODY_TYPES: readonly BodyType[] = ["nhs-trust", "health-board", "icb", "gp-practice"];
/** Types that exist only in some nations; elsewhere the engine trusts the nation and flags the mismatch. */
const NATION_SPECIFIC_TYPES: Partial<Record<BodyType, readonly Nation[]>> = {
  "health-board": ["wales", "scotland"],
  icb: ["england"],
  "welsh-government": ["wales"],
};
/** Providers registered with CQC (England) or HIW (Wales); Welsh care providers are registered with CIW. */
const CQC_TYPES: readonly BodyType[] = ["care-provider", "nhs-trust", "gp-practice", "dentist", "independent-healthcare"];
const HIW_TYPES: readonly BodyType[] = ["health-board", "nhs-trust", "gp-practice", "dentist", "independent-healthcare"];

const OVERDUE_REASONS: Partial<Record<Ombudsman, ReasonCode>> = {
  lgsco: "lgsco-12-weeks-passed",
  phso: "phso-6-months-passed",
  psow: "psow-12-weeks-passed",
};
const PSOW_REMIT_REASONS: Partial<Record<BodyType, ReasonCode>> = {
  council: "psow-remit-council",
  "care-provider": "psow-remit-care-provider",
  "social-landlord": "psow-remit-social-landlord",
  "welsh-government": "psow-remit-welsh-government",
};
const AUTHORITY_REASONS = {
  "lpa-health-welfare": "authority-lpa-health-welfare",
  "court-deputy": "authority-court-deputy",
  "personal-representative": "authority-personal-representative",
  "parental-responsibility": "authority-parental-responsibility",
} as const satisfies Record<string, ReasonCode>;
const LEGAL_ACTION_REASONS = {
  considering: "legal-action-considering",
  started: "legal-action-started",
  finished: "legal-action-finished",
} as const satisfies Record<string, ReasonCode>;

interface AssessedBody extends BodyResult {
  readonly input: BodyInput;
  readonly index: number;
}

/**
 * Routes one set of facts. Expects validated input (validateRoutingRequest, or the journey's own
 * step schemas): a date that is not a real YYYY-MM-DD date throws a RangeError.
 */
export function routeComplaint(input: RoutingInput): RoutingResult {
  const topics = new Set<Topic>(input.topics ?? []);
  const bodies = input.bodies.map((body, index) => assessBody(body, index, input.today));
  const ombudsmen = [...new Set(bodies.flatMap((b) => (b.ombudsman ? [b.ombudsman] : [])))].sort();
  const jointWorking = jointWorkingFor(ombudsmen);
  const core = bodies.filter((b) => b.ombudsman !== null && CORE_OMBUDSMEN.includes(b.ombudsman));
  const readiness: Readiness = core.some(isFinished)
    ? "ready"
    : core.length > 0
      ? "complain-to-organisations-first"
      : "not-for-these-ombudsmen";
  const urgent = topics.has("safeguarding-risk-now");
  const timeLimitEndsOn = addDuration(input.becameAwareOn, routingConfig.timeLimit);
  const timeLimit = isAfter(input.today, timeLimitEndsOn) ? "outside" : "within";
  const mpReferralNeeded = bodies.some(needsMp);
  const signposts = signpostsFor(input.bodies, bodies, topics, mpReferralNeeded);

  const reasons: Reason[] = [];
  const add = (code: ReasonCode, params?: ReasonParams) => reasons.push(params ? { code, params } : { code });

  if (urgent) add("urgent-help-first");
  add(readinessReason(readiness, core));
  for (const body of bodies) reasons.push(...bodyReasons(body, topics));

  if (jointWorking === "joint-working-team") {
    add("joint-working-team-likely");
    if (readiness === "ready" && !core.every(isFinished)) add("jwt-may-take-whole-case");
  }
  // Also given inside a Joint Working Team case that has a Welsh body: PSOW must still consult.
  if (ombudsmen.includes("psow") && (ombudsmen.includes("lgsco") || ombudsmen.includes("phso"))) add("cross-border");
  if (ombudsmen.length > 1 && ombudsmen.some((o) => !CORE_OMBUDSMEN.includes(o))) add("several-ombudsmen");

  if (ombudsmen.some((o) => AWARENESS_CLOCK_OMBUDSMEN.includes(o))) {
    if (timeLimit === "outside") add("outside-time-limit", periodParams(routingConfig.timeLimit));
    else add("within-time-limit", { date: timeLimitEndsOn, ...periodParams(routingConfig.timeLimit) });
  }
  if (ombudsmen.includes("nipso")) add("nipso-time-limit", periodParams(routingConfig.nipsoTimeLimit));

  const consent = consentFor(input.complainant);
  for (const code of consentReasons(input.complainant)) add(code);

  for (const code of topicReasons(input.bodies, topics)) add(code);
  const legalAction = input.legalAction ?? "none";
  if (legalAction !== "none") add(LEGAL_ACTION_REASONS[legalAction]);
  if (signposts.some((s) => s === "cqc" || s === "ciw" || s === "hiw")) add("regulator-information");

  return {
    outcome: urgent ? "urgent-help-first" : readiness,
    readiness,
    ombudsmen,
    jointWorking,
    bodies: bodies.map(({ ombudsman, localProcess, reasonableTimeEndsOn }) => ({
      ombudsman,
      localProcess,
      reasonableTimeEndsOn,
    })),
    timeLimit,
    timeLimitEndsOn,
    consent,
    mpReferralNeeded,
    signposts,
    reasons,
  };
}

/** Organisation type x nation (x funding) -> ombudsman; the table in docs/routing.md. */
export function ombudsmanFor({ type, nation, funding }: Pick<BodyInput, "type" | "nation" | "funding">): Ombudsman | null {
  if (type === "other") return null;
  // No ombudsman looks at privately paid healthcare; ISCAS may, for its member providers.
  if (PAID_HEALTHCARE_TYPES.includes(type) && funding !== "nhs") {
    return type === "independent-healthcare" && funding === "self" ? "iscas" : null;
  }
  switch (nation) {
    case "scotland":
      return "spso";
    case "northern-ireland":
      return "nipso";
    case "wales":
      if (type === "government-department") return "phso";
      return type === "school" ? null : "psow";
    case "england":
      switch (type) {
        case "council":
          return "lgsco";
        case "care-provider":
          return funding === "nhs" ? "phso" : "lgsco";
        case "social-landlord":
          return "housing-ombudsman";
        case "school":
        case "welsh-government":
          return null;
        case "nhs-trust":
        case "health-board":
        case "icb":
        case "gp-practice":
        case "dentist":
        case "pharmacy":
        case "optician":
        case "independent-healthcare":
        case "government-department":
          return "phso";
      }
  }
}

function assessBody(input: BodyInput, index: number, today: IsoDate): AssessedBody {
  const ombudsman = ombudsmanFor(input);
  return { input, index, ombudsman, ...localProcessFor(input.localComplaint, ombudsman, today) };
}

function localProcessFor(
  complaint: LocalComplaint,
  ombudsman: Ombudsman | null,
  today: IsoDate,
): Pick<BodyResult, "localProcess" | "reasonableTimeEndsOn"> {
  switch (complaint.status) {
    case "not-made":
      return { localProcess: "not-started", reasonableTimeEndsOn: null };
    case "final-response":
      return { localProcess: "complete", reasonableTimeEndsOn: null };
    case "awaiting-response": {
      const reasonableTimeEndsOn = addDuration(complaint.madeOn, routingConfig.reasonableTime[ombudsman ?? "none"]);
      // The organisation may still reply on the last day of its reasonable time, so the edge day is not overdue.
      const localProcess = isAfter(today, reasonableTimeEndsOn) ? "response-overdue" : "in-progress";
      return { localProcess, reasonableTimeEndsOn };
    }
  }
}

function isFinished(body: BodyResult): boolean {
  return body.localProcess === "complete" || body.localProcess === "response-overdue";
}

function needsMp(body: AssessedBody): boolean {
  return body.input.type === "government-department" && body.ombudsman === "phso";
}

function isNhsBody({ type, funding }: BodyInput): boolean {
  return NHS_BODY_TYPES.includes(type) || (FUNDING_REQUIRED_TYPES.some((t) => t === type) && funding === "nhs");
}

function jointWorkingFor(ombudsmen: readonly Ombudsman[]): JointWorking {
  const has = (o: Ombudsman) => ombudsmen.includes(o);
  if (has("lgsco") && has("phso")) return "joint-working-team";
  if (has("psow") && (has("lgsco") || has("phso"))) return "cross-border";
  return "none";
}

function readinessReason(readiness: Readiness, core: readonly AssessedBody[]): ReasonCode {
  switch (readiness) {
    case "ready":
      return core.every(isFinished) ? "ready-to-complain" : "ready-one-body-finished";
    case "complain-to-organisations-first":
      return "not-ready-yet";
    case "not-for-these-ombudsmen":
      return "not-for-these-ombudsmen";
  }
}

function bodyReasons(body: AssessedBody, topics: ReadonlySet<Topic>): Reason[] {
  const { input, ombudsman } = body;
  const name = input.name?.trim();
  const about: ReasonParams = name ? { bodyIndex: body.index, bodyName: name } : { bodyIndex: body.index };
  const reasons: Reason[] = coverageReasons(input, ombudsman).map((code) => ({ code, params: about }));
  const add = (code: ReasonCode, params: ReasonParams = {}) => reasons.push({ code, params: { ...about, ...params } });

  const nations = NATION_SPECIFIC_TYPES[input.type];
  if (nations && !nations.includes(input.nation)) add("type-unusual-for-nation");

  if (ombudsman !== null) {
    switch (body.localProcess) {
      case "complete":
        add("local-process-complete");
        break;
      case "in-progress":
        if (body.reasonableTimeEndsOn) add("waiting-for-response", { date: body.reasonableTimeEndsOn });
        break;
      case "response-overdue":
        add(OVERDUE_REASONS[ombudsman] ?? "reasonable-time-passed", periodParams(routingConfig.reasonableTime[ombudsman]));
        break;
      case "not-started":
        add("complain-to-organisation-first");
        break;
    }
  }
  if (needsMp(body)) add("mp-referral-needed");
  if (
    input.type === "council" &&
    input.nation === "england" &&
    input.councilTier === "district" &&
    topics.has("social-care")
  ) {
    add("district-council-no-social-care");
  }
  return reasons;
}

function coverageReasons(body: BodyInput, ombudsman: Ombudsman | null): ReasonCode[] {
  const linkedPrivate: ReasonCode[] = body.nation === "wales" ? ["psow-linked-private-treatment"] : [];
  switch (ombudsman) {
    case "lgsco":
      return [body.type === "care-provider" ? "lgsco-remit-care-provider" : "lgsco-remit-council"];
    case "phso":
      return [body.type === "government-department" ? "phso-remit-government" : "phso-remit-nhs"];
    case "psow":
      return [PSOW_REMIT_REASONS[body.type] ?? "psow-remit-nhs"];
    case "housing-ombudsman":
      return ["housing-ombudsman-remit"];
    case "spso":
      return ["spso-remit"];
    case "nipso":
      return ["nipso-remit"];
    case "iscas":
      return ["iscas-remit", ...linkedPrivate];
    case null:
      if (body.type === "school") return ["school-own-process"];
      if (PAID_HEALTHCARE_TYPES.includes(body.type)) {
        return body.funding === "council" ? ["council-funded-name-council"] : ["private-healthcare-not-covered", ...linkedPrivate];
      }
      return ["other-body-not-covered"];
  }
}

function consentFor(complainant: Complainant): ConsentState {
  if (complainant.role === "person-affected") return "not-needed";
  switch (complainant.personAffected) {
    case "can-consent":
      return complainant.consent === "given" ? "given" : complainant.consent === "refused" ? "refused" : "needed";
    case "child":
      return complainant.consent === "given" ? "given" : "representative-suitability";
    case "lacks-capacity":
    case "deceased":
      return "representative-suitability";
  }
}

function consentReasons(complainant: Complainant): ReasonCode[] {
  if (complainant.role === "person-affected") return [];
  const { personAffected, consent, authority } = complainant;
  if (personAffected === "can-consent") {
    // A capable adult decides for themselves, so any legal authority is beside the point.
    return [consent === "given" ? "consent-given" : consent === "refused" ? "consent-refused" : "consent-to-follow"];
  }
  const reasons: ReasonCode[] = [];
  if (personAffected === "child" && consent === "given") reasons.push("consent-given");
  else if (personAffected === "child") reasons.push("representative-suitability-child");
  else if (personAffected === "deceased") reasons.push("representative-suitability-deceased");
  else reasons.push("representative-suitability");
  if (authority && authority !== "none") reasons.push(AUTHORITY_REASONS[authority]);
  return reasons;
}

function topicReasons(bodies: readonly BodyInput[], topics: ReadonlySet<Topic>): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  if (topics.has("chc-eligibility")) {
    const english = bodies.filter((b) => b.nation === "england");
    if (english.some(isNhsBody)) reasons.push("chc-review-first");
    else if (english.length > 0) reasons.push("chc-name-icb");
    if (bodies.some((b) => b.nation === "wales")) reasons.push("chc-wales-health-board-review");
  }
  if (topics.has("send-tribunal-appeal")) reasons.push("send-tribunal");
  return reasons;
}

function signpostsFor(
  inputs: readonly BodyInput[],
  bodies: readonly AssessedBody[],
  topics: ReadonlySet<Topic>,
  mpReferralNeeded: boolean,
): SignpostId[] {
  const wanted = new Set<SignpostId>();
  const inEngland = inputs.some((b) => b.nation === "england");
  const inWales = inputs.some((b) => b.nation === "wales");

  if (topics.has("safeguarding-risk-now")) wanted.add("safeguarding");
  if (inEngland) wanted.add("nhs-complaints-advocacy");
  if (inWales) wanted.add("llais");
  if (mpReferralNeeded) wanted.add("mp");
  if (topics.has("chc-eligibility") && inputs.some((b) => b.nation === "england" && isNhsBody(b))) {
    wanted.add("chc-independent-review");
  }
  if (inputs.some((b) => b.type === "school")) wanted.add("school-complaints-process");
  if (topics.has("send-tribunal-appeal")) {
    if (inEngland) wanted.add("send-tribunal");
    if (inWales) wanted.add("education-tribunal-wales");
  }
  for (const { ombudsman } of bodies) {
    const scheme = SIGNPOSTED_OMBUDSMEN.find((o) => o === ombudsman);
    if (scheme) wanted.add(scheme);
  }
  for (const body of inputs) {
    const regulator = regulatorFor(body);
    if (regulator) wanted.add(regulator);
  }
  return SIGNPOSTS.filter((s) => wanted.has(s));
}

function regulatorFor({ type, nation }: BodyInput): SignpostId | null {
  if (nation === "england" && CQC_TYPES.includes(type)) return "cqc";
  if (nation === "wales" && type === "care-provider") return "ciw";
  if (nation === "wales" && HIW_TYPES.includes(type)) return "hiw";
  return null;
}

function periodParams({ unit, amount }: Duration): ReasonParams {
  return { periodAmount: amount, periodUnit: unit };
}
