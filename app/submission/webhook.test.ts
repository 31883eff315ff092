import { loadResources } from "~/i18n/resources.server";
import crypto from "node:crypto";
import * as z from "zod";
import { caseworkerWebhookBody, complaintWebhookSchema, WEBHOOK_VERSION } from "./webhook";
import { ALL, duncan, gail, rhian, SUBMITTED, threeNations } from "./messages/test-fixtures";
import type { SubmittedComplaint } from "./types";

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

  /** The routing part carries these fields of the engine's result, and no others. */
  const routingOf = (complaint: SubmittedComplaint) => {
    const { outcome, readiness, ombudsmen, jointWorking, timeLimit, timeLimitEndsOn, consent, mpReferralNeeded, signposts, reasons } = complaint.routing;
    return { outcome, readiness, ombudsmen, jointWorking, timeLimit, timeLimitEndsOn, consent, mpReferralNeeded, signposts, reasons };
  };

  // Whole bodies, written out: a field dropped from what a case-management system receives fails here.
  it("carries a representative's complaint whole (Duncan: council, trust and ICB, to the Joint Working Team)", () => {
    expect(caseworkerWebhookBody(duncan, "jwt")).toEqual({
      schema: "complaint.v1",
      reference: "AB3D5F7H",
      submittedAt: SUBMITTED,
      lang: "en",
      team: "jwt",
      teams: ["jwt"],
      routing: routingOf(duncan),
      organisations: [
        {
          id: "c1",
          type: "council",
          code: "E10000003",
          name: "Cambridgeshire County Council",
          nation: "england",
          local: { status: "final-response", madeOn: { month: 2, year: 2026 }, finalResponseOn: { month: 4, year: 2026 } },
          ombudsman: "lgsco",
          localProcess: "complete",
          reasonableTimeEndsOn: null,
        },
        {
          id: "t2",
          type: "nhs-trust",
          code: "RGT",
          name: "Cambridge University Hospitals NHS Foundation Trust",
          nation: "england",
          local: { status: "awaiting-response", madeOn: { month: 9, year: 2026 } },
          ombudsman: "phso",
          localProcess: "in-progress",
          reasonableTimeEndsOn: "2027-03-30",
        },
        {
          id: "i3",
          type: "icb",
          code: "S1Y5D",
          name: "NHS Central East Integrated Care Board",
          nation: "england",
          local: { status: "awaiting-response", madeOn: { month: 4, year: 2026 } },
          ombudsman: "phso",
          localProcess: "response-overdue",
          reasonableTimeEndsOn: "2026-10-30",
        },
      ],
      answers: {
        risk: { riskNow: "no" },
        who: { complainant: "relative-or-friend" },
        personAffected: { fullName: "Duncan Reid", status: "can-consent" },
        authority: { consent: "given" },
        whatHappened: { description: "Duncan waited seven months for a continuing healthcare assessment.\nThe council said the NHS was responsible; the hospital said it was the council." },
        dates: { started: { month: 1, year: 2026 }, ongoing: false, ended: { month: 9, year: 2026 }, aware: { month: 1, year: 2026 } },
        impact: { onPerson: "He stayed in a care home he did not need and paid £9,400 in charges.", onYou: "I visited every day and took unpaid leave from work." },
        putRight: { outcomes: ["apology", "payment", "other"], other: "A named person to coordinate his care." },
        legal: { action: "none", courtDecided: "no" },
        yourDetails: { fullName: "Alan Reid", email: "alan.reid@example.org", phone: "07700 900982" },
        preferences: { method: "email", letterLanguage: "en", needs: "I have hearing loss: please email rather than phone." },
      },
      consent: { method: "confirmed-here", confirmedName: "Duncan Reid", confirmedAt: SUBMITTED, shareAgreed: true, truthDeclared: true, declaredAt: SUBMITTED },
    });
  });

  it("carries a self-complainant's complaint whole, with the address and needs (Rhian, to PSOW)", () => {
    const body = caseworkerWebhookBody(rhian, "psow");
    expect(body).toEqual({
      schema: "complaint.v1",
      reference: "HK7M2P9Q",
      submittedAt: SUBMITTED,
      lang: "cy",
      team: "psow",
      teams: ["phso", "psow"],
      routing: routingOf(rhian),
      organisations: [
        {
          id: "p1",
          type: "council",
          code: "W06000023",
          name: "Cyngor Sir Powys",
          nation: "wales",
          local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 7, year: 2026 } },
          ombudsman: "psow",
          localProcess: "complete",
          reasonableTimeEndsOn: null,
        },
        {
          id: "s2",
          type: "nhs-trust",
          code: "RXW",
          name: "The Shrewsbury and Telford Hospital NHS Trust",
          nation: "england",
          local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 8, year: 2026 } },
          ombudsman: "phso",
          localProcess: "complete",
          reasonableTimeEndsOn: null,
        },
      ],
      answers: {
        risk: { riskNow: "no" },
        who: { complainant: "person-affected" },
        whatHappened: { description: "Ces i fy rhyddhau o'r ysbyty heb gynllun gofal.\nNi threfnodd y cyngor ofal yn y cartref am chwe wythnos." },
        dates: { started: { month: 3, year: 2026 }, ongoing: false, ended: { month: 5, year: 2026 }, aware: { month: 3, year: 2026 } },
        impact: { onPerson: "Syrthiais i ddwywaith, a bu'n rhaid i fy merch roi'r gorau i'w gwaith am fis." },
        putRight: { outcomes: ["explanation", "change"] },
        legal: { action: "none", courtDecided: "no" },
        yourDetails: { fullName: "Rhian Morgan" },
        preferences: { method: "post", letterLanguage: "cy", needs: "Rwy'n defnyddio Iaith Arwyddion Prydain. Anfonwch lythyrau mewn print bras, os gwelwch yn dda." },
        address: { line1: "12 Stryd Fawr", town: "Y Drenewydd", postcode: "SY16 2AA" },
      },
      consent: { shareAgreed: true, truthDeclared: true, declaredAt: SUBMITTED },
    });
  });

  it("carries a deceased person's complaint whole, with the delay and the evidence (Gail)", () => {
    const body = caseworkerWebhookBody(gail, "phso");
    expect(body.answers).toEqual({
      risk: { riskNow: "no" },
      who: { complainant: "relative-or-friend" },
      personAffected: { fullName: "Gail Thomas", status: "deceased" },
      authority: { authority: "personal-representative" },
      whatHappened: { description: "Mum's pressure sores were not treated in her last weeks on the ward." },
      dates: { started: { month: 1, year: 2025 }, ongoing: false, ended: { month: 2, year: 2025 }, aware: { month: 2, year: 2025 } },
      impact: { onPerson: "She was in pain until she died.", onYou: "I cannot stop thinking about how she suffered." },
      putRight: { outcomes: ["apology", "change"] },
      legal: { action: "none", courtDecided: "no" },
      delay: { reason: "I was grieving and waited for the inquest to finish." },
      yourDetails: { fullName: "Owen Thomas", email: "owen@example.org" },
      preferences: { method: "email", letterLanguage: "en" },
    });
    expect(body.consent).toEqual({ evidence: ["grant-of-probate"], shareAgreed: true, truthDeclared: true, declaredAt: SUBMITTED });
    expect(body.routing).toEqual(routingOf(gail));
  });

  it("carries every organisation in the person's order, each with its ombudsman (three nations)", () => {
    expect(caseworkerWebhookBody(threeNations, "psow").organisations.map(({ id, code, nation, ombudsman, localProcess }) => ({ id, code, nation, ombudsman, localProcess }))).toEqual([
      { id: "c1", code: "E10000003", nation: "england", ombudsman: "lgsco", localProcess: "complete" },
      { id: "t2", code: "RGT", nation: "england", ombudsman: "phso", localProcess: "complete" },
      { id: "h3", code: "7A1", nation: "wales", ombudsman: "psow", localProcess: "complete" },
    ]);
  });

  it("leaves out whatever the complaint carries beyond this version", () => {
    const extra = {
      ...duncan,
      answers: { ...duncan.answers, checked: true, organisationsDone: true, declaration: { shareAgreed: true, truthDeclared: true }, ...({ internal: "x" } as object) },
      organisations: duncan.organisations.map((org) => ({ ...org, notice: { key: "notice.formerTrust", values: {} }, ...({ internal: "x" } as object) })),
      routing: { ...duncan.routing, ...({ internal: "x" } as object) },
    } as SubmittedComplaint;
    expect(caseworkerWebhookBody(extra, "jwt")).toEqual(caseworkerWebhookBody(duncan, "jwt"));
  });

  it("keeps its shape while it is called complaint.v1: a change of shape is a new version", () => {
    const shape = crypto.createHash("sha256").update(JSON.stringify(z.toJSONSchema(complaintWebhookSchema, { io: "output" }))).digest("hex").slice(0, 16);
    expect({ version: WEBHOOK_VERSION, shape }).toEqual({ version: "complaint.v1", shape: "3453869ca0a39903" });
  });
});
