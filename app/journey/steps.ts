import * as z from "zod";
import {
  AUTHORITIES,
  BODY_TYPES,
  CONSENT_VALUES,
  FUNDING_REQUIRED_TYPES,
  FUNDINGS,
  LEGAL_ACTIONS,
  NATIONS,
  PERSON_AFFECTED,
  type BodyType,
} from "~/routing/types";
import {
  COMPLAINANTS,
  CONSENT_METHODS,
  CONTACT_METHODS,
  EVIDENCE,
  OUTCOMES_WANTED,
  type Answers,
  type MonthYear,
  type Organisation,
} from "./answers";
import { addProblems, ALWAYS, checkMonthYear, checkRevealedText, choice, EMAIL, monthYearFields, optionalText, PHONE, POSTCODE, required, revealedText, text } from "./fields";
import { isAfterMonth } from "./month-year";

export const STEP_KINDS = [
  "risk",
  "urgent-help",
  "who",
  "person-affected",
  "authority",
  "org-type",
  "org-which",
  "org-complaint",
  "organisations",
  "what-happened",
  "dates",
  "impact",
  "put-right",
  "legal-action",
  "delay",
  "outcome",
  "your-details",
  "preferences",
  "address",
  "check-answers",
  "consent",
  "declaration",
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** A step on the path; organisation steps carry the organisation's id. */
export type StepRef = { kind: StepKind; orgId?: string };

/** What a step's schema may depend on besides the form itself. */
export type StepContext = {
  today: string;
  answers: Answers;
  orgId?: string;
  /** Server only: whether a directory code exists. The browser accepts any code and the server decides. */
  knownCode?: (code: string, type: BodyType) => boolean;
};

export type FormValues = Record<string, string | string[] | undefined>;

export type StepDef = {
  kind: StepKind;
  /** Pages where abuse or neglect may be discussed get "Exit this page". */
  exitPage?: boolean;
  /** The form's schema; information pages have none. */
  schema?: (ctx: StepContext) => z.ZodType<unknown>;
  /** The stored answer as form values: refills the form and lets the walk re-validate it. */
  toForm?: (answers: Answers, orgId?: string) => FormValues | undefined;
  /** Store a valid submission, returning new answers. */
  apply?: (answers: Answers, value: never, orgId?: string) => Answers;
};

/** Organisation types found in the directory, chosen by search; the rest are named in free text. */
export const DIRECTORY_TYPES = ["council", "nhs-trust", "health-board", "icb"] as const satisfies readonly BodyType[];
export const isDirectoryType = (type: BodyType | undefined) => (DIRECTORY_TYPES as readonly string[]).includes(type ?? "");
export const needsFunding = (type: BodyType | undefined) => (FUNDING_REQUIRED_TYPES as readonly string[]).includes(type ?? "");

export const NOT_LISTED = "not-listed";

const my = (value?: MonthYear): FormValues => (value ? { Month: String(value.month), Year: String(value.year) } : {});
const withPrefix = (prefix: string, values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [`${prefix}${key}`, value]));

export const findOrg = (answers: Answers, orgId?: string): Organisation | undefined =>
  answers.organisations?.find((org) => org.id === orgId);

function updateOrg(answers: Answers, orgId: string | undefined, change: (org: Organisation) => Organisation): Answers {
  return { ...answers, organisations: (answers.organisations ?? []).map((org) => (org.id === orgId ? change(org) : org)) };
}

export const isRepresentative = (answers: Answers) => answers.who !== undefined && answers.who.complainant !== "person-affected";

const risk: StepDef = {
  kind: "risk",
  exitPage: true,
  schema: () => z.object({ riskNow: choice(["yes", "no"], "errors.risk.required") }),
  toForm: (a) => (a.risk ? { riskNow: a.risk.riskNow } : undefined),
  apply: (a, v: { riskNow: "yes" | "no" }) => ({ ...a, risk: v }),
};

const who: StepDef = {
  kind: "who",
  schema: () =>
    z
      .object({ complainant: choice(COMPLAINANTS, "errors.who.required"), otherDescription: revealedText() })
      .superRefine((v, ctx) => {
        if (v.complainant === "other") checkRevealedText(ctx, "otherDescription", v.otherDescription, { requiredKey: "errors.who.otherRequired", max: 200 });
      }, ALWAYS),
  toForm: (a) => (a.who ? { complainant: a.who.complainant, otherDescription: a.who.otherDescription } : undefined),
  apply: (a, v: NonNullable<Answers["who"]>) => ({
    ...a,
    who: { complainant: v.complainant, otherDescription: v.complainant === "other" ? v.otherDescription : undefined },
  }),
};

const personAffected: StepDef = {
  kind: "person-affected",
  schema: () => z.object({ fullName: text("errors.personAffected.nameRequired", 200), status: choice(PERSON_AFFECTED, "errors.personAffected.statusRequired") }),
  toForm: (a) => (a.personAffected ? { ...a.personAffected } : undefined),
  apply: (a, v: NonNullable<Answers["personAffected"]>) => ({ ...a, personAffected: v }),
};

const authority: StepDef = {
  kind: "authority",
  schema: ({ answers }) =>
    answers.personAffected?.status === "can-consent"
      ? z.object({ consent: choice(CONSENT_VALUES, "errors.authority.consentRequired") })
      : z.object({ authority: choice(AUTHORITIES, "errors.authority.authorityRequired") }),
  toForm: (a) => (a.authority ? { consent: a.authority.consent, authority: a.authority.authority } : undefined),
  apply: (a, v: { consent?: never; authority?: never }) => ({ ...a, authority: { consent: v.consent, authority: v.authority } }),
};

const orgType: StepDef = {
  kind: "org-type",
  schema: () => z.object({ type: choice(BODY_TYPES, "errors.orgType.required") }),
  toForm: (a, orgId) => {
    const org = findOrg(a, orgId);
    return org?.type ? { type: org.type } : undefined;
  },
  // A new type makes the old choice of organisation and funding meaningless.
  apply: (a, v: { type: BodyType }, orgId) =>
    updateOrg(a, orgId, (org) => (org.type === v.type ? org : { id: org.id, type: v.type, local: org.local })),
};

const orgWhich: StepDef = {
  kind: "org-which",
  schema: ({ answers, orgId, knownCode }) => {
    const type = findOrg(answers, orgId)?.type;
    if (isDirectoryType(type)) {
      return z
        .object({ code: required("errors.orgWhich.chooseRequired"), name: revealedText(), nation: z.enum(NATIONS, { error: "errors.orgWhich.nationRequired" }).optional() })
        .superRefine((v, ctx) => {
          if (v.code === NOT_LISTED) {
            checkRevealedText(ctx, "name", v.name, { requiredKey: "errors.orgWhich.nameRequired", max: 200 });
            if (!v.nation) ctx.addIssue({ code: "custom", path: ["nation"], message: "errors.orgWhich.nationRequired" });
          } else if (v.code && knownCode && type && !knownCode(v.code, type)) {
            ctx.addIssue({ code: "custom", path: ["code"], message: "errors.orgWhich.unknownCode" });
          }
        }, ALWAYS);
    }
    return z.object({
      name: text("errors.orgWhich.nameRequired", 200),
      nation: choice(NATIONS, "errors.orgWhich.nationRequired"),
      ...(needsFunding(type) ? { funding: choice(FUNDINGS, "errors.orgWhich.fundingRequired") } : {}),
    });
  },
  toForm: (a, orgId) => {
    const org = findOrg(a, orgId);
    if (!org || (!org.code && !org.name)) return undefined;
    if (isDirectoryType(org.type)) return org.code ? { code: org.code } : { code: NOT_LISTED, name: org.name, nation: org.nation };
    return { name: org.name, nation: org.nation, funding: org.funding };
  },
  apply: (a, v: { code?: string; name?: string; nation?: Organisation["nation"]; funding?: Organisation["funding"] }, orgId) =>
    updateOrg(a, orgId, (org) =>
      v.code && v.code !== NOT_LISTED
        ? { id: org.id, type: org.type, code: v.code, local: org.local }
        : { id: org.id, type: org.type, name: v.name, nation: v.nation, funding: needsFunding(org.type) ? v.funding : undefined, local: org.local },
    ),
};

const LOCAL_STATUS_VALUES = ["final-response", "awaiting-response", "not-made"] as const;

const orgComplaint: StepDef = {
  kind: "org-complaint",
  schema: ({ today }) =>
    z
      .object({
        status: choice(LOCAL_STATUS_VALUES, "errors.orgComplaint.required"),
        ...monthYearFields("finalMade"),
        ...monthYearFields("final"),
        ...monthYearFields("awaitingMade"),
      })
      .superRefine((v, ctx) => {
        const raw = v as Record<string, unknown>;
        if (v.status === "final-response") {
          const made = checkMonthYear("finalMade", raw, { requiredKey: "errors.orgComplaint.madeRequired", today });
          const final = checkMonthYear("final", raw, { requiredKey: "errors.orgComplaint.finalRequired", today });
          addProblems(ctx, [...made.problems, ...final.problems]);
          if (made.value && final.value && isAfterMonth(made.value, final.value))
            ctx.addIssue({ code: "custom", path: ["finalMonth"], message: "errors.orgComplaint.finalBeforeMade" });
        }
        if (v.status === "awaiting-response") {
          addProblems(ctx, checkMonthYear("awaitingMade", raw, { requiredKey: "errors.orgComplaint.madeRequired", today }).problems);
        }
      }, ALWAYS),
  toForm: (a, orgId) => {
    const local = findOrg(a, orgId)?.local;
    if (!local) return undefined;
    if (local.status === "final-response")
      return { status: local.status, ...withPrefix("finalMade", my(local.madeOn)), ...withPrefix("final", my(local.finalResponseOn)) };
    if (local.status === "awaiting-response") return { status: local.status, ...withPrefix("awaitingMade", my(local.madeOn)) };
    return { status: local.status };
  },
  apply: (a, v: Record<string, string | undefined> & { status: (typeof LOCAL_STATUS_VALUES)[number] }, orgId) => {
    const pair = (prefix: string): MonthYear => ({ month: Number(v[`${prefix}Month`]), year: Number(v[`${prefix}Year`]) });
    const local: Organisation["local"] =
      v.status === "final-response"
        ? { status: v.status, madeOn: pair("finalMade"), finalResponseOn: pair("final") }
        : v.status === "awaiting-response"
          ? { status: v.status, madeOn: pair("awaitingMade") }
          : { status: "not-made" };
    return updateOrg(a, orgId, (org) => ({ ...org, local }));
  },
};

const organisations: StepDef = {
  kind: "organisations",
  // "Add an organisation" (intent=add) needs no answer; "Continue" needs yes or no.
  schema: () =>
    z
      .object({ intent: z.string().optional(), addAnother: choice(["yes", "no"], "errors.organisations.addAnotherRequired").optional() })
      .superRefine((v, ctx) => {
        if (v.intent !== "add" && !v.addAnother) ctx.addIssue({ code: "custom", path: ["addAnother"], message: "errors.organisations.addAnotherRequired" });
      }, ALWAYS),
  toForm: (a) => (a.organisationsDone ? { addAnother: "no" } : undefined),
  apply: (a, v: { addAnother: "yes" | "no" }) => ({ ...a, organisationsDone: v.addAnother === "no" }),
};

const whatHappened: StepDef = {
  kind: "what-happened",
  exitPage: true,
  schema: () => z.object({ description: text("errors.whatHappened.required", 10000) }),
  toForm: (a) => (a.whatHappened ? { ...a.whatHappened } : undefined),
  apply: (a, v: NonNullable<Answers["whatHappened"]>) => ({ ...a, whatHappened: v }),
};

const dates: StepDef = {
  kind: "dates",
  schema: ({ today }) =>
    z
      .object({
        ...monthYearFields("started"),
        ongoing: choice(["yes", "no"], "errors.dates.ongoingRequired"),
        ...monthYearFields("ended"),
        ...monthYearFields("aware"),
      })
      .superRefine((v, ctx) => {
        const raw = v as Record<string, unknown>;
        const started = checkMonthYear("started", raw, { requiredKey: "errors.dates.startedRequired", today });
        const aware = checkMonthYear("aware", raw, { requiredKey: "errors.dates.awareRequired", today });
        addProblems(ctx, [...started.problems, ...aware.problems]);
        if (started.value && aware.value && isAfterMonth(started.value, aware.value))
          ctx.addIssue({ code: "custom", path: ["awareMonth"], message: "errors.dates.awareBeforeStarted" });
        if (v.ongoing === "no") {
          const ended = checkMonthYear("ended", raw, { requiredKey: "errors.dates.endedRequired", today });
          addProblems(ctx, ended.problems);
          if (started.value && ended.value && isAfterMonth(started.value, ended.value))
            ctx.addIssue({ code: "custom", path: ["endedMonth"], message: "errors.dates.endedBeforeStarted" });
        }
      }, ALWAYS),
  toForm: (a) =>
    a.dates
      ? {
          ...withPrefix("started", my(a.dates.started)),
          ongoing: a.dates.ongoing ? "yes" : "no",
          ...withPrefix("ended", my(a.dates.ended)),
          ...withPrefix("aware", my(a.dates.aware)),
        }
      : undefined,
  apply: (a, v: Record<string, string | undefined>) => {
    const pair = (prefix: string): MonthYear => ({ month: Number(v[`${prefix}Month`]), year: Number(v[`${prefix}Year`]) });
    const ongoing = v.ongoing === "yes";
    return { ...a, dates: { started: pair("started"), ongoing, ended: ongoing ? undefined : pair("ended"), aware: pair("aware") } };
  },
};

const impact: StepDef = {
  kind: "impact",
  exitPage: true,
  schema: () => z.object({ onPerson: text("errors.impact.required", 5000), onYou: optionalText(5000) }),
  toForm: (a) => (a.impact ? { ...a.impact } : undefined),
  apply: (a, v: NonNullable<Answers["impact"]>) => ({ ...a, impact: { onPerson: v.onPerson, onYou: isRepresentative(a) ? v.onYou : undefined } }),
};

const putRight: StepDef = {
  kind: "put-right",
  schema: () =>
    z
      .object({
        // Checked as one list, so an unknown value is reported on the checkboxes rather than on "outcomes[0]".
        outcomes: z
          .array(z.string(), { error: "errors.putRight.required" })
          .min(1, "errors.putRight.required")
          .refine((values) => values.every((value) => (OUTCOMES_WANTED as readonly string[]).includes(value)), "errors.putRight.required"),
        other: revealedText(),
      })
      .superRefine((v, ctx) => {
        if (v.outcomes?.includes("other")) checkRevealedText(ctx, "other", v.other, { requiredKey: "errors.putRight.otherRequired", max: 2000 });
      }, ALWAYS),
  toForm: (a) => (a.putRight ? { outcomes: a.putRight.outcomes, other: a.putRight.other } : undefined),
  apply: (a, v: NonNullable<Answers["putRight"]>) => ({
    ...a,
    putRight: { outcomes: [...new Set(v.outcomes)], other: v.outcomes.includes("other") ? v.other : undefined },
  }),
};

const legal: StepDef = {
  kind: "legal-action",
  schema: () =>
    z
      .object({
        action: choice(LEGAL_ACTIONS, "errors.legal.actionRequired"),
        courtDecided: choice(["yes", "no"], "errors.legal.courtRequired"),
        details: revealedText(),
      })
      .superRefine((v, ctx) => {
        if (v.courtDecided === "yes") checkRevealedText(ctx, "details", v.details, { requiredKey: "errors.legal.detailsRequired", max: 2000 });
      }, ALWAYS),
  toForm: (a) => (a.legal ? { ...a.legal } : undefined),
  apply: (a, v: NonNullable<Answers["legal"]>) => ({ ...a, legal: { ...v, details: v.courtDecided === "yes" ? v.details : undefined } }),
};

const delay: StepDef = {
  kind: "delay",
  schema: () => z.object({ reason: text("errors.delay.required", 5000) }),
  toForm: (a) => (a.delay ? { ...a.delay } : undefined),
  apply: (a, v: NonNullable<Answers["delay"]>) => ({ ...a, delay: v }),
};

const yourDetails: StepDef = {
  kind: "your-details",
  schema: () =>
    z
      .object({ fullName: text("errors.yourDetails.nameRequired", 200), email: optionalText(254), phone: optionalText(30) })
      .superRefine((v, ctx) => {
        if (!v.email && !v.phone) ctx.addIssue({ code: "custom", path: ["email"], message: "errors.yourDetails.contactRequired" });
        if (v.email && !EMAIL.test(v.email)) ctx.addIssue({ code: "custom", path: ["email"], message: "errors.yourDetails.emailInvalid" });
        if (v.phone && !PHONE.test(v.phone)) ctx.addIssue({ code: "custom", path: ["phone"], message: "errors.yourDetails.phoneInvalid" });
      }, ALWAYS),
  toForm: (a) => (a.yourDetails ? { ...a.yourDetails } : undefined),
  apply: (a, v: NonNullable<Answers["yourDetails"]>) => ({ ...a, yourDetails: v }),
};

const preferences: StepDef = {
  kind: "preferences",
  schema: ({ answers }) =>
    z
      .object({
        method: choice(CONTACT_METHODS, "errors.preferences.methodRequired"),
        letterLanguage: choice(["en", "cy"], "errors.preferences.languageRequired"),
        needs: optionalText(2000),
      })
      .superRefine((v, ctx) => {
        if (v.method === "email" && !answers.yourDetails?.email)
          ctx.addIssue({ code: "custom", path: ["method"], message: "errors.preferences.noEmail" });
        if (v.method === "phone" && !answers.yourDetails?.phone)
          ctx.addIssue({ code: "custom", path: ["method"], message: "errors.preferences.noPhone" });
      }, ALWAYS),
  toForm: (a) => (a.preferences ? { ...a.preferences } : undefined),
  apply: (a, v: NonNullable<Answers["preferences"]>) => ({ ...a, preferences: v }),
};

const address: StepDef = {
  kind: "address",
  schema: ({ answers }) =>
    z
      .object({ line1: optionalText(200), line2: optionalText(200), town: optionalText(100), postcode: optionalText(10) })
      .superRefine((v, ctx) => {
        const byPost = answers.preferences?.method === "post";
        const any = Boolean(v.line1 || v.line2 || v.town || v.postcode);
        if (byPost || any) {
          if (!v.line1) ctx.addIssue({ code: "custom", path: ["line1"], message: byPost ? "errors.address.line1RequiredPost" : "errors.address.line1Required" });
          if (!v.town) ctx.addIssue({ code: "custom", path: ["town"], message: "errors.address.townRequired" });
          if (!v.postcode) ctx.addIssue({ code: "custom", path: ["postcode"], message: "errors.address.postcodeRequired" });
        }
        if (v.postcode && !POSTCODE.test(v.postcode)) ctx.addIssue({ code: "custom", path: ["postcode"], message: "errors.address.postcodeInvalid" });
      }, ALWAYS),
  toForm: (a) => (a.address ? { ...a.address } : undefined),
  apply: (a, v: NonNullable<Answers["address"]>) => ({
    ...a,
    address: { ...v, postcode: v.postcode?.toUpperCase().replace(/\s+/g, "").replace(/(\d[A-Z]{2})$/, " $1") },
  }),
};

/** A representative's consent or authority: how the person affected agrees, or what evidence there is. */
const consent: StepDef = {
  kind: "consent",
  schema: ({ answers }) =>
    answers.personAffected?.status === "can-consent"
      ? z
          .object({
            method: choice(CONSENT_METHODS, "errors.consent.methodRequired"),
            confirmedName: revealedText(),
            agree: z.string().optional(),
            requestEmail: revealedText(),
            requestLang: revealedText(),
          })
          .superRefine((v, ctx) => {
            if (answers.authority?.consent === "refused") ctx.addIssue({ code: "custom", path: ["method"], message: "errors.consent.refused" });
            // Follow-up answers are checked only for the option chosen: text left in a closed one is ignored.
            if (v.method === "confirmed-here") {
              checkRevealedText(ctx, "confirmedName", v.confirmedName, { requiredKey: "errors.consent.nameRequired", max: 200 });
              if (v.agree !== "yes") ctx.addIssue({ code: "custom", path: ["agree"], message: "errors.consent.agreeRequired" });
            }
            if (v.method === "email-request") {
              checkRevealedText(ctx, "requestEmail", v.requestEmail, { requiredKey: "errors.consent.emailRequired", max: 254 });
              if (v.requestEmail && v.requestEmail.length <= 254 && !EMAIL.test(v.requestEmail))
                ctx.addIssue({ code: "custom", path: ["requestEmail"], message: "errors.consent.emailInvalid" });
              if (v.requestLang !== "en" && v.requestLang !== "cy") ctx.addIssue({ code: "custom", path: ["requestLang"], message: "errors.consent.languageRequired" });
            }
          }, ALWAYS)
      : z
          .object({
            // Checked as one list, so an unknown value is reported on the checkboxes rather than on "evidence[0]".
            evidence: z
              .array(z.string(), { error: "errors.consent.evidenceRequired" })
              .min(1, "errors.consent.evidenceRequired")
              .refine((values) => values.every((value) => (EVIDENCE as readonly string[]).includes(value)), "errors.consent.evidenceRequired"),
          })
          .superRefine((v, ctx) => {
            if (v.evidence?.includes("none") && v.evidence.length > 1) ctx.addIssue({ code: "custom", path: ["evidence"], message: "errors.consent.evidenceNoneAlone" });
          }),
  toForm: (a) => {
    const c = a.consent;
    if (!c) return undefined;
    if (c.evidence) return { evidence: c.evidence };
    return {
      method: c.method,
      confirmedName: c.confirmedName,
      agree: c.method === "confirmed-here" ? "yes" : undefined,
      requestEmail: c.requestEmail,
      requestLang: c.requestLang,
    };
  },
  apply: (a, v: { method?: (typeof CONSENT_METHODS)[number]; confirmedName?: string; requestEmail?: string; requestLang?: "en" | "cy"; evidence?: (typeof EVIDENCE)[number][] }) => ({
    ...a,
    consent: v.evidence
      ? { evidence: [...new Set(v.evidence)] }
      : {
          method: v.method,
          confirmedName: v.method === "confirmed-here" ? v.confirmedName : undefined,
          requestEmail: v.method === "email-request" ? v.requestEmail : undefined,
          requestLang: v.method === "email-request" ? v.requestLang : undefined,
        },
  }),
};

const declaration: StepDef = {
  kind: "declaration",
  schema: () =>
    z.object({
      shareAgreed: z.literal("yes", { error: "errors.declaration.shareRequired" }),
      truthDeclared: z.literal("yes", { error: "errors.declaration.truthRequired" }),
    }),
  toForm: (a) => (a.declaration ? { shareAgreed: a.declaration.shareAgreed ? "yes" : undefined, truthDeclared: a.declaration.truthDeclared ? "yes" : undefined } : undefined),
  apply: (a) => ({ ...a, declaration: { shareAgreed: true, truthDeclared: true } }),
};

export const STEPS: Record<StepKind, StepDef> = {
  risk,
  "urgent-help": { kind: "urgent-help", exitPage: true },
  who,
  "person-affected": personAffected,
  authority,
  "org-type": orgType,
  "org-which": orgWhich,
  "org-complaint": orgComplaint,
  organisations,
  "what-happened": whatHappened,
  dates,
  impact,
  "put-right": putRight,
  "legal-action": legal,
  delay,
  outcome: { kind: "outcome" },
  "your-details": yourDetails,
  preferences,
  address,
  "check-answers": { kind: "check-answers" },
  consent,
  declaration,
};
