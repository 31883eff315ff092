import crypto from "node:crypto";
import { describeEachDatabase } from "~/db/testing/databases";
import { runInProcesses } from "~/db/testing/processes";
import { createDraft, getDraft } from "~/models/draft.server";
import { countByStatus, listOutbox } from "~/models/outbox.server";
import {
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
  createSubmission,
  deleteOldSubmissions,
  getSubmission,
  getSubmissionByDraftId,
  newReference,
  type NewSubmission,
} from "~/models/submission.server";
import { confirmConsent, createConsentRequest, findConsentRequest } from "~/models/token.server";

const t0 = new Date("2026-11-22T10:00:00.000Z");
const later = new Date("2026-11-23T10:00:00.000Z");

function input(draftId: string, overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    draftId,
    lang: "cy",
    answers: { about: { who: "self" }, what: { details: "Aros yn rhy hir – ŵ" } },
    routing: { ombudsman: "psow", ready: true },
    consent: { required: false },
    now: t0,
    outbox: [
      { kind: "confirmation", recipient: "person@example.org", payload: { subject: "Cadarnhad", text: "Diolch" } },
      { kind: "caseworker", recipient: "cases@example.org", payload: { subject: "New complaint" } },
    ],
    ...overrides,
  };
}

describe("references", () => {
  it.each(["0", "O", "1", "I", "L", "U", "V"])("never use the look-alike %s", (character) => {
    expect(REFERENCE_ALPHABET).not.toContain(character);
  });

  it("are 8 characters from the alphabet, every character in use", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const reference = newReference();
      expect(reference).toMatch(new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`));
      for (const character of reference) seen.add(character);
    }
    expect([...seen].sort().join("")).toBe([...REFERENCE_ALPHABET].sort().join(""));
  });
});

describeEachDatabase("createSubmission", (t) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("gives a message-building function the new reference, so emails can quote it", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const { submission } = await createSubmission(
      t.db,
      input(draftId, { outbox: ({ reference }) => [{ kind: "confirmation", recipient: "person@example.org", payload: { subject: `Reference ${reference}` } }] }),
    );
    const row = await t.db.selectFrom("outbox").select(["payload", "submission_id"]).executeTakeFirstOrThrow();
    expect(JSON.parse(row.payload)).toEqual({ subject: `Reference ${submission.reference}` });
    expect(row.submission_id).toBe(submission.id);
  });

  it("deletes old submissions once every message has gone, keeping any still waiting and anything recent", async () => {
    const oldSent = await createSubmission(t.db, input(await createDraft(t.db, "en", t0)));
    const oldWaiting = await createSubmission(t.db, input(await createDraft(t.db, "en", t0)));
    const recent = await createSubmission(t.db, input(await createDraft(t.db, "en", later), { now: later }));
    await t.db.updateTable("outbox").set({ status: "sent" }).where("submission_id", "in", [oldSent.submission.id, recent.submission.id]).execute();
    await t.db
      .updateTable("outbox")
      .set({ status: "failed" })
      .where("submission_id", "=", oldWaiting.submission.id)
      .where("kind", "=", "confirmation")
      .execute();
    const token = await createConsentRequest(t.db, { target: { submissionId: oldSent.submission.id }, now: t0, expiresAt: later });

    expect(await deleteOldSubmissions(t.db, new Date(t0.getTime() + 1000))).toBe(1);
    expect(await getSubmission(t.db, oldSent.submission.id)).toBeNull();
    expect(await findConsentRequest(t.db, token, t0)).toBeNull();
    expect(await t.db.selectFrom("outbox").select("id").where("submission_id", "=", oldSent.submission.id).execute()).toEqual([]);
    // The caseworker email of this one is still waiting: kept.
    expect(await getSubmission(t.db, oldWaiting.submission.id)).not.toBeNull();
    expect(await getSubmission(t.db, recent.submission.id)).not.toBeNull();
  });

  it("stores the submission and its outbox messages, and deletes the draft", async () => {
    const draftId = await createDraft(t.db, "cy", t0);
    const { submission, created } = await createSubmission(t.db, input(draftId));

    expect(created).toBe(true);
    expect(submission).toEqual({
      id: expect.any(String),
      reference: expect.stringMatching(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}$/),
      draftId,
      lang: "cy",
      answers: input(draftId).answers,
      routing: input(draftId).routing,
      consent: input(draftId).consent,
      createdAt: t0,
    });
    expect(await getSubmission(t.db, submission.id)).toEqual(submission);
    expect(await getDraft(t.db, draftId, t0)).toBeNull();

    const outbox = await t.db.selectFrom("outbox").selectAll().orderBy("kind").execute();
    expect(outbox.map((row) => [row.kind, row.recipient, row.idempotency_key, row.status, row.attempts, row.submission_id])).toEqual([
      ["caseworker", "cases@example.org", `${submission.id}:caseworker:cases@example.org`, "pending", 0, submission.id],
      ["confirmation", "person@example.org", `${submission.id}:confirmation:person@example.org`, "pending", 0, submission.id],
    ]);
    expect(JSON.parse(outbox[1]?.payload ?? "")).toEqual({ subject: "Cadarnhad", text: "Diolch" });
    expect(outbox[1]?.next_attempt_at).toBe(t0.toISOString());
  });

  it("returns the first submission unchanged when the draft is submitted again, and writes nothing", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const first = await createSubmission(t.db, input(draftId));
    const again = await createSubmission(
      t.db,
      input(draftId, { answers: { changed: true }, now: later, outbox: [{ kind: "webhook", recipient: "https://example.org/hook", payload: {} }] }),
    );

    expect(again).toEqual({ submission: first.submission, created: false });
    expect(await countByStatus(t.db)).toEqual({ pending: 2, sending: 0, sent: 0, failed: 0 });
    expect((await t.db.selectFrom("submissions").select("id").execute()).length).toBe(1);
  });

  it("uses a caller's idempotency key when given", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    await createSubmission(
      t.db,
      input(draftId, { outbox: [{ kind: "webhook", recipient: "https://example.org/hook", idempotencyKey: "hook-1", payload: { a: 1 } }] }),
    );
    const rows = await t.db.selectFrom("outbox").select(["idempotency_key", "kind"]).execute();
    expect(rows).toEqual([{ idempotency_key: "hook-1", kind: "webhook" }]);
  });

  it("makes exactly one submission and one set of messages from five simultaneous calls", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const results = await Promise.all(Array.from({ length: 5 }, () => createSubmission(t.db, input(draftId))));

    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.submission.id)).size).toBe(1);
    expect(await countByStatus(t.db)).toMatchObject({ pending: 2 });
  });

  it("makes exactly one submission when four server processes submit the same draft at once", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const results = (await runInProcesses(
      t.config,
      ["a", "b", "c", "d"].map((workerId) => ({ action: "createSubmission" as const, workerId, draftId, now: t0.toISOString() })),
    )) as Array<{ id: string; created: boolean }>;

    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const rows = await t.db.selectFrom("outbox").select(["submission_id"]).execute();
    expect(rows).toEqual([{ submission_id: results[0]?.id }]);
  }, 30_000);

  it("tries another reference when the first is taken", async () => {
    const taken = await createSubmission(t.db, input(await createDraft(t.db, "en", t0)));
    const takenDigits = [...taken.submission.reference].map((c) => REFERENCE_ALPHABET.indexOf(c));
    const random = crypto.randomInt.bind(crypto);
    let calls = 0;
    // The first eight draws spell the taken reference; later draws are random again.
    vi.spyOn(crypto, "randomInt").mockImplementation(((max: number) => (calls < REFERENCE_LENGTH ? takenDigits[calls++] : random(max))) as typeof crypto.randomInt);

    const { submission, created } = await createSubmission(t.db, input(await createDraft(t.db, "en", t0)));
    expect(calls).toBe(REFERENCE_LENGTH);
    expect(created).toBe(true);
    expect(submission.reference).not.toBe(taken.submission.reference);
  });

  it("gives up after repeated reference collisions, writing nothing and keeping the draft", async () => {
    vi.spyOn(crypto, "randomInt").mockImplementation((() => 0) as unknown as typeof crypto.randomInt);
    await createSubmission(t.db, input(await createDraft(t.db, "en", t0)));
    const draftId = await createDraft(t.db, "en", t0);

    await expect(createSubmission(t.db, input(draftId))).rejects.toThrow(/No free submission reference/);
    expect(await getDraft(t.db, draftId, t0)).not.toBeNull();
    expect(await getSubmissionByDraftId(t.db, draftId)).toBeNull();
  });

  it("rolls everything back when a message cannot be stored, keeping the draft", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const broken = input(draftId, {
      outbox: [
        { kind: "confirmation", recipient: "person@example.org", payload: {} },
        { kind: "caseworker", recipient: null as unknown as string, payload: {} },
      ],
    });

    await expect(createSubmission(t.db, broken)).rejects.toThrow();
    expect(await getDraft(t.db, draftId, t0)).not.toBeNull();
    expect(await getSubmissionByDraftId(t.db, draftId)).toBeNull();
    expect(await countByStatus(t.db)).toEqual({ pending: 0, sending: 0, sent: 0, failed: 0 });
  });

  it("moves the draft's consent requests to the submission", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const token = await createConsentRequest(t.db, { target: { draftId }, now: t0, expiresAt: later });
    const { submission } = await createSubmission(t.db, input(draftId));

    expect(await findConsentRequest(t.db, token, t0)).toEqual({ draftId: null, submissionId: submission.id, expiresAt: later });
    expect(await confirmConsent(t.db, token, { name: "Sam Jones", now: t0 })).toMatchObject({ submissionId: submission.id });
  });

  it("finds submissions by draft and by id", async () => {
    const draftId = await createDraft(t.db, "en", t0);
    const { submission } = await createSubmission(t.db, input(draftId));

    expect(await getSubmissionByDraftId(t.db, draftId)).toEqual(submission);
    expect(await getSubmission(t.db, submission.id)).toEqual(submission);
    expect(await getSubmissionByDraftId(t.db, "no-such-draft")).toBeNull();
    expect(await getSubmission(t.db, "no-such-id")).toBeNull();
    expect((await listOutbox(t.db, { limit: 10 })).map((m) => m.reference)).toEqual([submission.reference, submission.reference]);
  });
});
