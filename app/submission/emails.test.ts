import type { Lang } from "~/i18n/config";
import { loadResources } from "~/i18n/resources.server";
import type { Answers } from "~/journey/answers";
import { routingFor, type CodeInfo } from "~/journey/routing-input";
import type { OrgView } from "~/journey/view";
import { formatDate, reasonTexts } from "~/routing/texts";
import {
  caseworkerEmail,
  caseworkerWebhookBody,
  complaintWebhookSchema,
  confirmationEmail,
  consentAnswerEmail,
  consentRequestEmail,
  saveReturnEmail,
  type SubmissionEmail,
} from "./emails.server";
import { teamsFor } from "./teams";
import type { ConsentRecord, SubmittedComplaint } from "./types";

// Complaints built the way the portal builds them: answers, the real routing
// engine on a fixed day, and the teams that routing sends them to.

const TODAY = "2026-11-22";
const SUBMITTED = "2026-11-22T14:05:00.000Z";

const DIRECTORY: Record<string, CodeInfo> = {
  E10000003: { type: "council", nation: "england", councilTier: "county", name: "Cambridgeshire County Council" },
  RGT: { type: "nhs-trust", nation: "england", name: "Cambridge University Hospitals NHS Foundation Trust" },
  QUE: { type: "icb", nation: "england", name: "NHS Cambridgeshire and Peterborough Integrated Care Board" },
  W06000023: { type: "council", nation: "wales", councilTier: "unitary", name: "Cyngor Sir Powys" },
  RXW: { type: "nhs-trust", nation: "england", name: "The Shrewsbury and Telford Hospital NHS Trust" },
  RWE: { type: "nhs-trust", nation: "england", name: "University Hospitals of Leicester NHS Trust" },
  "7A1": { type: "health-board", nation: "wales", name: "Betsi Cadwaladr University Health Board" },
};

const declared = { shareAgreed: true, truthDeclared: true, declaredAt: SUBMITTED } as const;

function submitted(reference: string, lang: Lang, answers: Answers, consent: ConsentRecord): SubmittedComplaint {
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

/** Seed "Duncan": his brother-in-law complains, with his agreement, about a council, a trust and an ICB. */
const duncan = submitted(
  "AB3D5F7H",
  "en",
  {
    ...story,
    who: { complainant: "relative-or-friend" },
    personAffected: { fullName: "Duncan Reid", status: "can-consent" },
    authority: { consent: "given" },
    organisations: [
      { id: "c1", type: "council", code: "E10000003", local: { status: "final-response", madeOn: { month: 2, year: 2026 }, finalResponseOn: { month: 4, year: 2026 } } },
      { id: "t2", type: "nhs-trust", code: "RGT", local: { status: "awaiting-response", madeOn: { month: 9, year: 2026 } } },
      { id: "i3", type: "icb", code: "QUE", local: { status: "awaiting-response", madeOn: { month: 4, year: 2026 } } },
    ],
    whatHappened: { description: "Duncan waited seven months for a continuing healthcare assessment.\nThe council said the NHS was responsible; the hospital said it was the council." },
    dates: { started: { month: 1, year: 2026 }, ongoing: false, ended: { month: 9, year: 2026 }, aware: { month: 1, year: 2026 } },
    impact: { onPerson: "He stayed in a care home he did not need and paid £9,400 in charges.", onYou: "I visited every day and took unpaid leave from work." },
    putRight: { outcomes: ["apology", "payment", "other"], other: "A named person to coordinate his care." },
    yourDetails: { fullName: "Alan Reid", email: "alan.reid@example.org", phone: "07700 900982" },
    preferences: { method: "email", letterLanguage: "en", needs: "I have hearing loss: please email rather than phone." },
  },
  { method: "confirmed-here", confirmedName: "Duncan Reid", confirmedAt: SUBMITTED, ...declared },
);

/** A Welsh speaker complains for herself about a Welsh council and an English hospital. */
const rhian = submitted(
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
const threeNations = submitted(
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
const gail = submitted(
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
const mair = submitted(
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

const ALL = { duncan, rhian, threeNations, gail, mair };

/** Everything the person typed, as the emails must show it. */
function freeText(a: Answers): string[] {
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
function visibleLines(html: string): string[] {
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
function textLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^[=*-]+$/.test(line))
    .map((line) => line.replace(/^(- |\d+\. )/, ""));
}

/** English or Welsh phrases of these namespaces long enough not to turn up by chance, leaving out names given in both languages. */
function phrases(lang: Lang, namespaces: string[]): string[] {
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

function expectSameFacts({ html, text }: SubmissionEmail) {
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

describe("confirmationEmail", () => {
  it("is written in the language asked for, not the form's", () => {
    const welsh = confirmationEmail(rhian, "cy");
    expect(welsh.subject).toBe("Cwyn wedi'i hanfon: eich cyfeirnod yw HK7M2P9Q");
    for (const phrase of ["Mae eich cwyn wedi'i hanfon", "Eich cyfeirnod", "Beth sy'n digwydd nesaf", "Bydd yr ombwdsmyn yn ysgrifennu atoch chi", "Copi o'ch cwyn"]) {
      expect(welsh.text).toContain(phrase);
    }
    for (const phrase of phrases("en", ["email", "journey", "common"])) expect(welsh.text).not.toContain(phrase);
    expect(welsh.html).toMatch(/<html lang="cy"/);

    const english = confirmationEmail(rhian, "en");
    expect(english.subject).toBe("Complaint sent: your reference is HK7M2P9Q");
    for (const phrase of phrases("cy", ["email", "journey", "common"])) expect(english.text).not.toContain(phrase);
  });

  it("gives the reference in the subject, in its box and in the text", () => {
    const { subject, html, text, tag } = confirmationEmail(duncan, "en");
    expect(subject).toContain("AB3D5F7H");
    expect(html).toMatch(/letter-spacing:2px;color:#ffffff;">AB3D5F7H<\/p>/);
    expect(text).toContain("Your reference\nAB3D5F7H");
    expect(text).toContain("give your reference: AB3D5F7H.");
    expect(tag).toBe("confirmation");
  });

  it.each(Object.entries(ALL))("contains everything %s wrote, line breaks kept", (_, complaint) => {
    const { html, text } = confirmationEmail(complaint, complaint.answers.preferences?.letterLanguage ?? complaint.lang);
    const seen = visibleLines(html).join("\n");
    for (const words of freeText(complaint.answers)) {
      expect(text).toContain(words);
      expect(seen).toContain(words);
    }
  });

  it("says who has the complaint and that the ombudsmen may work on it together", () => {
    const joint = confirmationEmail(duncan, "en").text;
    expect(joint).toContain("We have sent your complaint to:\n\n- Joint Working Team of the Local Government and Social Care Ombudsman and the Parliamentary and Health Service Ombudsman");
    expect(joint).toContain("through their Joint Working Team. They decide whether to.");
    expect(joint).toContain("The ombudsman will write to you, usually within a few weeks");
    expect(joint).not.toContain("the same reference");

    const crossBorder = confirmationEmail(rhian, "cy").text;
    expect(crossBorder).toContain("- Ombwdsmon Seneddol a Gwasanaeth Iechyd (Parliamentary and Health Service Ombudsman)\n- Ombwdsmon Gwasanaethau Cyhoeddus Cymru");
    expect(crossBorder).toContain("Mae gan bob un ohonyn nhw'r un gŵyn a'r un cyfeirnod.");
    expect(crossBorder).toContain("efallai y byddan nhw'n edrych arni gyda'i gilydd");
  });

  it("lists each organisation with its ombudsman and where its own complaints process is", () => {
    const { text } = confirmationEmail(duncan, "en");
    expect(text).toContain(
      "Cambridge University Hospitals NHS Foundation Trust\nParliamentary and Health Service Ombudsman\nIts complaints process: Still in progress\n",
    );
    expect(text).toContain("Cambridgeshire County Council\nLocal Government and Social Care Ombudsman\nIts complaints process: Finished: final response received");
    expect(text).toContain("Its complaints process: No final reply yet: the ombudsman may decide the organisation has had long enough");
  });

  it("points to free advocacy for the nations involved and to each ombudsman's contact details", () => {
    const england = confirmationEmail(duncan, "en").text;
    expect(england).toContain("NHS Complaints Advocacy\nFree, independent help to make a complaint about NHS care in England. Your local council can tell you who provides it in your area.");
    expect(england).not.toContain("Llais");
    expect(england).toContain("Local Government and Social Care Ombudsman\nPhone: 0300 061 0614\nWebsite: https://www.lgo.org.uk");
    expect(england).toContain("Parliamentary and Health Service Ombudsman\nPhone: 0345 015 4033\nText for a call back: 07624 813 005");

    // Llais helps with NHS and social care in Wales: Mair's health board, not Rhian's council matter.
    const healthBoard = confirmationEmail(mair, "cy").text;
    expect(healthBoard).toContain("Llais\nHelp annibynnol am ddim");
    expect(healthBoard).toContain("Gwefan: https://www.llaiswales.org");
    const wales = confirmationEmail(rhian, "cy").text;
    expect(wales).not.toContain("llaiswales.org");
    expect(wales).toContain("Eiriolaeth Cwynion y GIG (NHS Complaints Advocacy)");
    expect(wales).toContain("Ombwdsmon Gwasanaethau Cyhoeddus Cymru\nFfôn: 0300 790 0203\nE-bost: ask@ombudsman.wales\nGwefan: https://www.ombwdsmon.cymru");
  });

  it("tells someone complaining for another person what the ombudsman still needs", () => {
    const toFollow = confirmationEmail(mair, "en").text;
    expect(toFollow).toContain("Complaining for someone else\n");
    expect(toFollow).toContain("We have emailed the person you are complaining for a link");
    expect(toFollow).not.toContain("mair.jones@example.org");

    const deceased = confirmationEmail(gail, "en").text;
    expect(deceased).toContain("The ombudsman will decide whether you can complain for them.");
    expect(deceased).toContain("You said you have:\n\n- Grant of probate\n\nThe ombudsman may ask to see a copy.");

    expect(confirmationEmail(duncan, "en").text).not.toContain("Complaining for someone else");
    expect(confirmationEmail(rhian, "en").text).not.toContain("Complaining for someone else");
  });

  it("leaves out what the person did not give", () => {
    const { text } = confirmationEmail(duncan, "en");
    expect(text).not.toMatch(/^Address$/m);
    expect(text).not.toMatch(/^Why not sooner$/m);
    expect(text).not.toContain("None given");
    expect(confirmationEmail(gail, "en").text).toContain("Why not sooner\nI was grieving and waited for the inquest to finish.");
  });

  it("mentions services it did not send the complaint to", () => {
    const landlord = submitted("LL2M3N4P", "en", {
      ...duncan.answers,
      organisations: [
        ...(duncan.answers.organisations ?? []).slice(0, 1),
        { id: "h9", type: "social-landlord", name: "Example Homes", nation: "england", local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 7, year: 2026 } } },
      ],
    }, duncan.consent);
    const { text } = confirmationEmail(landlord, "en");
    expect(text).toContain("We have not sent your complaint to them. If you want them to look at it, contact them yourself:\n\n- Housing Ombudsman");
    expect(text).toContain("Housing Ombudsman\nPhone: 0300 111 3000");
  });
});

describe("caseworkerEmail", () => {
  it("is in English for a Welsh complaint, with how to reply first", () => {
    const { text, html } = caseworkerEmail(rhian, "psow");
    expect(html).toMatch(/<html lang="en"/);
    expect(text).toContain("Reply language\nWelsh (letters and emails in Welsh)");
    expect(text).toContain("Contact by\nPost: 12 Stryd Fawr, Y Drenewydd, SY16 2AA");
    expect(text).toContain("Communication needs and adjustments\nRwy'n defnyddio Iaith Arwyddion Prydain.");
    expect(text).toContain("Language of the form\nWelsh");
    expect(text.indexOf("Communication needs")).toBeLessThan(text.indexOf("Routing"));
    for (const phrase of phrases("cy", ["email", "journey", "common", "routing"])) expect(text).not.toContain(phrase);
  });

  it.each([
    [duncan, "New complaint AB3D5F7H — joint (LGSCO/PHSO) — 3 organisations"],
    [rhian, "New complaint HK7M2P9Q — cross-border (PHSO/PSOW) — 2 organisations"],
    [gail, "New complaint GD4F6H8J — PHSO — 1 organisation"],
  ])("has a subject a caseworker can sort by: %#", (complaint, subject) => {
    expect(caseworkerEmail(complaint, complaint.teams[0] ?? "lgsco").subject).toBe(subject);
  });

  it("gives every team the same reference and names all the teams", () => {
    expect(threeNations.teams).toEqual(["jwt", "psow"]);
    for (const team of threeNations.teams) {
      const { text } = caseworkerEmail(threeNations, team);
      expect(text).toContain("Reference\nQW3E5R7T");
      expect(text).toContain("Every team below received this complaint with the same reference:");
      expect(text).toContain("Joint Working Team of the Local Government and Social Care Ombudsman and the Parliamentary and Health Service Ombudsman");
      expect(text).toContain("Public Services Ombudsman for Wales");
      expect(text.match(/\(this email\)/g)).toHaveLength(1);
    }
    expect(caseworkerEmail(threeNations, "psow").text).toContain("- Public Services Ombudsman for Wales (this email)");
    expect(caseworkerEmail(threeNations, "jwt").text).toContain("Parliamentary and Health Service Ombudsman (this email)");
  });

  it("shows the routing result and each organisation in full", () => {
    const { text } = caseworkerEmail(duncan, "jwt");
    expect(text).toContain("Outcome\nReady for an ombudsman");
    expect(text).toContain("Ombudsmen\nLocal Government and Social Care Ombudsman\nParliamentary and Health Service Ombudsman");
    expect(text).toContain("Joint working\nThe Joint Working Team may take it (their decision)");
    expect(text).toContain(`Time limit\nWithin: the last day is ${formatDate(duncan.routing.timeLimitEndsOn, "en")}`);
    expect(text).toContain("Consent\nGiven");
    expect(text).toContain("MP referral needed\nNo");
    expect(text).toContain("Submitted\n22 November 2026 at 14:05");
    expect(text).toContain(
      "Organisation 2: Cambridge University Hospitals NHS Foundation Trust\nType: NHS trust\nCountry: England\nCode: RGT\nOmbudsman: Parliamentary and Health Service Ombudsman\nIts complaints process: Still in progress\nComplained: September 2026\nReasonable time to reply ends: 30 March 2027",
    );
    expect(text).toContain("Final response: April 2026");
    for (const reason of reasonTexts(duncan.routing.reasons, "en")) expect(text).toContain(reason.text);

    const late = caseworkerEmail(gail, "phso").text;
    expect(gail.routing.timeLimit).toBe("outside");
    expect(late).toContain(`Time limit\nOutside: the last day was ${formatDate(gail.routing.timeLimitEndsOn, "en")}`);
    expect(late).toContain("Consent\nThe ombudsman decides whether the representative is suitable");
  });

  it("records how consent was given or is to be given", () => {
    expect(caseworkerEmail(duncan, "jwt").text).toContain(
      "How agreement is given\nThe person affected confirmed on the complainant's device\n\nConfirmed by (name typed)\nDuncan Reid\n\nConfirmed\n22 November 2026 at 14:05",
    );
    const pending = caseworkerEmail(mair, "psow").text;
    expect(pending).toContain("How agreement is given\nLink emailed to the person affected\n\nConfirmed by (name typed)\nNot confirmed yet");
    expect(pending).toContain("Request emailed to\nmair.jones@example.org\n\nLanguage of the request\nWelsh");
    expect(pending).toContain("Consent\nNeeded: not confirmed yet");
    const evidence = caseworkerEmail(gail, "phso").text;
    expect(evidence).toContain("Evidence the representative says they have\nGrant of probate");
    expect(evidence).toContain("Sharing with the organisations and other ombudsmen\nAgreed");
    expect(evidence).toContain("Declared true to the best of their knowledge\nYes, 22 November 2026 at 14:05");
  });

  it("includes the whole complaint, unanswered questions marked", () => {
    const { text } = caseworkerEmail(duncan, "jwt");
    for (const words of freeText(duncan.answers)) expect(text).toContain(words);
    expect(text).toContain("Address\nNone given");
    expect(caseworkerEmail(rhian, "phso").text).toContain("Ces i fy rhyddhau o'r ysbyty heb gynllun gofal.\nNi threfnodd y cyngor");
  });
});

describe("what the person typed", () => {
  const evil = `<script>alert("x")</script> & <b>bold</b>`;
  const hostile = submitted("XS5S7S9S", "en", { ...duncan.answers, whatHappened: { description: evil } }, duncan.consent);

  it.each([
    ["confirmation", confirmationEmail(hostile, "en")],
    ["caseworker", caseworkerEmail(hostile, "jwt")],
  ])("is escaped in the %s HTML and kept as typed in the text", (_, email) => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>bold");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    expect(email.text).toContain(evil);
  });

  it("is never read as a translation key or placeholder", () => {
    const name = "{{personName}} $t(email:footer)";
    const { text } = consentRequestEmail({ lang: "en", link: "https://example.org/en/consent/abc", representativeName: name, personName: "Mair", expiresOn: "2026-12-22" });
    expect(text).toContain(`${name} has made a complaint`);
  });
});

describe("the text part", () => {
  const emails: Array<[string, SubmissionEmail]> = [
    ...Object.entries(ALL).flatMap(([name, complaint]): Array<[string, SubmissionEmail]> => [
      [`${name}: confirmation in English`, confirmationEmail(complaint, "en")],
      [`${name}: confirmation in Welsh`, confirmationEmail(complaint, "cy")],
      ...complaint.teams.map((team): [string, SubmissionEmail] => [`${name}: caseworker (${team})`, caseworkerEmail(complaint, team)]),
    ]),
    ["consent request", consentRequestEmail({ lang: "cy", link: "https://example.org/cy/consent/abc", representativeName: "Ceri", personName: "Mair", expiresOn: "2026-12-22" })],
    ["save and return", saveReturnEmail({ lang: "en", link: "https://example.org/en/return/abc", expiresOn: "2026-12-22" })],
    ["consent answer", consentAnswerEmail({ reference: "MN2P4Q6R", team: "psow", decision: "agreed", name: "Mair Jones", answeredAt: SUBMITTED })],
  ];

  it.each(emails)("says what the HTML says: %s", (_, email) => {
    expectSameFacts(email);
  });
});

describe("caseworkerWebhookBody", () => {
  const bodies = Object.entries(ALL).flatMap(([name, complaint]) => complaint.teams.map((team) => [`${name} for ${team}`, caseworkerWebhookBody(complaint, team)] as const));

  it.each(bodies)("matches complaint.v1 as it goes over the wire: %s", (_, body) => {
    expect(complaintWebhookSchema.parse(JSON.parse(JSON.stringify(body)))).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it("carries codes and the person's own words, never our text", () => {
    const ours = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === "string") ours.add(value);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(loadResources());
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    for (const [, body] of bodies) walk(body);
    expect(strings.filter((value) => ours.has(value))).toEqual([]);
  });

  it("has the routing, organisations, answers and consent of the complaint", () => {
    const body = caseworkerWebhookBody(duncan, "jwt");
    expect(body).toMatchObject({
      schema: "complaint.v1",
      reference: "AB3D5F7H",
      submittedAt: SUBMITTED,
      lang: "en",
      team: "jwt",
      teams: ["jwt"],
      routing: { outcome: "ready", ombudsmen: ["lgsco", "phso"], jointWorking: "joint-working-team", timeLimit: "within", consent: "given", mpReferralNeeded: false },
      answers: { who: { complainant: "relative-or-friend" }, preferences: { method: "email", letterLanguage: "en", needs: "I have hearing loss: please email rather than phone." } },
      consent: { method: "confirmed-here", confirmedName: "Duncan Reid", shareAgreed: true },
    });
    expect(body.organisations.map(({ code, type, ombudsman, localProcess }) => ({ code, type, ombudsman, localProcess }))).toEqual([
      { code: "E10000003", type: "council", ombudsman: "lgsco", localProcess: "complete" },
      { code: "RGT", type: "nhs-trust", ombudsman: "phso", localProcess: "in-progress" },
      { code: "QUE", type: "icb", ombudsman: "phso", localProcess: "response-overdue" },
    ]);
    expect(body.routing.reasons.map((reason) => reason.code)).toEqual(duncan.routing.reasons.map((reason) => reason.code));
  });

  it("rejects a body with a field the version does not define", () => {
    const body = caseworkerWebhookBody(duncan, "jwt");
    expect(complaintWebhookSchema.safeParse({ ...body, summary: "Ready for an ombudsman" }).success).toBe(false);
    expect(complaintWebhookSchema.safeParse({ ...body, routing: { ...body.routing, outcome: "Ready" } }).success).toBe(false);
  });
});

describe("consentRequestEmail", () => {
  const request = (lang: Lang) =>
    consentRequestEmail({ lang, link: `https://example.org/${lang}/consent/tok3n`, representativeName: "Ceri Advocate", personName: "Mair Jones", expiresOn: "2026-12-22" });

  it("asks the person affected, in Welsh, with the link and when it stops working", () => {
    const { subject, html, text, tag } = request("cy");
    expect(tag).toBe("consent-request");
    expect(subject).toBe("Mae rhywun wedi gwneud cwyn ar eich rhan: ydych chi'n cytuno?");
    expect(html).toContain('href="https://example.org/cy/consent/tok3n"');
    expect(text).toContain("Helo Mair Jones,");
    expect(text).toContain("Mae Ceri Advocate wedi gwneud cwyn i ombwdsmon ar eich rhan");
    expect(text).toContain("cofnodion iechyd a gofal");
    expect(text).toContain("rhannu'r gŵyn â'r sefydliadau");
    expect(text).toContain("Gallwch chi ddweud na");
    expect(text).toContain("Dim ond unwaith mae'r ddolen yn gweithio, a hynny tan 22 Rhagfyr 2026.");
    for (const phrase of phrases("en", ["email", "common"])) expect(text).not.toContain(phrase);
  });

  it("explains in English what agreeing means and that they can say no", () => {
    const { subject, text } = request("en");
    expect(subject).not.toMatch(/Ceri|Mair/);
    expect(text).toContain("Ceri Advocate can deal with the ombudsman for you about the complaint");
    expect(text).toContain("the ombudsman may look at your health and care records");
    expect(text).toContain("the ombudsman may share the complaint with the organisations involved");
    expect(text).toContain("You do not have to agree.");
    expect(text).toContain("Tell us whether you agree: https://example.org/en/consent/tok3n");
    expect(text).toContain("The link works once, until 22 December 2026.");
  });
});

describe("saveReturnEmail", () => {
  it("gives the single-use link, when it expires and how to get another", () => {
    const { subject, text, tag } = saveReturnEmail({ lang: "en", link: "https://example.org/en/return/tok3n", expiresOn: "2026-12-22" });
    expect(tag).toBe("save-return");
    expect(subject).toBe("Your answers are saved");
    expect(text).toContain("Continue your complaint: https://example.org/en/return/tok3n");
    expect(text).toContain("The link works once, until 22 December 2026.");
    expect(text).toContain("If you need a new link");
    const welsh = saveReturnEmail({ lang: "cy", link: "https://example.org/cy/return/tok3n", expiresOn: "2026-12-22" }).text;
    expect(welsh).toContain("Parhau â'ch cwyn: https://example.org/cy/return/tok3n");
    expect(welsh).toContain("tan 22 Rhagfyr 2026");
  });

  it("holds nothing but the link and its date", () => {
    const one = saveReturnEmail({ lang: "en", link: "https://example.org/en/return/first", expiresOn: "2026-12-22" });
    const two = saveReturnEmail({ lang: "en", link: "https://example.org/en/return/second", expiresOn: "2027-01-05" });
    const differ = (a: string, b: string) => a.split("\n").filter((line, index) => line !== b.split("\n")[index]);
    expect(differ(one.text, two.text)).toEqual(["Continue your complaint: https://example.org/en/return/first", "The link works once, until 22 December 2026. After that date, your answers are deleted."]);
  });
});

describe("consentAnswerEmail", () => {
  it("tells the team, in English, what the person affected answered", () => {
    const { subject, text } = consentAnswerEmail({ reference: "MN2P4Q6R", team: "psow", decision: "refused", name: "Mair Jones", answeredAt: SUBMITTED });
    expect(subject).toBe("Consent answer for complaint MN2P4Q6R: refused");
    expect(text).toContain("Their answer\nThey do not agree to the representative complaining for them");
    expect(text).toContain("Name they typed\nMair Jones");
  });
});
