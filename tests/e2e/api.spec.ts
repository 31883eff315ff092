import { expect, test } from "@playwright/test";
import { javaScriptOn } from "./helpers";

// HTTP checks of POST /api/v1/routing through the real server; the rules
// themselves are unit-tested in app/routing.
test.beforeEach(() => {
  test.skip(!javaScriptOn(), "HTTP only: once is enough");
});

const duncan = {
  today: "2026-11-22",
  becameAwareOn: "2026-03-01",
  complainant: { role: "representative", relationship: "relative-or-friend", personAffected: "can-consent", consent: "given" },
  bodies: [
    { type: "council", nation: "england", localComplaint: { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20" } },
    { type: "nhs-trust", nation: "england", localComplaint: { status: "awaiting-response", madeOn: "2026-04-01" } },
    { type: "icb", nation: "england", localComplaint: { status: "not-made" } },
  ],
};

test("a joint England case is ready for the Joint Working Team, with reasons in the asked language", async ({ request }) => {
  const en = await request.post("/api/v1/routing", { data: duncan });
  expect(en.status()).toBe(200);
  const body = await en.json();
  expect(body).toMatchObject({
    outcome: "ready",
    ombudsmen: ["lgsco", "phso"],
    jointWorking: "joint-working-team",
    timeLimit: "within",
    consent: "given",
    mpReferralNeeded: false,
    bodies: [
      { ombudsman: "lgsco", localProcess: "complete" },
      { ombudsman: "phso", localProcess: "response-overdue" },
      { ombudsman: "phso", localProcess: "not-started" },
    ],
  });
  const cy = await (await request.post("/api/v1/routing?lang=cy", { data: duncan })).json();
  expect(cy.reasons.map((r: { code: string }) => r.code)).toEqual(body.reasons.map((r: { code: string }) => r.code));
  expect(cy.reasons[0].text).not.toEqual(body.reasons[0].text);
});

test("invalid input gets 400 with one translated message per problem", async ({ request }) => {
  const bad = { ...duncan, bodies: [{ type: "hospital", nation: "france" }] };
  const en = await request.post("/api/v1/routing", { data: bad });
  const cy = await request.post("/api/v1/routing", { data: bad, headers: { "Accept-Language": "cy" } });
  expect(en.status()).toBe(400);
  expect(cy.status()).toBe(400);
  const enErrors = (await en.json()).errors;
  const cyErrors = (await cy.json()).errors;
  expect(enErrors.map((e: { path: string }) => e.path)).toEqual(cyErrors.map((e: { path: string }) => e.path));
  expect(enErrors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["bodies.0.type", "bodies.0.nation"]));
  expect(enErrors[0].message).not.toEqual(cyErrors[0].message);
});

test("malformed JSON is a 400, an oversized body a 413, GET a 405", async ({ request }) => {
  const malformed = await request.post("/api/v1/routing", { data: "{not json", headers: { "Content-Type": "application/json" } });
  expect(malformed.status()).toBe(400);
  const huge = await request.post("/api/v1/routing", { data: `{"x":"${"a".repeat(70 * 1024)}"}`, headers: { "Content-Type": "application/json" } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).errors).toHaveLength(1);
  const get = await request.get("/api/v1/routing");
  expect(get.status()).toBe(405);
});
