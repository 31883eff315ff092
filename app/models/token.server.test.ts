import { describeEachDatabase } from "~/db/testing/databases";
import { createDraft } from "~/models/draft.server";
import { createSubmission } from "~/models/submission.server";
import {
  confirmConsent,
  consumeReturnToken,
  createConsentRequest,
  createReturnToken,
  findConsentRequest,
  findReturnToken,
  hashToken,
  newToken,
} from "~/models/token.server";

const t0 = new Date("2026-11-22T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const HOUR = 3600 * 1000;

describe("tokens", () => {
  it("are 32 random bytes, URL-safe, and never repeat", () => {
    const tokens = Array.from({ length: 1000 }, newToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("hash to SHA-256 hex", () => {
    // The SHA-256 test vector for "abc" (FIPS 180-2).
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describeEachDatabase("return tokens", (t) => {
  it("store only the hash of the token", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createReturnToken(t.db, { draftId, now: t0, expiresAt: at(HOUR) });
    const rows = await t.db.selectFrom("return_tokens").selectAll().execute();
    expect(rows).toEqual([{ token_hash: hashToken(token), draft_id: draftId, created_at: t0.toISOString(), expires_at: at(HOUR).toISOString(), used_at: null }]);
  });

  it("can be looked at without being used, then work once", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createReturnToken(t.db, { draftId, now: t0, expiresAt: at(HOUR) });

    expect(await findReturnToken(t.db, token, at(1))).toEqual({ draftId, expiresAt: at(HOUR) });
    expect(await findReturnToken(t.db, token, at(2))).toEqual({ draftId, expiresAt: at(HOUR) });
    expect(await consumeReturnToken(t.db, token, at(3))).toEqual({ draftId });
    expect(await consumeReturnToken(t.db, token, at(4))).toBeNull();
    expect(await findReturnToken(t.db, token, at(5))).toBeNull();
  });

  it.each([
    { case: "a moment before it expires", now: at(HOUR - 1), works: true },
    { case: "when it expires", now: at(HOUR), works: false },
  ])("work $case: $works", async ({ now, works }) => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createReturnToken(t.db, { draftId, now: t0, expiresAt: at(HOUR) });
    expect(await consumeReturnToken(t.db, token, now)).toEqual(works ? { draftId } : null);
  });

  it.each([
    { case: "an unknown token", token: () => newToken() },
    { case: "the stored hash itself", token: (real: string) => hashToken(real) },
    { case: "an empty string", token: () => "" },
  ])("refuse $case", async ({ token }) => {
    const draftId = await createDraft(t.db, "en", t0);
    const real = await createReturnToken(t.db, { draftId, now: t0, expiresAt: at(HOUR) });
    expect(await consumeReturnToken(t.db, token(real), at(1))).toBeNull();
    expect(await consumeReturnToken(t.db, real, at(1))).toEqual({ draftId });
  });

  it("work only once when used twice at the same moment", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createReturnToken(t.db, { draftId, now: t0, expiresAt: at(HOUR) });
    const results = await Promise.all([consumeReturnToken(t.db, token, at(1)), consumeReturnToken(t.db, token, at(1))]);
    expect(results.filter(Boolean)).toEqual([{ draftId }]);
  });

  it("cannot be made for a draft that does not exist", async () => {
    await expect(createReturnToken(t.db, { draftId: "missing", now: t0, expiresAt: at(HOUR) })).rejects.toThrow();
  });
});

describeEachDatabase("consent requests", (t) => {
  it("confirm once, recording the typed name and the time", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createConsentRequest(t.db, { target: { draftId }, now: t0, expiresAt: at(HOUR) });

    expect(await findConsentRequest(t.db, token, at(1))).toEqual({ draftId, submissionId: null, expiresAt: at(HOUR) });
    expect(await confirmConsent(t.db, token, { name: "Siân Jones", now: at(2) })).toEqual({ draftId, submissionId: null, expiresAt: at(HOUR) });
    expect(await confirmConsent(t.db, token, { name: "Someone Else", now: at(3) })).toBeNull();
    expect(await findConsentRequest(t.db, token, at(4))).toBeNull();

    const row = await t.db.selectFrom("consent_requests").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ token_hash: hashToken(token), confirmed_at: at(2).toISOString(), confirmed_name: "Siân Jones", decision: "agreed" });
  });

  it("records a refusal as an answer too, once", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createConsentRequest(t.db, { target: { draftId }, now: t0, expiresAt: at(HOUR) });
    expect(await confirmConsent(t.db, token, { name: "Siân Jones", now: at(2), decision: "refused" })).not.toBeNull();
    expect(await confirmConsent(t.db, token, { name: "Siân Jones", now: at(3), decision: "agreed" })).toBeNull();
    const row = await t.db.selectFrom("consent_requests").select(["decision", "confirmed_name"]).executeTakeFirstOrThrow();
    expect(row).toEqual({ decision: "refused", confirmed_name: "Siân Jones" });
  });

  it("can belong to a submission made before consent was asked for", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const { submission } = await createSubmission(t.db, { draftId, lang: "en", answers: {}, routing: {}, consent: {}, now: t0, outbox: [] });
    const token = await createConsentRequest(t.db, { target: { submissionId: submission.id }, now: t0, expiresAt: at(HOUR) });
    expect(await confirmConsent(t.db, token, { name: "Sam", now: at(1) })).toEqual({ draftId: null, submissionId: submission.id, expiresAt: at(HOUR) });
  });

  it("refuse an expired or unknown link", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createConsentRequest(t.db, { target: { draftId }, now: t0, expiresAt: at(HOUR) });
    expect(await confirmConsent(t.db, token, { name: "Late", now: at(HOUR) })).toBeNull();
    expect(await confirmConsent(t.db, newToken(), { name: "Nobody", now: at(1) })).toBeNull();
    expect(await t.db.selectFrom("consent_requests").select("confirmed_name").executeTakeFirst()).toEqual({ confirmed_name: null });
  });

  it("confirm only once when confirmed twice at the same moment", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createConsentRequest(t.db, { target: { draftId }, now: t0, expiresAt: at(HOUR) });
    const results = await Promise.all([
      confirmConsent(t.db, token, { name: "A", now: at(1) }),
      confirmConsent(t.db, token, { name: "B", now: at(1) }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
