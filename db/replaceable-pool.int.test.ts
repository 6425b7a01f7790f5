import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "./client";
import { isConnectionLost } from "./connection-errors";

describe("a transaction whose backend is terminated", () => {
  const logged: string[] = [];
  const { db, sql: pool } = createDb(inject("databaseUrl"), 2, {
    limits: { connectTimeoutSeconds: 2 },
    log: (_obj, msg) => logged.push(msg),
  });
  const killer = postgres(inject("databaseUrl"), { max: 1, onnotice: () => undefined });
  afterAll(async () => {
    await pool.end({ timeout: 1 });
    await killer.end();
  });

  it("fails as a lost connection, and every later query gets a working connection at once", async () => {
    const failure = await db
      .transaction(async (tx) => {
        const [me] = await tx.execute<{ pid: number }>(sql`SELECT pg_backend_pid() AS pid`);
        await killer`SELECT pg_terminate_backend(${me!.pid})`;
        // Sent right after the kill: postgres.js 3.4.9 leaves this slot unusable (porsager/postgres#1208).
        await tx.execute(sql`SELECT 1`);
        await tx.execute(sql`SELECT 2`);
      })
      .then(
        () => null,
        (err: unknown) => err,
      );
    expect(isConnectionLost(failure)).toBe(true);
    expect(logged).toContain("database connection lost in a transaction: connection pool replaced");
    // More queries at once than the pool has connections, so a dead slot would be used.
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => db.execute<{ n: number }>(sql`SELECT ${i}::int AS n`)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill("fulfilled"));
  });
});
