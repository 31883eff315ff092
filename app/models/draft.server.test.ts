import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describeEachDatabase } from "~/db/testing/databases";
import { toIso } from "~/db/codec";
import { getEnv } from "~/env.server";
import { createDraft, deleteExpiredDrafts, getDraft, saveAnswers } from "~/models/draft.server";
import { createConsentRequest, createReturnToken, findConsentRequest, findReturnToken } from "~/models/token.server";

// A TTL other than the default proves the model reads DRAFT_TTL_DAYS.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "complaints-env-"));
vi.stubEnv("DATA_DIR", dataDir);
vi.stubEnv("DRAFT_TTL_DAYS", "7");
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-11-22T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("DRAFT_TTL_DAYS", () => {
  it.each([
    { value: undefined, result: 30 },
    { value: "90", result: 90 },
  ])("is $result days when set to $value", ({ value, result }) => {
    expect(getEnv({ NODE_ENV: "test", DATA_DIR: dataDir, ...(value ? { DRAFT_TTL_DAYS: value } : {}) }).DRAFT_TTL_DAYS).toBe(result);
  });

  it.each(["0", "1.5", "days"])("refuses %s", (value) => {
    expect(() => getEnv({ NODE_ENV: "test", DATA_DIR: dataDir, DRAFT_TTL_DAYS: value })).toThrow(/DRAFT_TTL_DAYS/);
  });
});

describeEachDatabase("drafts", (t) => {
  it("start empty, in the chosen language, expiring after DRAFT_TTL_DAYS", async () => {
    const id = await createDraft(t.db, "cy", t0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await getDraft(t.db, id, t0)).toEqual({
      id,
      answers: {},
      lang: "cy",
      updatedAt: t0,
      expiresAt: at(7 * DAY),
    });
  });

  it.each([
    { when: "a moment before it expires", now: at(7 * DAY - 1), found: true },
    { when: "the moment it expires", now: at(7 * DAY), found: false },
    { when: "long after it expired", now: at(400 * DAY), found: false },
  ])("are found $when: $found", async ({ now, found }) => {
    const id = await createDraft(t.db, "en", t0);
    expect((await getDraft(t.db, id, now)) !== null).toBe(found);
  });

  it("are absent when unknown", async () => {
    expect(await getDraft(t.db, "00000000-0000-4000-8000-000000000000", t0)).toBeNull();
  });

  it("keep saved answers exactly and extend the expiry from the save", async () => {
    const id = await createDraft(t.db, "en", t0);
    const answers = { who: { relationship: "parent" }, what: { details: 'Ysbyty "Gwynedd" – ŵ ŷ ✓', dates: ["2026-01-02"] } };
    const saved = await saveAnswers(t.db, id, answers, "cy", at(3 * DAY));
    expect(saved).toEqual({ ok: true, expiresAt: at(10 * DAY) });
    expect(await getDraft(t.db, id, at(9 * DAY))).toEqual({
      id,
      answers,
      lang: "cy",
      updatedAt: at(3 * DAY),
      expiresAt: at(10 * DAY),
    });
  });

  it.each([
    { case: "unknown", expire: false },
    { case: "expired", expire: true },
  ])("are not saved, and not revived, when $case", async ({ expire }) => {
    const id = expire ? await createDraft(t.db, "en", t0) : "00000000-0000-4000-8000-000000000000";
    const now = expire ? at(8 * DAY) : t0;
    expect(await saveAnswers(t.db, id, { late: true }, "en", now)).toEqual({ ok: false, reason: "not-found" });
    expect(await getDraft(t.db, id, now)).toBeNull();
  });

  it("are deleted with their return tokens and consent requests", async () => {
    const id = await createDraft(t.db, "en", t0);
    const other = await createDraft(t.db, "en", t0);
    const token = await createReturnToken(t.db, { draftId: id, now: t0, expiresAt: at(DAY) });
    const consent = await createConsentRequest(t.db, { target: { draftId: id }, now: t0, expiresAt: at(DAY) });
    await t.db.updateTable("drafts").set({ expires_at: toIso(t0) }).where("id", "=", id).execute();
    expect(await deleteExpiredDrafts(t.db, at(1))).toBe(1);
    expect(await getDraft(t.db, id, t0)).toBeNull();
    expect(await findReturnToken(t.db, token, t0)).toBeNull();
    expect(await findConsentRequest(t.db, consent, t0)).toBeNull();
    expect(await getDraft(t.db, other, t0)).not.toBeNull();
  });

  it("expire in bulk: only expired drafts go, with their tokens, and the count says how many", async () => {
    const old1 = await createDraft(t.db, "en", t0);
    const old2 = await createDraft(t.db, "cy", at(DAY));
    const live = await createDraft(t.db, "en", at(5 * DAY));
    const oldToken = await createReturnToken(t.db, { draftId: old1, now: t0, expiresAt: at(30 * DAY) });
    const liveToken = await createReturnToken(t.db, { draftId: live, now: t0, expiresAt: at(30 * DAY) });
    const sweepAt = at(9 * DAY);

    expect(await deleteExpiredDrafts(t.db, sweepAt)).toBe(2);
    expect(await deleteExpiredDrafts(t.db, sweepAt)).toBe(0);
    expect(await getDraft(t.db, old2, at(DAY))).toBeNull();
    expect(await getDraft(t.db, live, sweepAt)).not.toBeNull();
    expect(await findReturnToken(t.db, oldToken, t0)).toBeNull();
    expect(await findReturnToken(t.db, liveToken, sweepAt)).toEqual({ draftId: live, expiresAt: at(30 * DAY) });
  });
});
