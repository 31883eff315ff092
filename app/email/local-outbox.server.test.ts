import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listLocalOutbox, readLocalMessage, writeLocalMessage } from "./local-outbox.server";
import type { EmailMessage } from "./types";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-outbox-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const message = (idempotencyKey: string): EmailMessage => ({
  to: "person@example.org",
  subject: "Your complaint",
  html: "<p>Hello</p>",
  text: "Hello",
  tag: "confirmation",
  idempotencyKey,
});
const jsonFiles = () => fs.readdirSync(dir).filter((name) => name.endsWith(".json"));

describe("local outbox", () => {
  it("writes the message as JSON, HTML and text, named by time and key", async () => {
    const result = await writeLocalMessage(message("submission:HSC-7KQ4:confirmation"), dir, new Date("2026-11-22T17:15:00.123Z"));
    expect(result.ok).toBe(true);
    const [file] = jsonFiles();
    expect(file).toMatch(/^2026-11-22T17-15-00-123Z-submission_HSC-7KQ4_confirmation-[0-9a-f]{10}\.json$/);
    const id = file!.slice(0, -5);
    expect(result).toEqual({ ok: true, providerMessageId: `local:${id}` });
    expect(fs.readFileSync(path.join(dir, `${id}.html`), "utf8")).toBe("<p>Hello</p>");
    expect(fs.readFileSync(path.join(dir, `${id}.txt`), "utf8")).toBe("Hello");
    expect(await readLocalMessage(id, dir)).toEqual({ id, createdAt: "2026-11-22T17:15:00.123Z", ...message("submission:HSC-7KQ4:confirmation") });
  });

  it("writes a key only once, however often and however concurrently it is delivered", async () => {
    const first = await writeLocalMessage(message("key-1"), dir, new Date("2026-11-22T10:00:00Z"));
    const again = await Promise.all(Array.from({ length: 20 }, (_, i) => writeLocalMessage(message("key-1"), dir, new Date(Date.UTC(2026, 10, 22, 11, i)))));
    expect(again.every((result) => JSON.stringify(result) === JSON.stringify(first))).toBe(true);
    expect(jsonFiles()).toHaveLength(1);
  });

  it("keeps concurrent first writes of one key to one file", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeLocalMessage(message("racing"), dir, new Date(Date.UTC(2026, 10, 22, 11, i)))));
    expect(jsonFiles()).toHaveLength(1);
  });

  it("keeps keys that look alike as file names apart", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    await writeLocalMessage(message("a:b"), dir, now);
    await writeLocalMessage(message("a/b"), dir, now);
    expect(jsonFiles()).toHaveLength(2);
  });

  it("lists messages newest first", async () => {
    await writeLocalMessage(message("older"), dir, new Date("2026-11-22T10:00:00Z"));
    await writeLocalMessage(message("newer"), dir, new Date("2026-11-22T11:00:00Z"));
    expect((await listLocalOutbox(dir)).map((m) => m.idempotencyKey)).toEqual(["newer", "older"]);
  });

  it("lists nothing before the first message", async () => {
    expect(await listLocalOutbox(path.join(dir, "not-yet"))).toEqual([]);
  });

  it.each(["../secret", "a/b", "", "x.json"])("refuses the id %j", async (id) => {
    expect(await readLocalMessage(id, dir)).toBeUndefined();
  });

  it("reports a disk problem as retryable, without the path or address", async () => {
    const notADir = path.join(dir, "file");
    fs.writeFileSync(notADir, "");
    const result = await writeLocalMessage(message("k"), notADir);
    expect(result).toEqual({ ok: false, retryable: true, error: expect.stringMatching(/^local outbox: E[A-Z]+$/) });
  });
});
