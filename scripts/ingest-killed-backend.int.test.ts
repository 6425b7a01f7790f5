import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeTestDb, resetDatabase, testDb } from "@/db/test/test-db";
import { recordAudit } from "@/lib/audit/record-audit";
import { buildEml, COMPLETE_BODY } from "@/lib/requests/test-support/build-eml";
import { TEST_PAYMENT_KEY_B64 } from "@/lib/requests/test-support/pipeline-env";

const FILES = 12;
/** How many of the CLI's transactions are caught waiting and their backends terminated. */
const KILLS = 2;
const APP_NAME = "rd-ingest-cli-under-test";

type Line = { file: string; outcome: string; error: string | null };

/**
 * Holds the audit chain head (every processing transaction appends to it last), waits until
 * the CLI's transaction queues behind it, terminates that backend mid-transaction, releases.
 */
async function killCliBackendMidTransaction(url: string, spare: number[]): Promise<number> {
  const holder = postgres(url, { max: 1, onnotice: () => undefined });
  const killer = postgres(url, { max: 1, onnotice: () => undefined });
  try {
    return await holder.begin(async (tx) => {
      await tx`SELECT 1 FROM audit_chain_head FOR UPDATE`;
      for (let attempt = 0; attempt < 2000; attempt++) {
        const waiting = await killer<{ pid: number }[]>`
          SELECT pid FROM pg_stat_activity
          WHERE application_name = ${APP_NAME} AND wait_event_type = 'Lock' AND xact_start IS NOT NULL
            AND NOT pid = ANY(${spare}::int[])`;
        if (waiting.length > 0) {
          await killer`SELECT pg_terminate_backend(${waiting[0]!.pid})`;
          return waiting[0]!.pid;
        }
        await killer`SELECT pg_sleep(0.01)`;
      }
      throw new Error("the CLI never waited on the audit chain head");
    });
  } finally {
    await holder.end();
    await killer.end();
  }
}

describe("npm run ingest while its database backend is killed mid-transaction", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-ingest-kill-"));
  const files = Array.from({ length: FILES }, (_, i) => {
    const file = path.join(dir, `mail-${String(i).padStart(2, "0")}.eml`);
    fs.writeFileSync(file, buildEml({ messageId: `kill-${i}@example.com`, body: COMPLETE_BODY }));
    return file;
  });
  beforeAll(async () => {
    await resetDatabase();
    // The chain head row exists from the first entry on; the test holds it to catch the CLI.
    await recordAudit(testDb(), {
      actorId: null,
      action: "request.created",
      entityType: "test",
      entityId: "ingest-cli",
      data: {},
    });
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await closeTestDb();
  });

  it("reports every file as it goes, goes on after the killed one, and exits normally", async () => {
    const url = inject("databaseUrl");
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...files], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PGAPPNAME: APP_NAME,
        PAYMENT_DETAILS_KEY: TEST_PAYMENT_KEY_B64,
        NEXTAUTH_SECRET: "x".repeat(32),
        INBOUND_WEBHOOK_SECRET: "y".repeat(32),
        LOG_LEVEL: "warn",
        DB_CONNECT_TIMEOUT_SECONDS: "5",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: Line[] = [];
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let buffered = "";
    child.stdout.on("data", (d: Buffer) => {
      buffered += d.toString();
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        lines.push(JSON.parse(buffered.slice(0, nl)) as Line);
        buffered = buffered.slice(nl + 1);
      }
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
      child.on("exit", (code, signal) => r({ code, signal })),
    );
    const killed: number[] = [];
    for (let i = 0; i < KILLS; i++) killed.push(await killCliBackendMidTransaction(url, killed));
    const exit = await exited;

    expect(new Set(killed).size).toBe(KILLS);
    expect(exit.signal).toBeNull();
    expect(stderr).not.toMatch(/TypeError.*\n\s+at /);
    expect(lines.map((l) => path.basename(l.file))).toEqual(files.map((f) => path.basename(f)));
    const failed = lines.filter((l) => l.error !== null);
    expect(failed).toHaveLength(KILLS);
    for (const l of failed) expect(l.error).toMatch(/not processed|not stored/);
    // Exit 1 says some files failed; the rest were imported on fresh connections.
    expect(exit.code).toBe(1);
    expect(lines.filter((l) => l.outcome === "created")).toHaveLength(FILES - KILLS);
    const [row] = await testDb().execute<{ n: string }>(
      sql`SELECT count(*)::text AS n FROM inbound_emails`,
    );
    expect(Number(row!.n)).toBe(FILES);
  });
});
