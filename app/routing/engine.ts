// The routing rules: which ombudsman covers each organisation, whether its own complaints
// process is done, and whether the person can go to an ombudsman now. Pure: the clock is
// input.today. docs/routing.md gives each rule in plain words with its source.
import { routingConfig } from "./config";
import { addDuration, isAfter } from "./dates";
import type { ReasonCode } from "./reasons";
import {
  FUNDING_REQUIRED_TYPES,
  NHS_WALES_FUNDABLE_TYPES,
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
/**
 * Care given outside Wales that NHS Wales may have paid for (a Welsh resident sent to an English
 * hospital or clinic). GP practices, ICBs and health boards follow where the person is registered.
 */
const CROSS_BORDER_CARE_TYPES: readonly BodyType[] = [
  "nhs-trust",
  "independent-healthcare",
  "care-provider",
  "dentist",
  "pharmacy",
  "optician",
];
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
/** Reasons that say an ombudsman may still look at a body routed nowhere, so "cannot" would be too strong. */
const MAY_STILL_LOOK_REASONS: readonly ReasonCode[] = [
  "psow-linked-private-treatment",
  "psow-independent-palliative-care",
  "other-body-not-covered",
];
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
  /** Held in progress until the NHS Continuing Healthcare review is done (v1.1). */
  readonly heldForChcReview: boolean;
  /** Its reply was not the last stage of its complaints procedure (v1.1). */
  readonly nextStageDue: boolean;
}

/** What the rules read from the whole request, beyond one body. */
interface Facts {
  readonly today: IsoDate;
  readonly topics: ReadonlySet<Topic>;
  /** A Continuing Healthcare eligibility dispute that NHS England's independent review panel has not yet decided. */
  readonly chcReviewPending: boolean;
  readonly anyWelshBody: boolean;
}

/**
 * Routes one set of facts. Expects validated input (validateRoutingRequest, or the journey's own
 * step schemas): a date that is not a real YYYY-MM-DD date throws a RangeError.
 */
export function routeComplaint(input: RoutingInput): RoutingResult {
  const topics = new Set<Topic>(input.topics ?? []);
  const facts: Facts = {
    today: input.today,
    topics,
    chcReviewPending: topics.has("chc-eligibility") && !topics.has("chc-independent-review-done"),
    anyWelshBody: input.bodies.some((b) => b.nation === "wales"),
  };
  const bodies = input.bodies.map((body, index) => assessBody(body, index, facts));
  const ombudsmen = [...new Set(bodies.flatMap((b) => (b.ombudsman ? [b.ombudsman] : [])))].sort();
  const jointWorking = jointWorkingFor(bodies);
  const core = bodies.filter(isCore);
  const readiness: Readiness = core.some(isFinished)
    ? "ready"
    : core.length > 0
      ? "complain-to-organisations-first"
      : "not-for-these-ombudsmen";
  const urgent = topics.has("safeguarding-risk-now");
  const timeLimitEndsOn = addDuration(input.becameAwareOn, routingConfig.timeLimit);
  const timeLimit = isAfter(input.today, timeLimitEndsOn) ? "outside" : "within";
  const mpReferralNeeded = bodies.some(needsMp);
  const signposts = signpostsFor(bodies, facts, mpReferralNeeded);
  const perBody = bodies.map((body) => bodyReasons(body, facts));
  const heldIcb = bodies.some((b) => b.heldForChcReview);

  const reasons: Reason[] = [];
  const add = (code: ReasonCode, params?: ReasonParams) => reasons.push(params ? { code, params } : { code });

  if (urgent) add("urgent-help-first");
  if (input.courtDecided) add("court-decided");
  add(readinessReason(readiness, core, perBody.flat()));
  // Taking the whole case when one body has finished is the Joint Working Team's habit; elsewhere
  // each organisation should have had its chance, so name those still to be asked.
  const notAsked = core.filter((b) => b.localProcess === "not-started");
  if (readiness === "ready" && jointWorking !== "joint-working-team" && notAsked.length > 0) {
    add("complain-to-others-too", bodyListParams(notAsked));
  }
  // With an ICB held for the review, the reason is given with that organisation instead.
  if (facts.chcReviewPending && !heldIcb && input.bodies.some((b) => b.nation === "england" && isNhsBody(b))) {
    add("chc-review-first");
  }
  for (const list of perBody) reasons.push(...list);

  if (jointWorking === "joint-working-team") {
    add("joint-working-team-likely");
    add("joint-consent");
    // The LGSCO leaves Continuing Healthcare eligibility to the NHS review, so the team is not said to take it all.
    if (readiness === "ready" && !core.every(isFinished) && !heldIcb) add("jwt-may-take-whole-case");
  }
  // Also given inside a Joint Working Team case that has a Welsh body: PSOW must still consult.
  if (ombudsmen.includes("psow") && (ombudsmen.includes("lgsco") || ombudsmen.includes("phso"))) add("cross-border");
  if (ombudsmen.length > 1 && (jointWorking === "none" || ombudsmen.some((o) => !CORE_OMBUDSMEN.includes(o)))) {
    add("several-ombudsmen");
  }

  if (ombudsmen.some((o) => AWARENESS_CLOCK_OMBUDSMEN.includes(o))) {
    if (timeLimit === "outside") add("outside-time-limit", periodParams(routingConfig.timeLimit));
    else add("within-time-limit", { date: timeLimitEndsOn, ...periodParams(routingConfig.timeLimit) });
  }
  // A NIPSO body with a final response has its own dated reason.
  if (bodies.some((b) => b.ombudsman === "nipso" && nipsoClockStart(b) === null)) {
    add("nipso-time-limit", periodParams(routingConfig.nipsoTimeLimit));
  }

  const consent = consentFor(input.complainant);
  for (const code of consentReasons(input.complainant)) add(code);

  for (const code of topicReasons(input, facts)) add(code);
  const legalAction = input.legalAction ?? "none";
  // "court-decided" already says what "legal-action-finished" would.
  if (legalAction !== "none" && !(legalAction === "finished" && input.courtDecided)) add(LEGAL_ACTION_REASONS[legalAction]);
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

/** Organisation type x nation (x funding, x landlord) -> ombudsman; the table in docs/routing.md. */
export function ombudsmanFor({
  type,
  nation,
  funding,
  asLandlord,
}: Pick<BodyInput, "type" | "nation" | "funding" | "asLandlord">): Ombudsman | null {
  if (type === "other") return null;
  // Reserved and Welsh matters follow the body, not where it is.
  if (type === "government-department") return "phso";
  if (type === "welsh-government") return "psow";
  // PSOW covers NHS care anywhere in the UK that NHS Wales pays for.
  if (funding === "nhs-wales" && NHS_WALES_FUNDABLE_TYPES.some((t) => t === type)) return "psow";
  // No ombudsman looks at privately paid healthcare; ISCAS may, for its member providers in England and Wales.
  if (PAID_HEALTHCARE_TYPES.includes(type) && funding !== "nhs") {
    const iscasNation = nation === "england" || nation === "wales";
    return type === "independent-healthcare" && funding === "self" && iscasNation ? "iscas" : null;
  }
  switch (nation) {
    case "scotland":
      return "spso";
    case "northern-ireland":
      return "nipso";
    case "wales":
      return type === "school" ? null : "psow";
    case "england":
      switch (type) {
        case "council":
          return asLandlord === true ? "housing-ombudsman" : "lgsco";
        case "care-provider":
          return funding === "nhs" ? "phso" : "lgsco";
        case "social-landlord":
          return "housing-ombudsman";
        case "school":
          return null;
        case "nhs-trust":
        case "health-board":
        case "icb":
        case "gp-practice":
        case "dentist":
        case "pharmacy":
        case "optician":
        case "independent-healthcare":
          return "phso";
      }
  }
}

function assessBody(input: BodyInput, index: number, facts: Facts): AssessedBody {
  const ombudsman = ombudsmanFor(input);
  const complaint = input.localComplaint;
  // NHS Continuing Healthcare: ICB review, then NHS England's independent review panel, then the PHSO.
  if (facts.chcReviewPending && input.type === "icb" && input.nation === "england" && complaint.status !== "not-made") {
    return { input, index, ombudsman, localProcess: "in-progress", reasonableTimeEndsOn: null, heldForChcReview: true, nextStageDue: false };
  }
  const nextStageDue = complaint.status === "final-response" && complaint.finalStage === false;
  return { input, index, ombudsman, ...localProcessFor(complaint, ombudsman, facts.today), heldForChcReview: false, nextStageDue };
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
      // A reply that was not the last stage starts the clock for the next one.
      return complaint.finalStage === false
        ? waitingSince(complaint.finalResponseOn, ombudsman, today)
        : { localProcess: "complete", reasonableTimeEndsOn: null };
    case "awaiting-response":
      return waitingSince(complaint.madeOn, ombudsman, today);
  }
}

function waitingSince(
  since: IsoDate,
  ombudsman: Ombudsman | null,
  today: IsoDate,
): Pick<BodyResult, "localProcess" | "reasonableTimeEndsOn"> {
  const reasonableTimeEndsOn = addDuration(since, routingConfig.reasonableTime[ombudsman ?? "none"]);
  // The organisation may still reply on the last day of its reasonable time, so the edge day is not overdue.
  const localProcess = isAfter(today, reasonableTimeEndsOn) ? "response-overdue" : "in-progress";
  return { localProcess, reasonableTimeEndsOn };
}

function isCore(body: BodyResult): boolean {
  return body.ombudsman !== null && CORE_OMBUDSMEN.includes(body.ombudsman);
}

function isFinished(body: BodyResult): boolean {
  return body.localProcess === "complete" || body.localProcess === "response-overdue";
}

function needsMp(body: AssessedBody): boolean {
  return body.input.type === "government-department" && body.ombudsman === "phso";
}

/** An NHS body, or care of a type that needs funding and that the NHS (in England or Wales) paid for. */
function isNhsBody({ type, funding }: BodyInput): boolean {
  return NHS_BODY_TYPES.includes(type) || (FUNDING_REQUIRED_TYPES.some((t) => t === type) && (funding === "nhs" || funding === "nhs-wales"));
}

/** An NHS body in England, or care there that the NHS in England paid for (NHS Wales-paid care is Llais's). */
function isEnglishNhs({ type, nation, funding }: BodyInput): boolean {
  if (nation !== "england") return false;
  return NHS_BODY_TYPES.includes(type) || (FUNDING_REQUIRED_TYPES.some((t) => t === type) && funding === "nhs");
}

function paidByNhsWales({ type, funding }: BodyInput): boolean {
  return funding === "nhs-wales" && NHS_WALES_FUNDABLE_TYPES.some((t) => t === type);
}

/** The Joint Working Team looks at health and social care together: PHSO's parliamentary side does not count. */
function jointWorkingFor(bodies: readonly AssessedBody[]): JointWorking {
  const lgsco = bodies.some((b) => b.ombudsman === "lgsco");
  const phso = bodies.some((b) => b.ombudsman === "phso");
  const phsoHealth = bodies.some((b) => b.ombudsman === "phso" && b.input.type !== "government-department");
  const psow = bodies.some((b) => b.ombudsman === "psow");
  if (lgsco && phsoHealth) return "joint-working-team";
  if (psow && (lgsco || phso)) return "cross-border";
  return "none";
}

function readinessReason(readiness: Readiness, core: readonly AssessedBody[], bodyReasons: readonly Reason[]): ReasonCode {
  switch (readiness) {
    case "ready":
      return core.every(isFinished) ? "ready-to-complain" : "ready-one-body-finished";
    case "complain-to-organisations-first":
      return "not-ready-yet";
    case "not-for-these-ombudsmen":
      return bodyReasons.some((r) => MAY_STILL_LOOK_REASONS.includes(r.code))
        ? "not-usually-for-these-ombudsmen"
        : "not-for-these-ombudsmen";
  }
}

/** Names several organisations in one reason; see ReasonParams. */
function bodyListParams(bodies: readonly AssessedBody[]): ReasonParams {
  const params: Record<string, string | number> = { bodyIndexes: bodies.map((b) => b.index).join(",") };
  for (const body of bodies) {
    const name = body.input.name?.trim();
    if (name) params[`bodyName${body.index}`] = name;
  }
  return params;
}

function bodyReasons(body: AssessedBody, facts: Facts): Reason[] {
  const { input, ombudsman } = body;
  const name = input.name?.trim();
  const about: ReasonParams = name ? { bodyIndex: body.index, bodyName: name } : { bodyIndex: body.index };
  const reasons: Reason[] = coverageReasons(input, ombudsman).map((code) => ({ code, params: about }));
  const add = (code: ReasonCode, params: ReasonParams = {}) => reasons.push({ code, params: { ...about, ...params } });

  const nations = NATION_SPECIFIC_TYPES[input.type];
  if (nations && !nations.includes(input.nation)) add("type-unusual-for-nation");
  if (facts.anyWelshBody && input.nation !== "wales" && CROSS_BORDER_CARE_TYPES.includes(input.type) && isNhsBody(input) && !paidByNhsWales(input)) {
    add("nhs-wales-funding-check");
  }

  if (ombudsman !== null) {
    if (body.heldForChcReview) add("chc-review-first");
    else if (body.nextStageDue && body.reasonableTimeEndsOn) add("next-stage-first", { date: body.reasonableTimeEndsOn });
    else {
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
      const awaitingCouncil = input.localComplaint.status === "awaiting-response" && ombudsman === "lgsco" && input.type === "council";
      if (awaitingCouncil && facts.topics.has("social-care")) {
        add("adult-social-care-benchmark", periodParams(routingConfig.adultSocialCareBenchmark));
      }
    }
  }
  if (needsMp(body)) add("mp-referral-needed");
  if (input.type === "government-department" && (input.nation === "scotland" || input.nation === "northern-ireland")) {
    add("devolved-department-elsewhere");
  }
  const nipsoFrom = nipsoClockStart(body);
  if (nipsoFrom) add("nipso-time-limit-from-reply", { date: addDuration(nipsoFrom, routingConfig.nipsoTimeLimit), ...periodParams(routingConfig.nipsoTimeLimit) });
  if (input.type === "council" && input.nation === "england" && input.councilTier === "district" && facts.topics.has("social-care")) {
    add("district-council-no-social-care");
  }
  return reasons;
}

/** NIPSO counts from the end of the organisation's own process: the date of its last-stage reply, if known. */
function nipsoClockStart(body: AssessedBody): IsoDate | null {
  const complaint = body.input.localComplaint;
  return body.ombudsman === "nipso" && complaint.status === "final-response" && complaint.finalStage !== false
    ? complaint.finalResponseOn
    : null;
}

function coverageReasons(body: BodyInput, ombudsman: Ombudsman | null): ReasonCode[] {
  const welshPrivate: ReasonCode[] =
    body.nation !== "wales"
      ? []
      : body.type === "independent-healthcare"
        ? ["psow-linked-private-treatment", "psow-independent-palliative-care"]
        : ["psow-linked-private-treatment"];
  switch (ombudsman) {
    case "lgsco":
      return [body.type === "care-provider" ? "lgsco-remit-care-provider" : "lgsco-remit-council"];
    case "phso":
      return [body.type === "government-department" ? "phso-remit-government" : "phso-remit-nhs"];
    case "psow":
      return [paidByNhsWales(body) ? "psow-remit-nhs" : (PSOW_REMIT_REASONS[body.type] ?? "psow-remit-nhs")];
    case "housing-ombudsman":
      return [body.type === "council" ? "housing-ombudsman-remit-council-landlord" : "housing-ombudsman-remit"];
    case "spso":
      return ["spso-remit"];
    case "nipso":
      return ["nipso-remit"];
    case "iscas":
      return ["iscas-remit", ...welshPrivate];
    case null:
      if (body.type === "school") return ["school-own-process"];
      if (PAID_HEALTHCARE_TYPES.includes(body.type)) {
        if (body.funding === "council") {
          // Council money is public money: an independent hospice in Wales may still be PSOW's.
          return body.nation === "wales" && body.type === "independent-healthcare"
            ? ["council-funded-name-council", "psow-independent-palliative-care"]
            : ["council-funded-name-council"];
        }
        return ["private-healthcare-not-covered", ...welshPrivate];
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

function topicReasons(input: RoutingInput, { topics }: Facts): ReasonCode[] {
  const { bodies } = input;
  const reasons: ReasonCode[] = [];
  const english = bodies.filter((b) => b.nation === "england");
  const inWales = bodies.some((b) => b.nation === "wales");
  if (topics.has("chc-eligibility")) {
    if (english.length > 0 && !english.some(isNhsBody)) reasons.push("chc-name-icb");
    if (inWales) reasons.push("chc-wales-health-board-review");
  }
  if (topics.has("childrens-social-care") && english.some((b) => b.type === "council")) reasons.push("childrens-social-care-stages");
  if ((topics.has("social-care") || topics.has("childrens-social-care")) && bodies.some((b) => b.type === "council" && b.nation === "wales")) {
    reasons.push("welsh-social-services-stages");
  }
  if (topics.has("send-tribunal-appeal")) {
    // A tribunal decision, or an appeal under way, means the person appealed.
    const appealed = input.courtDecided === true || input.legalAction === "started" || input.legalAction === "finished";
    if (english.length > 0) reasons.push(appealed ? "send-tribunal-appealed" : "send-tribunal");
    if (inWales) reasons.push("education-tribunal-wales");
  }
  return reasons;
}

function signpostsFor(bodies: readonly AssessedBody[], facts: Facts, mpReferralNeeded: boolean): SignpostId[] {
  const { topics } = facts;
  const inputs = bodies.map((b) => b.input);
  const wanted = new Set<SignpostId>();
  const inEngland = inputs.some((b) => b.nation === "england");
  const inWales = inputs.some((b) => b.nation === "wales");

  if (topics.has("safeguarding-risk-now")) wanted.add("safeguarding");
  // Free complaints advocacy exists for NHS complaints (England) and NHS and social care (Wales), not for everything.
  if (inputs.some(isEnglishNhs)) wanted.add("nhs-complaints-advocacy");
  if (inputs.some((b) => llaisCovers(b, topics))) wanted.add("llais");
  if (mpReferralNeeded) wanted.add("mp");
  if (facts.chcReviewPending && inEngland) wanted.add("chc-independent-review");
  if (inputs.some((b) => b.type === "school")) wanted.add("school-complaints-process");
  if (topics.has("send-tribunal-appeal")) {
    if (inEngland) wanted.add("send-tribunal");
    if (inWales) wanted.add("education-tribunal-wales");
  }
  for (const { ombudsman } of bodies) {
    const scheme = SIGNPOSTED_OMBUDSMEN.find((o) => o === ombudsman);
    if (scheme) wanted.add(scheme);
  }
  // ISCAS members are private providers anywhere in the UK; outside England and Wales no ombudsman is the route.
  if (inputs.some((b) => b.type === "independent-healthcare" && b.funding === "self")) wanted.add("iscas");
  for (const body of inputs) {
    const regulator = regulatorFor(body);
    if (regulator) wanted.add(regulator);
  }
  return SIGNPOSTS.filter((s) => wanted.has(s));
}

/** Llais: NHS Wales (bodies, or care it paid for anywhere), Welsh care providers, Welsh councils' social care. */
function llaisCovers(body: BodyInput, topics: ReadonlySet<Topic>): boolean {
  if (paidByNhsWales(body)) return true;
  if (body.nation !== "wales") return false;
  return isNhsBody(body) || body.type === "care-provider" || (body.type === "council" && topics.has("social-care"));
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
