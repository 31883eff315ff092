import { loadResources } from "~/i18n/resources.server";
import { caseworkerWebhookBody, complaintWebhookSchema } from "./webhook";
import { ALL, duncan, SUBMITTED } from "./messages/test-fixtures";

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
