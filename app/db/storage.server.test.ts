import { startRetentionSweeper } from "~/db/storage.server";
import { useFreshProcessEnv } from "~/db/testing/fresh-process-env";
import { describeEachDatabase } from "~/db/testing/databases";
import { createDraft, getDraft } from "~/models/draft.server";

const DAY = 24 * 60 * 60 * 1000;

describe("startStorage", () => {
  const dataDir = useFreshProcessEnv();

  it("opens the configured database with its schema up to date, and can run again", async () => {
    vi.stubEnv("DATA_DIR", dataDir());
    vi.stubEnv("DATABASE_URL", "");
    const { startStorage } = await import("~/db/storage.server");
    const db = await startStorage();
    expect(await startStorage()).toBe(db);
    const id = await createDraft(db, "en", new Date());
    expect(await getDraft(db, id, new Date())).not.toBeNull();
  });
});

describeEachDatabase("startRetentionSweeper", (t) => {
  it("deletes expired drafts at once and then on every interval, until stopped", async () => {
    const t0 = new Date("2026-11-22T10:00:00.000Z");
    let now = new Date(t0.getTime() + 40 * DAY);
    const expired = await createDraft(t.db, "en", t0);
    const live = await createDraft(t.db, "en", now);
    const count = async () => (await t.db.selectFrom("drafts").select("id").execute()).length;

    const stop = startRetentionSweeper({ intervalMs: 20, db: t.db, clock: () => now });
    try {
      await vi.waitFor(async () => expect(await count()).toBe(1));
      expect(await getDraft(t.db, expired, t0)).toBeNull();
      expect(await getDraft(t.db, live, now)).not.toBeNull();

      now = new Date(now.getTime() + 40 * DAY);
      await vi.waitFor(async () => expect(await count()).toBe(0));
    } finally {
      stop();
    }
    await createDraft(t.db, "en", t0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await count()).toBe(1);
  });
});
