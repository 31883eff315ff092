/**
 * One "server process" for multi-process storage tests, run by
 * processes.ts. It opens its own connection, prints READY, waits for a line
 * on stdin so that every child starts at the same moment, does one job with
 * the real modules, and prints RESULT and the job's JSON.
 */
import readline from "node:readline";
import { createDb, type Db, type DbConfig } from "~/db/db.server";
import { migrate } from "~/db/migrate.server";
import { createSubmission } from "~/models/submission.server";
import { claimDue, markSent } from "~/models/outbox.server";
import type { ChildJob } from "~/db/testing/processes";

async function run(db: Db, job: ChildJob): Promise<unknown> {
  switch (job.action) {
    case "migrate":
      await migrate(db);
      return "migrated";
    case "createSubmission": {
      const { submission, created } = await createSubmission(db, {
        draftId: job.draftId,
        lang: "en",
        answers: { worker: job.workerId },
        routing: {},
        consent: {},
        now: new Date(job.now),
        outbox: [{ kind: "confirmation", recipient: "person@example.org", payload: { worker: job.workerId } }],
      });
      return { id: submission.id, created };
    }
    case "drainOutbox": {
      const claimed: string[] = [];
      for (;;) {
        const batch = await claimDue(db, { workerId: job.workerId, now: new Date(job.now), limit: job.limit, leaseMs: 60_000 });
        if (batch.length === 0) return claimed;
        for (const message of batch) {
          claimed.push(message.id);
          await markSent(db, message.id, job.workerId, { providerMessageId: null, now: new Date(job.now) });
        }
      }
    }
  }
}

const { config, job } = JSON.parse(process.argv[2] ?? "") as { config: DbConfig; job: ChildJob };
const db = createDb(config);
const lines = readline.createInterface({ input: process.stdin });
process.stdout.write("READY\n");
await new Promise((resolve) => lines.once("line", resolve));
lines.close();
try {
  process.stdout.write(`RESULT ${JSON.stringify(await run(db, job))}\n`);
} finally {
  await db.destroy();
}
