// Every step's schema, table-driven: what each field accepts, and the one
// message (a locale key) each bad answer gets, on the field the person must fix.
import fs from "node:fs";
import path from "node:path";
import { parseWithZod } from "@conform-to/zod/v4";
import type { Answers } from "./answers";
import { splitMessage } from "./fields";
import { STEP_KINDS, stepOf, type StepKind } from "./registry";
import type { FormValues } from "./step";
import { formData, knownCode, selfAnswers, stepContext, TODAY } from "./test-support";

const long = (length: number) => "x".repeat(length);
const tooLong = (max: number) => `errors.common.tooLong|max=${max}`;

type Outcome = "valid" | Record<string, string>;

/** The first message on each field with a problem, or "valid". */
function check(kind: StepKind, values: FormValues, options: { answers?: Answers; orgId?: string; today?: string; server?: boolean } = {}): Outcome {
  const schema = stepOf(kind).form?.schema;
  if (!schema) throw new Error(`${kind} has no form`);
  const ctx = stepContext(options.answers ?? {}, options.orgId, { today: options.today ?? TODAY, knownCode: options.server === false ? undefined : knownCode });
  const submission = parseWithZod(formData(values), { schema: schema(ctx) });
  if (submission.status === "success") return "valid";
  return Object.fromEntries(
    Object.entries(submission.error ?? {})
      .filter(([, messages]) => messages && messages.length > 0)
      .map(([field, messages]) => [field, messages![0]!]),
  );
}

type Case = { name: string; kind: StepKind; values: FormValues; answers?: Answers; orgId?: string; today?: string; server?: boolean; expected: Outcome };

const org = (type: NonNullable<NonNullable<Answers["organisations"]>[number]["type"]>): Answers => ({ organisations: [{ id: "o1", type }] });
const canConsent: Answers = { who: { complainant: "relative-or-friend" }, personAffected: { fullName: "A", status: "can-consent" } };
const lacksCapacity: Answers = { who: { complainant: "advocate" }, personAffected: { fullName: "A", status: "lacks-capacity" } };
const emailOnly: Answers = { yourDetails: { fullName: "Sam", email: "sam@example.org" } };
const phoneOnly: Answers = { yourDetails: { fullName: "Sam", phone: "029 2018 0500" } };
const byPost: Answers = { preferences: { method: "post", letterLanguage: "cy" } };
const byEmail: Answers = { preferences: { method: "email", letterLanguage: "en" } };

/** A valid "when did it happen?" answer (TODAY is March 2026), to vary one part at a time. */
const dates = (extra: FormValues = {}): FormValues => ({
  startedMonth: "6",
  startedYear: "2025",
  ongoing: "no",
  endedMonth: "8",
  endedYear: "2025",
  awareMonth: "7",
  awareYear: "2025",
  ...extra,
});
const started = (month: string, year: string) => dates({ startedMonth: month, startedYear: year });

const CASES: Case[] = [
  // Is anyone at risk?
  { name: "nothing chosen", kind: "risk", values: {}, expected: { riskNow: "errors.risk.required" } },
  { name: "an unknown option", kind: "risk", values: { riskNow: "maybe" }, expected: { riskNow: "errors.risk.required" } },
  { name: "both options at once", kind: "risk", values: { riskNow: ["yes", "no"] }, expected: { riskNow: "errors.risk.required" } },
  { name: "yes", kind: "risk", values: { riskNow: "yes" }, expected: "valid" },

  // Who is complaining?
  { name: "nothing chosen", kind: "who", values: {}, expected: { complainant: "errors.who.required" } },
  { name: "an unknown option", kind: "who", values: { complainant: "cousin" }, expected: { complainant: "errors.who.required" } },
  { name: "someone else, not described", kind: "who", values: { complainant: "other" }, expected: { otherDescription: "errors.who.otherRequired" } },
  { name: "someone else, described in spaces", kind: "who", values: { complainant: "other", otherDescription: "   " }, expected: { otherDescription: "errors.who.otherRequired" } },
  { name: "a description over 200", kind: "who", values: { complainant: "other", otherDescription: long(201) }, expected: { otherDescription: tooLong(200) } },
  { name: "a description of exactly 200", kind: "who", values: { complainant: "other", otherDescription: long(200) }, expected: "valid" },
  { name: "an advocate", kind: "who", values: { complainant: "advocate" }, expected: "valid" },

  // About the person affected
  { name: "nothing given", kind: "person-affected", values: {}, expected: { fullName: "errors.personAffected.nameRequired", status: "errors.personAffected.statusRequired" } },
  { name: "a name of spaces", kind: "person-affected", values: { fullName: "  \t ", status: "child" }, expected: { fullName: "errors.personAffected.nameRequired" } },
  { name: "a name over 200", kind: "person-affected", values: { fullName: long(201), status: "child" }, expected: { fullName: tooLong(200) } },
  { name: "an unknown status", kind: "person-affected", values: { fullName: "Rhian", status: "alive" }, expected: { status: "errors.personAffected.statusRequired" } },
  { name: "a name and status", kind: "person-affected", values: { fullName: "Rhian", status: "deceased" }, expected: "valid" },

  // Consent or authority, depending on the person
  { name: "no consent answer", kind: "authority", answers: canConsent, values: {}, expected: { consent: "errors.authority.consentRequired" } },
  { name: "an unknown consent", kind: "authority", answers: canConsent, values: { consent: "maybe" }, expected: { consent: "errors.authority.consentRequired" } },
  { name: "an authority where consent is asked", kind: "authority", answers: canConsent, values: { authority: "none" }, expected: { consent: "errors.authority.consentRequired" } },
  { name: "consent to follow", kind: "authority", answers: canConsent, values: { consent: "to-follow" }, expected: "valid" },
  { name: "no authority answer", kind: "authority", answers: lacksCapacity, values: {}, expected: { authority: "errors.authority.authorityRequired" } },
  { name: "an unknown authority", kind: "authority", answers: lacksCapacity, values: { authority: "friend" }, expected: { authority: "errors.authority.authorityRequired" } },
  { name: "consent where authority is asked", kind: "authority", answers: lacksCapacity, values: { consent: "given" }, expected: { authority: "errors.authority.authorityRequired" } },
  { name: "none of these", kind: "authority", answers: lacksCapacity, values: { authority: "none" }, expected: "valid" },

  // Type of organisation
  { name: "nothing chosen", kind: "org-type", values: {}, expected: { type: "errors.orgType.required" } },
  { name: "an unknown type", kind: "org-type", values: { type: "hospital" }, expected: { type: "errors.orgType.required" } },
  { name: "a council", kind: "org-type", values: { type: "council" }, expected: "valid" },

  // Which organisation: from the directory
  { name: "nothing chosen", kind: "org-which", answers: org("council"), orgId: "o1", values: {}, expected: { code: "errors.orgWhich.chooseRequired" } },
  { name: "a code of spaces", kind: "org-which", answers: org("council"), orgId: "o1", values: { code: "  " }, expected: { code: "errors.orgWhich.chooseRequired" } },
  { name: "a council's code", kind: "org-which", answers: org("council"), orgId: "o1", values: { code: "W06000023" }, expected: "valid" },
  { name: "a trust's code for a council", kind: "org-which", answers: org("council"), orgId: "o1", values: { code: "RGT" }, expected: { code: "errors.orgWhich.unknownCode" } },
  { name: "a made-up code", kind: "org-which", answers: org("council"), orgId: "o1", values: { code: "ZZZ999" }, expected: { code: "errors.orgWhich.unknownCode" } },
  { name: "a made-up code, in the browser", kind: "org-which", answers: org("council"), orgId: "o1", server: false, values: { code: "ZZZ999" }, expected: "valid" },
  { name: "a closed CCG's code for an ICB", kind: "org-which", answers: org("icb"), orgId: "o1", values: { code: "00L" }, expected: "valid" },
  {
    name: "not listed, nothing else",
    kind: "org-which",
    answers: org("nhs-trust"),
    orgId: "o1",
    values: { code: "not-listed" },
    expected: { name: "errors.orgWhich.nameRequired", nation: "errors.orgWhich.nationRequired" },
  },
  { name: "not listed, an unknown country", kind: "org-which", answers: org("nhs-trust"), orgId: "o1", values: { code: "not-listed", name: "St Elsewhere", nation: "atlantis" }, expected: { nation: "errors.orgWhich.nationRequired" } },
  { name: "not listed, a name over 200", kind: "org-which", answers: org("nhs-trust"), orgId: "o1", values: { code: "not-listed", name: long(201), nation: "wales" }, expected: { name: tooLong(200) } },
  { name: "not listed, named", kind: "org-which", answers: org("nhs-trust"), orgId: "o1", values: { code: "not-listed", name: "St Elsewhere", nation: "wales" }, expected: "valid" },
  // Which organisation: named in free text
  { name: "nothing given", kind: "org-which", answers: org("gp-practice"), orgId: "o1", values: {}, expected: { name: "errors.orgWhich.nameRequired", nation: "errors.orgWhich.nationRequired" } },
  { name: "a name of spaces", kind: "org-which", answers: org("gp-practice"), orgId: "o1", values: { name: " ", nation: "england" }, expected: { name: "errors.orgWhich.nameRequired" } },
  { name: "a name over 200", kind: "org-which", answers: org("gp-practice"), orgId: "o1", values: { name: long(201), nation: "england" }, expected: { name: tooLong(200) } },
  { name: "an unknown country", kind: "org-which", answers: org("gp-practice"), orgId: "o1", values: { name: "Surgery", nation: "atlantis" }, expected: { nation: "errors.orgWhich.nationRequired" } },
  { name: "a GP practice needs no funding", kind: "org-which", answers: org("gp-practice"), orgId: "o1", values: { name: "Surgery", nation: "england" }, expected: "valid" },
  { name: "a care provider without funding", kind: "org-which", answers: org("care-provider"), orgId: "o1", values: { name: "Meadow View", nation: "england" }, expected: { funding: "errors.orgWhich.fundingRequired" } },
  { name: "a care provider, unknown funding", kind: "org-which", answers: org("care-provider"), orgId: "o1", values: { name: "Meadow View", nation: "england", funding: "lottery" }, expected: { funding: "errors.orgWhich.fundingRequired" } },
  { name: "a care provider paid for by the council", kind: "org-which", answers: org("care-provider"), orgId: "o1", values: { name: "Meadow View", nation: "england", funding: "council" }, expected: "valid" },

  // Have you complained to this organisation?
  { name: "nothing chosen", kind: "org-complaint", values: {}, expected: { status: "errors.orgComplaint.required" } },
  { name: "an unknown status", kind: "org-complaint", values: { status: "banana" }, expected: { status: "errors.orgComplaint.required" } },
  { name: "not yet, stray dates ignored", kind: "org-complaint", values: { status: "not-made", finalMonth: "13", awaitingMadeYear: "abc" }, expected: "valid" },
  {
    name: "final response without dates",
    kind: "org-complaint",
    values: { status: "final-response" },
    expected: { finalMadeMonth: "errors.orgComplaint.madeRequired", finalMonth: "errors.orgComplaint.finalRequired" },
  },
  {
    name: "final response before the complaint",
    kind: "org-complaint",
    values: { status: "final-response", finalMadeMonth: "11", finalMadeYear: "2025", finalMonth: "10", finalYear: "2025" },
    expected: { finalMonth: "errors.orgComplaint.finalBeforeMade" },
  },
  {
    name: "final response a year before, same month",
    kind: "org-complaint",
    values: { status: "final-response", finalMadeMonth: "11", finalMadeYear: "2025", finalMonth: "11", finalYear: "2024" },
    expected: { finalMonth: "errors.orgComplaint.finalBeforeMade" },
  },
  {
    name: "final response in the month of the complaint",
    kind: "org-complaint",
    values: { status: "final-response", finalMadeMonth: "11", finalMadeYear: "2025", finalMonth: "11", finalYear: "2025" },
    expected: "valid",
  },
  {
    name: "final response next month",
    kind: "org-complaint",
    values: { status: "final-response", finalMadeMonth: "2", finalMadeYear: "2026", finalMonth: "4", finalYear: "2026" },
    expected: { finalMonth: "errors.date.future" },
  },
  { name: "waiting, no date", kind: "org-complaint", values: { status: "awaiting-response" }, expected: { awaitingMadeMonth: "errors.orgComplaint.madeRequired" } },
  { name: "waiting, month 13", kind: "org-complaint", values: { status: "awaiting-response", awaitingMadeMonth: "13", awaitingMadeYear: "2025" }, expected: { awaitingMadeMonth: "errors.date.realMonth" } },
  { name: "waiting since this month", kind: "org-complaint", values: { status: "awaiting-response", awaitingMadeMonth: "3", awaitingMadeYear: "2026" }, expected: "valid" },

  // The list of organisations
  { name: "no yes or no", kind: "organisations", values: {}, expected: { addAnother: "errors.organisations.addAnotherRequired" } },
  { name: "an unknown answer", kind: "organisations", values: { addAnother: "maybe" }, expected: { addAnother: "errors.organisations.addAnotherRequired" } },
  { name: "add an organisation needs no answer", kind: "organisations", values: { intent: "add" }, expected: "valid" },
  { name: "no more", kind: "organisations", values: { addAnother: "no" }, expected: "valid" },

  // What went wrong?
  { name: "nothing written", kind: "what-happened", values: {}, expected: { description: "errors.whatHappened.required" } },
  { name: "only spaces and new lines", kind: "what-happened", values: { description: " \n\n  " }, expected: { description: "errors.whatHappened.required" } },
  { name: "over 10,000 characters", kind: "what-happened", values: { description: long(10001) }, expected: { description: tooLong(10000) } },
  { name: "exactly 10,000 characters", kind: "what-happened", values: { description: long(10000) }, expected: "valid" },
  { name: "10,000 characters with spaces around", kind: "what-happened", values: { description: `  ${long(10000)}  ` }, expected: "valid" },

  // When did it happen? (TODAY is 15 March 2026)
  {
    name: "nothing given",
    kind: "dates",
    values: {},
    expected: { startedMonth: "errors.dates.startedRequired", ongoing: "errors.dates.ongoingRequired", awareMonth: "errors.dates.awareRequired" },
  },
  { name: "valid, stopped", kind: "dates", values: dates(), expected: "valid" },
  { name: "valid, still happening, stray end ignored", kind: "dates", values: dates({ ongoing: "yes", endedMonth: "99", endedYear: "x" }), expected: "valid" },
  { name: "an unknown ongoing answer", kind: "dates", values: dates({ ongoing: "sometimes" }), expected: { ongoing: "errors.dates.ongoingRequired" } },
  { name: "stopped, no end date", kind: "dates", values: dates({ endedMonth: "", endedYear: "" }), expected: { endedMonth: "errors.dates.endedRequired" } },
  { name: "month 13", kind: "dates", values: started("13", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "month 0", kind: "dates", values: started("0", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "month 00", kind: "dates", values: started("00", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "month -1", kind: "dates", values: started("-1", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "month 1.5", kind: "dates", values: started("1.5", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "month as a word", kind: "dates", values: started("abc", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "month as a name", kind: "dates", values: started("February", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "a day and month in the month", kind: "dates", values: started("29/2", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "month of three digits", kind: "dates", values: started("012", "2025"), expected: { startedMonth: "errors.date.realMonth" } },
  { name: "full-width digits", kind: "dates", values: started("６", "２０２５"), expected: { startedMonth: "errors.date.realMonth", startedYear: "errors.date.realYear" } },
  { name: "month with a leading zero", kind: "dates", values: started("06", "2025"), expected: "valid" },
  { name: "month and year with spaces around", kind: "dates", values: started(" 6 ", " 2025 "), expected: "valid" },
  { name: "year 99", kind: "dates", values: started("6", "99"), expected: { startedYear: "errors.date.realYear" } },
  { name: "year of five digits", kind: "dates", values: started("6", "20251"), expected: { startedYear: "errors.date.realYear" } },
  { name: "year as a word", kind: "dates", values: started("6", "last"), expected: { startedYear: "errors.date.realYear" } },
  { name: "month and year both wrong", kind: "dates", values: started("13", "99"), expected: { startedMonth: "errors.date.realMonth", startedYear: "errors.date.realYear" } },
  { name: "no month", kind: "dates", values: started("", "2025"), expected: { startedMonth: "errors.date.missingMonth" } },
  { name: "no year", kind: "dates", values: started("6", ""), expected: { startedYear: "errors.date.missingYear" } },
  { name: "year 1899", kind: "dates", values: started("12", "1899"), expected: { startedYear: "errors.date.tooOld" } },
  { name: "year 0999", kind: "dates", values: started("1", "0999"), expected: { startedYear: "errors.date.tooOld" } },
  { name: "January 1900", kind: "dates", values: { ...started("1", "1900"), awareMonth: "1", awareYear: "1900", endedMonth: "1", endedYear: "1900" }, expected: "valid" },
  { name: "next month", kind: "dates", values: dates({ awareMonth: "4", awareYear: "2026" }), expected: { awareMonth: "errors.date.future" } },
  { name: "next year", kind: "dates", values: dates({ awareMonth: "1", awareYear: "2027" }), expected: { awareMonth: "errors.date.future" } },
  { name: "this month", kind: "dates", values: dates({ ongoing: "yes", startedMonth: "3", startedYear: "2026", awareMonth: "3", awareYear: "2026" }), expected: "valid" },
  { name: "stopped before it started", kind: "dates", values: dates({ endedMonth: "5", endedYear: "2025" }), expected: { endedMonth: "errors.dates.endedBeforeStarted" } },
  { name: "stopped in the month it started", kind: "dates", values: dates({ endedMonth: "6", endedYear: "2025", awareMonth: "6" }), expected: "valid" },
  { name: "knew before it started", kind: "dates", values: dates({ awareMonth: "5", awareYear: "2025" }), expected: { awareMonth: "errors.dates.awareBeforeStarted" } },
  { name: "knew a year before it started", kind: "dates", values: dates({ awareMonth: "6", awareYear: "2024" }), expected: { awareMonth: "errors.dates.awareBeforeStarted" } },
  { name: "knew after it stopped", kind: "dates", values: dates({ awareMonth: "1", awareYear: "2026" }), expected: "valid" },
  {
    name: "a future start is not also compared",
    kind: "dates",
    values: dates({ startedMonth: "9", startedYear: "2026" }),
    expected: { startedMonth: "errors.date.future" },
  },

  // How did it affect the person (and you)?
  { name: "nothing written", kind: "impact", values: {}, expected: { onPerson: "errors.impact.required" } },
  { name: "only spaces", kind: "impact", values: { onPerson: "   " }, expected: { onPerson: "errors.impact.required" } },
  { name: "over 5,000 on the person", kind: "impact", values: { onPerson: long(5001) }, expected: { onPerson: tooLong(5000) } },
  { name: "over 5,000 on you", kind: "impact", values: { onPerson: "Hard", onYou: long(5001) }, expected: { onYou: tooLong(5000) } },
  { name: "on you left empty", kind: "impact", values: { onPerson: "Hard", onYou: "" }, expected: "valid" },

  // What would put things right?
  { name: "nothing chosen", kind: "put-right", values: {}, expected: { outcomes: "errors.putRight.required" } },
  { name: "an unknown option", kind: "put-right", values: { outcomes: ["banana"] }, expected: { outcomes: "errors.putRight.required" } },
  { name: "an unknown option among good ones", kind: "put-right", values: { outcomes: ["apology", "banana"] }, expected: { outcomes: "errors.putRight.required" } },
  { name: "something else, not described", kind: "put-right", values: { outcomes: ["apology", "other"] }, expected: { other: "errors.putRight.otherRequired" } },
  { name: "something else, over 2,000", kind: "put-right", values: { outcomes: ["other"], other: long(2001) }, expected: { other: tooLong(2000) } },
  { name: "one option", kind: "put-right", values: { outcomes: "apology" }, expected: "valid" },
  { name: "several options", kind: "put-right", values: { outcomes: ["apology", "payment", "other"], other: "Training" }, expected: "valid" },

  // Legal action
  { name: "nothing chosen", kind: "legal-action", values: {}, expected: { action: "errors.legal.actionRequired", courtDecided: "errors.legal.courtRequired" } },
  { name: "an unknown action", kind: "legal-action", values: { action: "sued", courtDecided: "no" }, expected: { action: "errors.legal.actionRequired" } },
  { name: "an unknown court answer", kind: "legal-action", values: { action: "none", courtDecided: "maybe" }, expected: { courtDecided: "errors.legal.courtRequired" } },
  { name: "a decision, not described", kind: "legal-action", values: { action: "finished", courtDecided: "yes" }, expected: { details: "errors.legal.detailsRequired" } },
  { name: "a decision over 2,000", kind: "legal-action", values: { action: "finished", courtDecided: "yes", details: long(2001) }, expected: { details: tooLong(2000) } },
  { name: "none", kind: "legal-action", values: { action: "none", courtDecided: "no" }, expected: "valid" },

  // Why not sooner?
  { name: "nothing written", kind: "delay", values: {}, expected: { reason: "errors.delay.required" } },
  { name: "only spaces", kind: "delay", values: { reason: "  " }, expected: { reason: "errors.delay.required" } },
  { name: "over 5,000", kind: "delay", values: { reason: long(5001) }, expected: { reason: tooLong(5000) } },

  // Your contact details
  { name: "nothing given", kind: "your-details", values: {}, expected: { fullName: "errors.yourDetails.nameRequired", email: "errors.yourDetails.contactRequired" } },
  { name: "a name but no way to reach you", kind: "your-details", values: { fullName: "Sam", email: " ", phone: "" }, expected: { email: "errors.yourDetails.contactRequired" } },
  { name: "a name over 200", kind: "your-details", values: { fullName: long(201), email: "sam@example.org" }, expected: { fullName: tooLong(200) } },
  { name: "an email without @", kind: "your-details", values: { fullName: "Sam", email: "sam.example.org" }, expected: { email: "errors.yourDetails.emailInvalid" } },
  { name: "an email without a domain dot", kind: "your-details", values: { fullName: "Sam", email: "sam@example" }, expected: { email: "errors.yourDetails.emailInvalid" } },
  { name: "an email with a space", kind: "your-details", values: { fullName: "Sam", email: "sam example@example.org" }, expected: { email: "errors.yourDetails.emailInvalid" } },
  { name: "an email over 254", kind: "your-details", values: { fullName: "Sam", email: `${long(250)}@example.org` }, expected: { email: tooLong(254) } },
  { name: "an email with spaces around", kind: "your-details", values: { fullName: "Sam", email: " sam@example.org " }, expected: "valid" },
  { name: "a phone number too short", kind: "your-details", values: { fullName: "Sam", phone: "12345" }, expected: { phone: "errors.yourDetails.phoneInvalid" } },
  { name: "a phone number with letters", kind: "your-details", values: { fullName: "Sam", phone: "029 CALL ME NOW" }, expected: { phone: "errors.yourDetails.phoneInvalid" } },
  { name: "a phone number over 30", kind: "your-details", values: { fullName: "Sam", phone: "0".repeat(31) }, expected: { phone: tooLong(30) } },
  { name: "a good phone, a bad email", kind: "your-details", values: { fullName: "Sam", phone: "07700 900982", email: "nope" }, expected: { email: "errors.yourDetails.emailInvalid" } },
  { name: "a UK phone number", kind: "your-details", values: { fullName: "Sam", phone: "029 2018 0500" }, expected: "valid" },
  { name: "an international phone number", kind: "your-details", values: { fullName: "Sam", phone: "+44 (0)29 2018-0500" }, expected: "valid" },

  // How should the ombudsman contact you?
  { name: "nothing chosen", kind: "preferences", answers: emailOnly, values: {}, expected: { method: "errors.preferences.methodRequired", letterLanguage: "errors.preferences.languageRequired" } },
  { name: "an unknown method", kind: "preferences", answers: emailOnly, values: { method: "pigeon", letterLanguage: "en" }, expected: { method: "errors.preferences.methodRequired" } },
  { name: "an unknown language", kind: "preferences", answers: emailOnly, values: { method: "email", letterLanguage: "fr" }, expected: { letterLanguage: "errors.preferences.languageRequired" } },
  { name: "email without an email address", kind: "preferences", answers: phoneOnly, values: { method: "email", letterLanguage: "en" }, expected: { method: "errors.preferences.noEmail" } },
  { name: "phone without a phone number", kind: "preferences", answers: emailOnly, values: { method: "phone", letterLanguage: "cy" }, expected: { method: "errors.preferences.noPhone" } },
  { name: "needs over 2,000", kind: "preferences", answers: emailOnly, values: { method: "email", letterLanguage: "cy", needs: long(2001) }, expected: { needs: tooLong(2000) } },
  { name: "post needs neither", kind: "preferences", answers: emailOnly, values: { method: "post", letterLanguage: "cy" }, expected: "valid" },
  { name: "phone with a phone number", kind: "preferences", answers: phoneOnly, values: { method: "phone", letterLanguage: "en" }, expected: "valid" },

  // Your address
  { name: "none, not wanted by post", kind: "address", answers: byEmail, values: {}, expected: "valid" },
  { name: "spaces only, not wanted by post", kind: "address", answers: byEmail, values: { line1: " ", town: " ", postcode: " " }, expected: "valid" },
  {
    name: "none, wanted by post",
    kind: "address",
    answers: byPost,
    values: {},
    expected: { line1: "errors.address.line1RequiredPost", town: "errors.address.townRequired", postcode: "errors.address.postcodeRequired" },
  },
  { name: "only a postcode", kind: "address", answers: byEmail, values: { postcode: "CF10 1AA" }, expected: { line1: "errors.address.line1Required", town: "errors.address.townRequired" } },
  { name: "a postcode that is not one", kind: "address", answers: byPost, values: { line1: "1 High St", town: "Cardiff", postcode: "CF10" }, expected: { postcode: "errors.address.postcodeInvalid" } },
  { name: "a postcode of digits", kind: "address", answers: byPost, values: { line1: "1 High St", town: "Cardiff", postcode: "12345" }, expected: { postcode: "errors.address.postcodeInvalid" } },
  { name: "a postcode over 10", kind: "address", answers: byPost, values: { line1: "1 High St", town: "Cardiff", postcode: "CF10 1AA XYZ" }, expected: { postcode: tooLong(10) } },
  { name: "a line over 200", kind: "address", answers: byPost, values: { line1: long(201), town: "Cardiff", postcode: "CF10 1AA" }, expected: { line1: tooLong(200) } },
  { name: "a second line over 200", kind: "address", answers: byPost, values: { line1: "1 High St", line2: long(201), town: "Cardiff", postcode: "CF10 1AA" }, expected: { line2: tooLong(200) } },
  { name: "a town over 100", kind: "address", answers: byPost, values: { line1: "1 High St", town: long(101), postcode: "CF10 1AA" }, expected: { town: tooLong(100) } },
  { name: "a postcode in lower case without a space", kind: "address", answers: byPost, values: { line1: "1 High St", town: "Cardiff", postcode: "cf101aa" }, expected: "valid" },
  { name: "a London postcode", kind: "address", answers: byPost, values: { line1: "1 High St", town: "London", postcode: "SW1A 1AA" }, expected: "valid" },

  // Every problem at once: a field's own error does not hide the checks across fields.
  { name: "all at once: no action, a decision not described", kind: "legal-action", values: { courtDecided: "yes" }, expected: { action: "errors.legal.actionRequired", details: "errors.legal.detailsRequired" } },
  { name: "all at once: a long name and a bad email", kind: "your-details", values: { fullName: long(201), email: "nope" }, expected: { fullName: tooLong(200), email: "errors.yourDetails.emailInvalid" } },
  {
    name: "all at once: no ongoing answer and impossible dates",
    kind: "dates",
    values: dates({ ongoing: "", startedMonth: "13", awareYear: "99" }),
    expected: { startedMonth: "errors.date.realMonth", ongoing: "errors.dates.ongoingRequired", awareYear: "errors.date.realYear" },
  },
  {
    name: "all at once: a long first line and nothing else, by post",
    kind: "address",
    answers: byPost,
    values: { line1: long(201) },
    expected: { line1: tooLong(200), town: "errors.address.townRequired", postcode: "errors.address.postcodeRequired" },
  },
  { name: "all at once: an unknown option and something else not described", kind: "put-right", values: { outcomes: ["banana", "other"] }, expected: { outcomes: "errors.putRight.required", other: "errors.putRight.otherRequired" } },
  // A field inside a closed conditional reveal is not checked: the person cannot see it.
  { name: "a long description left behind after choosing an advocate", kind: "who", values: { complainant: "advocate", otherDescription: long(201) }, expected: "valid" },
  { name: "long words left behind after unticking something else", kind: "put-right", values: { outcomes: ["apology"], other: long(2001) }, expected: "valid" },
  { name: "a long decision left behind after answering no", kind: "legal-action", values: { action: "none", courtDecided: "no", details: long(2001) }, expected: "valid" },
  { name: "a long name left behind after choosing from the list", kind: "org-which", answers: org("council"), orgId: "o1", values: { code: "W06000023", name: long(201) }, expected: "valid" },
  { name: "all at once: an unknown method, needs over 2,000", kind: "preferences", answers: emailOnly, values: { method: "fax", letterLanguage: "en", needs: long(2001) }, expected: { method: "errors.preferences.methodRequired", needs: tooLong(2000) } },
];

describe("step schemas", () => {
  it.each(CASES.map((c) => [`${c.kind}: ${c.name}`, c] as const))("%s", (_, c) => {
    expect(check(c.kind, c.values, c)).toEqual(c.expected);
  });

  it("cover every step with a form, up to check your answers", () => {
    const journey = STEP_KINDS.slice(0, STEP_KINDS.indexOf("check-answers"));
    const withForm = journey.filter((kind) => stepOf(kind).form);
    expect(new Set(CASES.map((c) => c.kind))).toEqual(new Set(withForm));
  });

  it("leave information pages without a form", () => {
    expect((["urgent-help", "outcome", "check-answers"] as const).filter((kind) => stepOf(kind).form)).toEqual([]);
  });
});

describe("error messages", () => {
  const locale = (lang: "en" | "cy") => JSON.parse(fs.readFileSync(path.join(process.cwd(), "locales", lang, "journey.json"), "utf8")) as unknown;
  const lookupKey = (tree: unknown, key: string) =>
    key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), tree);
  const messages = [...new Set(CASES.flatMap((c) => (c.expected === "valid" ? [] : Object.values(check(c.kind, c.values, c)))))].sort();

  it("come from a good number of distinct cases", () => {
    expect(messages.length).toBeGreaterThan(50);
  });

  it.each(["en", "cy"] as const)("all exist in locales/%s/journey.json with the values they interpolate", (lang) => {
    const tree = locale(lang);
    const problems = messages.flatMap((message) => {
      const { key, values } = splitMessage(message);
      const text = lookupKey(tree, key);
      if (typeof text !== "string" || !text.trim()) return [`${key}: missing`];
      const wanted = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      return wanted.join() === Object.keys(values).sort().join() ? [] : [`${key}: interpolates ${wanted.join()} but is given ${Object.keys(values).join()}`];
    });
    expect(problems).toEqual([]);
  });

  it("are all locale keys, never Zod's own English", () => {
    expect(messages.filter((message) => !/^errors\.[\w.]+(\|.*)?$/.test(message))).toEqual([]);
  });
});

describe("applying an answer", () => {
  /** The form posted and stored, as the server does it. */
  const apply = (kind: StepKind, answers: Answers, values: FormValues, orgId?: string) => {
    const parsed = stepOf(kind).form!.parse(formData(values), stepContext(answers, orgId));
    if (parsed.status !== "success") throw new Error(`${kind}: ${JSON.stringify(parsed.reply.error)}`);
    return parsed.store(answers, orgId);
  };

  it.each([
    ["cf101aa", "CF10 1AA"],
    [" sw1a1aa", "SW1A 1AA"],
    ["M1 1AE", "M1 1AE"],
    ["b338th", "B33 8TH"],
  ])("stores the postcode %j as %j", (typed, stored) => {
    expect(apply("address", {}, { line1: "1 High St", town: "Town", postcode: typed }).address?.postcode).toBe(stored);
  });

  it("keeps no description unless the complainant is someone else", () => {
    expect(apply("who", {}, { complainant: "advocate", otherDescription: "left over" }).who).toEqual({ complainant: "advocate", otherDescription: undefined });
    expect(apply("who", {}, { complainant: "other", otherDescription: "Neighbour" }).who).toEqual({ complainant: "other", otherDescription: "Neighbour" });
  });

  it("keeps what else would put it right only when something else is chosen, once each", () => {
    expect(apply("put-right", {}, { outcomes: ["apology", "apology"], other: "left over" }).putRight).toEqual({ outcomes: ["apology"], other: undefined });
    expect(apply("put-right", {}, { outcomes: ["other"], other: "Training" }).putRight).toEqual({ outcomes: ["other"], other: "Training" });
  });

  it("keeps the court's decision only when there was one", () => {
    expect(apply("legal-action", {}, { action: "none", courtDecided: "no", details: "left over" }).legal?.details).toBeUndefined();
  });

  it("keeps the effect on you only for a representative", () => {
    expect(apply("impact", selfAnswers(), { onPerson: "A", onYou: "B" }).impact).toEqual({ onPerson: "A", onYou: undefined });
    expect(apply("impact", { who: { complainant: "advocate" } }, { onPerson: "A", onYou: "B" }).impact).toEqual({ onPerson: "A", onYou: "B" });
  });

  it("forgets the end date when it is still happening", () => {
    const value = { startedMonth: "6", startedYear: "2025", ongoing: "yes", endedMonth: "8", endedYear: "2025", awareMonth: "7", awareYear: "2025" };
    expect(apply("dates", {}, value).dates).toEqual({ started: { month: 6, year: 2025 }, ongoing: true, ended: undefined, aware: { month: 7, year: 2025 } });
  });

  it("forgets the chosen organisation when its type changes, but keeps the complaint", () => {
    const answers = selfAnswers();
    const changed = apply("org-type", answers, { type: "nhs-trust" }, "a1").organisations?.[0];
    expect(changed).toEqual({ id: "a1", type: "nhs-trust", local: answers.organisations?.[0]?.local });
    expect(apply("org-type", answers, { type: "health-board" }, "a1").organisations?.[0]).toEqual(answers.organisations?.[0]);
  });

  it("stores a directory code alone, or a name, country and funding", () => {
    const answers: Answers = { organisations: [{ id: "o1", type: "care-provider", code: "OLD" }] };
    expect(apply("org-which", answers, { name: "Meadow View", nation: "wales", funding: "self" }, "o1").organisations?.[0]).toEqual({
      id: "o1",
      type: "care-provider",
      name: "Meadow View",
      nation: "wales",
      funding: "self",
      local: undefined,
    });
    const council: Answers = { organisations: [{ id: "o1", type: "council", name: "Old", nation: "wales" }] };
    expect(apply("org-which", council, { code: "W06000023" }, "o1").organisations?.[0]).toEqual({ id: "o1", type: "council", code: "W06000023", local: undefined });
    expect(apply("org-which", council, { code: "not-listed", name: "New", nation: "england" }, "o1").organisations?.[0]?.funding).toBeUndefined();
  });

  it("stores only the dates that go with the complaint's status", () => {
    const answers: Answers = { organisations: [{ id: "o1" }, { id: "o2" }] };
    const value = { status: "awaiting-response", awaitingMadeMonth: "2", awaitingMadeYear: "2026", finalMonth: "3", finalYear: "2026" };
    const after = apply("org-complaint", answers, value, "o1").organisations;
    expect(after).toEqual([{ id: "o1", local: { status: "awaiting-response", madeOn: { month: 2, year: 2026 } } }, { id: "o2" }]);
    expect(apply("org-complaint", answers, { status: "not-made", finalMonth: "3" }, "o2").organisations?.[1]).toEqual({ id: "o2", local: { status: "not-made" } });
  });

  it("records whether the list of organisations is finished", () => {
    expect(apply("organisations", {}, { addAnother: "no" }).organisationsDone).toBe(true);
    expect(apply("organisations", {}, { addAnother: "yes" }).organisationsDone).toBe(false);
  });
});
