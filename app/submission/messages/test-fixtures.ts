// Complaints for the message tests (not used by the app).
import type { Lang } from "~/i18n/config";
import { loadResources } from "~/i18n/resources.server";
import type { Answers } from "~/journey/answers";
import { routingFor, type CodeInfo } from "~/journey/routing-input";
import type { OrgView } from "~/journey/view";
import type { SubmissionEmail } from "./blocks.server";
import { teamsFor } from "../teams";
import { DUNCAN, monthsBefore } from "../../../tests/scenarios";
import type { ConsentRecord, SubmittedComplaint } from "../types";

// Complaints built the way the portal builds them: answers, the real routing
// engine on a fixed day, and the teams that routing sends them to.

export const TODAY = "2026-11-22";
export const SUBMITTED = "2026-11-22T14:05:00.000Z";

const DIRECTORY: Record<string, CodeInfo> = {
  E10000003: { type: "council", nation: "england", councilTier: "county", name: "Cambridgeshire County Council" },
  RGT: { type: "nhs-trust", nation: "england", name: "Cambridge University Hospitals NHS Foundation Trust" },
  S1Y5D: { type: "icb", nation: "england", name: "NHS Central East Integrated Care Board" },
  W06000023: { type: "council", nation: "wales", councilTier: "unitary", name: "Cyngor Sir Powys" },
  RXW: { type: "nhs-trust", nation: "england", name: "The Shrewsbury and Telford Hospital NHS Trust" },
  RWE: { type: "nhs-trust", nation: "england", name: "University Hospitals of Leicester NHS Trust" },
  "7A1": { type: "health-board", nation: "wales", name: "Betsi Cadwaladr University Health Board" },
};

export const declared = { shareAgreed: true, truthDeclared: true, declaredAt: SUBMITTED } as const;

export function submitted(reference: string, lang: Lang, answers: Answers, consent: ConsentRecord): SubmittedComplaint {
  const routing = routingFor(answers, TODAY, (code) => DIRECTORY[code]);
  if (!routing) throw new Error(`Fixture ${reference} is missing an answer routing needs`);
  const organisations: OrgView[] = (answers.organisations ?? []).map((org) => {
    const known = org.code ? DIRECTORY[org.code] : undefined;
    return { id: org.id, type: org.type, name: known?.name ?? org.name, nation: known?.nation ?? org.nation, funding: org.funding, local: org.local, complete: true };
  });
  return { reference, lang, submittedAt: SUBMITTED, answers, organisations, routing, consent, teams: teamsFor(routing) };
}

const story = {
  risk: { riskNow: "no" },
  organisationsDone: true,
  legal: { action: "none", courtDecided: "no" },
} as const satisfies Answers;

/** Seed "Duncan" (tests/scenarios.ts): his brother-in-law complains, with his agreement, about a council, a trust and an ICB. */
export const duncan = submitted(
  "AB3D5F7H",
  "en",
  {
    ...story,
    who: { complainant: DUNCAN.relationship },
    personAffected: { fullName: DUNCAN.person.name, status: DUNCAN.person.status },
    authority: { consent: DUNCAN.person.consent },
    organisations: DUNCAN.organisations.map((org) => ({
      id: org.id,
      type: org.type,
      code: org.code,
      local:
        org.complaint.status === "final-response"
          ? { status: org.complaint.status, madeOn: monthsBefore(TODAY, org.complaint.madeMonthsAgo), finalResponseOn: monthsBefore(TODAY, org.complaint.finalMonthsAgo) }
          : org.complaint.status === "awaiting-response"
            ? { status: org.complaint.status, madeOn: monthsBefore(TODAY, org.complaint.madeMonthsAgo) }
            : { status: org.complaint.status },
    })),
    whatHappened: { description: DUNCAN.description },
    dates: { started: monthsBefore(TODAY, DUNCAN.startedMonthsAgo), ongoing: false, ended: monthsBefore(TODAY, DUNCAN.endedMonthsAgo), aware: monthsBefore(TODAY, DUNCAN.awareMonthsAgo) },
    impact: { onPerson: DUNCAN.impact, onYou: DUNCAN.impactOnComplainant },
    putRight: { outcomes: ["apology", "payment", "other"], other: DUNCAN.putRightOther },
    yourDetails: { fullName: DUNCAN.complainant.name, email: DUNCAN.complainant.email, phone: DUNCAN.complainant.phone },
    preferences: { method: "email", letterLanguage: "en", needs: DUNCAN.needs },
  },
  { method: "confirmed-here", confirmedName: DUNCAN.person.name, confirmedAt: SUBMITTED, ...declared },
);

/** A Welsh speaker complains for herself about a Welsh council and an English hospital. */
export const rhian = submitted(
  "HK7M2P9Q",
  "cy",
  {
    ...story,
    who: { complainant: "person-affected" },
    organisations: [
      { id: "p1", type: "council", code: "W06000023", local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 7, year: 2026 } } },
      { id: "s2", type: "nhs-trust", code: "RXW", local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 8, year: 2026 } } },
    ],
    whatHappened: { description: "Ces i fy rhyddhau o'r ysbyty heb gynllun gofal.\nNi threfnodd y cyngor ofal yn y cartref am chwe wythnos." },
    dates: { started: { month: 3, year: 2026 }, ongoing: false, ended: { month: 5, year: 2026 }, aware: { month: 3, year: 2026 } },
    impact: { onPerson: "Syrthiais i ddwywaith, a bu'n rhaid i fy merch roi'r gorau i'w gwaith am fis." },
    putRight: { outcomes: ["explanation", "change"] },
    yourDetails: { fullName: "Rhian Morgan" },
    preferences: { method: "post", letterLanguage: "cy", needs: "Rwy'n defnyddio Iaith Arwyddion Prydain. Anfonwch lythyrau mewn print bras, os gwelwch yn dda." },
    address: { line1: "12 Stryd Fawr", town: "Y Drenewydd", postcode: "SY16 2AA" },
  },
  declared,
);

/** A joint case with a Welsh body too: the Joint Working Team and PSOW both receive it. */
export const threeNations = submitted(
  "QW3E5R7T",
  "en",
  {
    ...story,
    who: { complainant: "person-affected" },
    organisations: [
      { id: "c1", type: "council", code: "E10000003", local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 7, year: 2026 } } },
      { id: "t2", type: "nhs-trust", code: "RGT", local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 8, year: 2026 } } },
      { id: "h3", type: "health-board", code: "7A1", local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 8, year: 2026 } } },
    ],
    whatHappened: { description: "My care was split between Cambridge and north Wales and nobody planned it." },
    dates: { started: { month: 2, year: 2026 }, ongoing: true, aware: { month: 2, year: 2026 } },
    impact: { onPerson: "I missed two operations." },
    putRight: { outcomes: ["service"] },
    yourDetails: { fullName: "Sam Ellis", phone: "029 2018 0500" },
    preferences: { method: "phone", letterLanguage: "en" },
  },
  declared,
);

/** Seed "Gail": her son, as executor, complains out of time about the hospital where she died. */
export const gail = submitted(
  "GD4F6H8J",
  "en",
  {
    ...story,
    who: { complainant: "relative-or-friend" },
    personAffected: { fullName: "Gail Thomas", status: "deceased" },
    authority: { authority: "personal-representative" },
    organisations: [
      { id: "l1", type: "nhs-trust", code: "RWE", local: { status: "final-response", madeOn: { month: 3, year: 2025 }, finalResponseOn: { month: 6, year: 2025 } } },
    ],
    whatHappened: { description: "Mum's pressure sores were not treated in her last weeks on the ward." },
    dates: { started: { month: 1, year: 2025 }, ongoing: false, ended: { month: 2, year: 2025 }, aware: { month: 2, year: 2025 } },
    impact: { onPerson: "She was in pain until she died.", onYou: "I cannot stop thinking about how she suffered." },
    putRight: { outcomes: ["apology", "change"] },
    delay: { reason: "I was grieving and waited for the inquest to finish." },
    yourDetails: { fullName: "Owen Thomas", email: "owen@example.org" },
    preferences: { method: "email", letterLanguage: "en" },
  },
  { evidence: ["grant-of-probate"], ...declared },
);

/** An advocate complains for Mair, who will confirm by the emailed link (in Welsh). */
export const mair = submitted(
  "MN2P4Q6R",
  "en",
  {
    ...story,
    who: { complainant: "advocate" },
    personAffected: { fullName: "Mair Jones", status: "can-consent" },
    authority: { consent: "to-follow" },
    organisations: [
      { id: "b1", type: "health-board", code: "7A1", local: { status: "final-response", madeOn: { month: 6, year: 2026 }, finalResponseOn: { month: 9, year: 2026 } } },
    ],
    whatHappened: { description: "Mair's hip operation was cancelled four times." },
    dates: { started: { month: 4, year: 2026 }, ongoing: true, aware: { month: 4, year: 2026 } },
    impact: { onPerson: "She cannot walk to the shops.", onYou: "None for me." },
    putRight: { outcomes: ["service"] },
    yourDetails: { fullName: "Ceri Advocate", email: "ceri@advocacy.example.org" },
    preferences: { method: "email", letterLanguage: "en" },
  },
  { method: "email-request", requestEmail: "mair.jones@example.org", requestLang: "cy", requestedAt: SUBMITTED, ...declared },
);

export const ALL = { duncan, rhian, threeNations, gail, mair };

/** Everything the person typed, as the emails must show it. */
export function freeText(a: Answers): string[] {
  return [
    a.who?.otherDescription,
    a.personAffected?.fullName,
    a.whatHappened?.description,
    a.impact?.onPerson,
    a.impact?.onYou,
    a.putRight?.other,
    a.legal?.details,
    a.delay?.reason,
    a.yourDetails?.fullName,
    a.preferences?.needs,
  ].filter((value): value is string => Boolean(value));
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** The lines a reader sees in the HTML: head and hidden preheader dropped, tags turned into line breaks. */
export function visibleLines(html: string): string[] {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/, "").replace(/<div style="display:none[^"]*">[\s\S]*?<\/div>/, "");
  return body
    .replace(/<br>/g, "\n")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The text part's lines without its decoration (rules, list markers); links as [text, href]. */
export function textLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^[=*-]+$/.test(line))
    .map((line) => line.replace(/^(- |\d+\. )/, ""));
}

/** English or Welsh phrases of these namespaces long enough not to turn up by chance, leaving out names given in both languages. */
export function phrases(lang: Lang, namespaces: string[]): string[] {
  const other = lang === "en" ? "cy" : "en";
  const flat = (value: unknown, prefix: string, into: Map<string, string>) => {
    if (typeof value === "string") into.set(prefix, value);
    else if (value && typeof value === "object") for (const [key, child] of Object.entries(value)) flat(child, `${prefix}.${key}`, into);
  };
  const mine = new Map<string, string>();
  const theirs = new Map<string, string>();
  for (const ns of namespaces) {
    flat(loadResources()[lang][ns], ns, mine);
    flat(loadResources()[other][ns], ns, theirs);
  }
  const theirText = [...theirs.values()].join("\n");
  return [...mine.values()].flatMap((value) =>
    value
      .split(/\{\{[^}]*\}\}/)
      .map((part) => part.trim())
      .filter((part) => part.length >= 12 && !theirText.includes(part)),
  );
}

export function expectSameFacts({ html, text }: SubmissionEmail) {
  const seen = visibleLines(html);
  for (const line of textLines(text)) {
    const link = /^(.*): (https?:\/\/\S+)$/.exec(line);
    if (link && !seen.includes(line)) {
      expect(seen).toContain(link[1]);
      expect(html).toContain(`href="${link[2]}"`);
    } else {
      expect(seen).toContain(line);
    }
  }
  const inText = textLines(text).join("\n");
  for (const line of seen) expect(inText).toContain(line);
}
