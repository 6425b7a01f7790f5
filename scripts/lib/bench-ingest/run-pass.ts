import { performance } from "node:perf_hooks";
import { createDb } from "../../../db/client";
import { runMigrations } from "../../../db/migrate";
import { urlAs } from "../../../db/roles/ensure-app-role";
import { resetEnvCache } from "../../../lib/env";
import { ingestEmail } from "../../../lib/requests/ingest-email";
import { type AppLogin, openDatabase } from "./bench-server";
import { resetCorpusRandom } from "./corpus-random";
import { generateEmails } from "./generate-emails";
import { MB, type PassMemory, startPassMeter, type Window } from "./pass-meter";
import { postgresCpuMs } from "./postgres-cpu";
import { CUSTOMERS, seedAccounts } from "./seed-accounts";

export type PassResult = {
  concurrency: number;
  elapsedMs: number;
  emailsPerSec: number;
  cpuMsPerEmail: number;
  postgresCpuMsPerEmail: number | null;
  outcomes: Record<string, number>;
  windows: Window[];
  memory: PassMemory;
};

/**
 * One measured pass on a fresh database: seed, generate, warm up, then push
 * `count` emails through ingestEmail with `concurrency` workers (1 = one
 * sequential stream). Each email goes through the full pipeline.
 */
export async function runPass(
  adminUrl: string,
  app: AppLogin,
  concurrency: number,
  count: number,
): Promise<PassResult> {
  const database = await openDatabase(adminUrl);
  let handle: ReturnType<typeof createDb> | undefined;
  try {
    await runMigrations(database.url, { appRole: app?.user ?? null });
    const url = app ? urlAs(database.url, app.user, app.password) : database.url;
    process.env.DATABASE_URL = url;
    resetEnvCache();
    handle = createDb(url, Math.max(2, concurrency + 1));
    const db = handle.db;
    resetCorpusRandom(); // same corpus in every pass
    const accounts = await seedAccounts(db);
    const tGen = performance.now();
    const emails = generateEmails(count, accounts);
    const genMs = performance.now() - tGen;
    const totalBytes = emails.reduce((s, e) => s + e.raw.length, 0);
    console.log(
      `[concurrency ${concurrency}] generated ${count} emails (${MB(totalBytes)} MB, avg ${Math.round(totalBytes / count)} B) in ${Math.round(genMs)} ms; ${CUSTOMERS} customers, ${CUSTOMERS * 2} orders`,
    );

    // Warm-up outside the measurement (JIT, connection, prepared statements) on separate emails.
    const warm = generateEmails(50, accounts).map((e, i) => ({
      ...e,
      raw: Buffer.from(e.raw.toString().replace(/Message-ID: <bench-/, `Message-ID: <warm${i}-`)),
    }));
    for (const e of warm)
      await ingestEmail(db, { raw: e.raw, channel: "cli", receivedAt: e.receivedAt });

    const meter = startPassMeter(emails.length);
    const cpu0 = process.cpuUsage();
    const pg0 = postgresCpuMs();
    const start = meter.begin();
    let next = 0;
    const worker = async () => {
      while (next < emails.length) {
        const e = emails[next++]!;
        const r = await ingestEmail(db, { raw: e.raw, channel: "cli", receivedAt: e.receivedAt });
        meter.completed(r.duplicate ? "duplicate" : (r.outcome?.kind ?? "none"));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsedMs = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    const pg1 = postgresCpuMs();
    const postgresCpuMsPerEmail =
      pg0 !== null && pg1 !== null ? Math.round(((pg1 - pg0) / count) * 100) / 100 : null;
    const overall = Math.round((count / elapsedMs) * 1000 * 10) / 10;
    const cpuMsPerEmail = Math.round(((cpu.user + cpu.system) / 1000 / count) * 100) / 100;
    const memory = meter.memory();
    console.log(
      `[concurrency ${concurrency}] overall: ${overall} emails/s over ${count} emails in ${Math.round(elapsedMs)} ms; Node CPU ${cpuMsPerEmail} ms/email, PostgreSQL CPU ${postgresCpuMsPerEmail ?? "?"} ms/email (target ≥ 200: ${overall >= 200 ? "met" : "NOT met"})`,
    );
    console.log(
      `[concurrency ${concurrency}] memory: baseline rss ${memory.baselineRssMb} MB heap ${memory.baselineHeapMb} MB; peak rss ${memory.peakRssMb} MB heap ${memory.peakHeapMb} MB`,
    );
    return {
      concurrency,
      elapsedMs: Math.round(elapsedMs),
      emailsPerSec: overall,
      cpuMsPerEmail,
      postgresCpuMsPerEmail,
      outcomes: meter.outcomes,
      windows: meter.windows,
      memory,
    };
  } finally {
    await handle?.sql.end();
    await database.close();
  }
}
