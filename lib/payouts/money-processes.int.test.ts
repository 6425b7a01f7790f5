import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, inArray, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/db/client";
import { orders, payouts } from "@/db/schema";
import { makeRequestFixture, makeUser } from "@/db/test/request-fixture";
import { resetEnvCache } from "@/lib/env";
import { spawnRunner, type RunnerChild } from "@/lib/jobs/test-support/spawn-runner";
import { createScratchDatabase, type ScratchDatabase } from "@/test-support/scratch-database";
import {
  startSandboxProvider,
  type SandboxProviderProcess,
} from "../../scripts/lib/start-sandbox-provider";
import { startAppWebhook } from "./test-support/app-webhook";
import { decide, violations } from "./test-support/money-fixture";

// The production jobs with pg-boss's dead-worker detection at its shortest (heartbeat 10 s).
const RUNNER = "lib/jobs/test-support/test-runner.ts";
const SECRET = "whsec_money_processes_0123456789";
const API_KEY = "sk_sandbox_money_processes";
const DETAILS_KEY = Buffer.alloc(32, 7).toString("base64");

describe("payouts across processes: two job runners, kill -9, the provider killed mid-refund", () => {
  let scratch: ScratchDatabase;
  let handle: ReturnType<typeof createDb>;
  let webhook: Awaited<ReturnType<typeof startAppWebhook>>;
  let sandbox: SandboxProviderProcess;
  const runners: RunnerChild[] = [];
  const db = () => handle.db;

  const startRunner = async () => {
    const r = await spawnRunner(RUNNER, {
      DATABASE_URL: scratch.url,
      PAYMENT_PROVIDER_URL: sandbox.url,
      PAYMENT_PROVIDER_API_KEY: API_KEY,
      PAYMENT_WEBHOOK_SECRET: SECRET,
      PAYMENT_DETAILS_KEY: DETAILS_KEY,
      PAYMENT_PROVIDER_TIMEOUT_MS: "3000",
      LOG_LEVEL: "warn",
    });
    runners.push(r);
    return r;
  };

  beforeAll(async () => {
    process.env.PAYMENT_DETAILS_KEY = DETAILS_KEY;
    resetEnvCache();
    scratch = await createScratchDatabase(
      inject("ownerDatabaseUrl"),
      inject("databaseUrl"),
      "rd_money",
    );
    handle = createDb(scratch.url, 8);
    webhook = await startAppWebhook(handle.db, SECRET);
    sandbox = await startSandboxProvider({
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "rd-money-sandbox-")),
      webhookUrl: webhook.url,
      webhookSecret: SECRET,
      apiKey: API_KEY,
      settleDelayMs: 500,
      testControls: true,
      extraArgs: ["--webhook-retry-base-ms", "200", "--webhook-retry-max-ms", "2000"],
    });
  });
  afterEach(async () => {
    for (const r of runners.splice(0)) {
      r.child.kill("SIGKILL");
      await r.exited;
    }
  });
  afterAll(async () => {
    await sandbox?.stop();
    await webhook?.close();
    await handle?.sql.end();
    await scratch?.drop();
  });

  /** `n` requests decided at once: every third direct (one in ten of those to a declined card), the rest to the balance. */
  async function decideMany(n: number, reviewer: { id: string }) {
    const ids: string[] = [];
    const fixtures = [];
    for (let i = 0; i < n; i++)
      fixtures.push(
        await makeRequestFixture(db(), i % 30 === 2 ? { paymentRef: `ch_declined_${i}_0002` } : {}),
      );
    await Promise.all(
      fixtures.map(async (f, i) => {
        const d = await decide(
          db(),
          f.requestId,
          reviewer,
          i % 3 === 2
            ? { destination: "direct", justification: "Asked for the card personally" }
            : {},
        );
        ids.push(d.payoutId!);
      }),
    );
    return ids;
  }

  /** Disposable activations past minute 15 with an empty SMS table. */
  async function dueActivations(n: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push((await makeRequestFixture(db(), { paidMinor: 45 })).orderId);
    await db().execute(
      sql`UPDATE orders SET kind = 'disposable_number', activated_at = now() - interval '16 minutes' WHERE id IN ${ids}`,
    );
    return ids;
  }

  async function settledEverywhere(payoutIds: string[], orderIds: string[]) {
    await expect
      .poll(
        async () => {
          const open = await db()
            .select({ state: payouts.state })
            .from(payouts)
            .where(inArray(payouts.id, payoutIds));
          const booked = await db()
            .select({ at: orders.autoRefundedAt })
            .from(orders)
            .where(inArray(orders.id, orderIds));
          return (
            open.filter((p) => !["credited", "settled", "failed"].includes(p.state)).length +
            booked.filter((o) => o.at === null).length
          );
        },
        { timeout: 240_000, interval: 1_000 },
      )
      .toBe(0);
  }

  async function assertExactlyOnce(payoutIds: string[]) {
    const res = await fetch(`${sandbox.url}/__sandbox/refunds`);
    const { refunds: listing } = (await res.json()) as {
      refunds: { idempotencyKey: string; status: string }[];
    };
    const keys = listing.map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    const direct = await db().select().from(payouts).where(inArray(payouts.id, payoutIds));
    for (const p of direct.filter((x) => x.destination === "direct")) {
      const mine = listing.filter((r) => r.idempotencyKey === `payout:${p.id}:1`);
      expect(mine, `one provider refund for payout ${p.id}`).toHaveLength(1);
      expect(p.state).toBe(mine[0]!.status === "succeeded" ? "settled" : "failed");
    }
    expect(await violations(db())).toEqual([]);
  }

  it("two runners at once book a few hundred payouts and the disposable refunds exactly once, none left behind", async () => {
    const reviewer = await makeUser(db(), "reviewer");
    await Promise.all([startRunner(), startRunner()]);
    const orderIds = await dueActivations(40);
    const t0 = Date.now();
    const payoutIds = await decideMany(240, reviewer);
    const t1 = Date.now();
    await settledEverywhere(payoutIds, orderIds);
    console.log(`240 decisions in ${t1 - t0} ms; all booked ${Date.now() - t1} ms later`);
    await assertExactlyOnce(payoutIds);
    const auto = await db().select().from(payouts).where(inArray(payouts.orderId, orderIds));
    expect(auto).toHaveLength(40);
  }, 420_000);

  it("the provider times out after accepting: the runner's retry reuses the key and the provider pays once", async () => {
    const reviewer = await makeUser(db(), "reviewer");
    // The next refund the sandbox accepts is answered after 5 s; the runner gives up after 3 s.
    const fault = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ delayResponseMs: 5_000, count: 1, on: "create" }),
    });
    expect(fault.ok).toBe(true);
    await startRunner();
    const f = await makeRequestFixture(db());
    const d = await decide(db(), f.requestId, reviewer, {
      destination: "direct",
      justification: "Asked for the card",
    });
    await settledEverywhere([d.payoutId!], []);
    const [p] = await db()
      .select()
      .from(payouts)
      .where(inArray(payouts.id, [d.payoutId!]));
    expect(p).toMatchObject({ state: "settled", attempt: 1 });
    // The webhook settled it while the runner still waited; the runner's call then timed out and
    // its job was retried, with the same key: the retry found the refund settled and paid nothing.
    const job = async () =>
      (
        await db().execute<{ state: string; retry_count: number }>(
          sql`SELECT state, retry_count FROM pgboss.job WHERE name = 'advance-payout' AND data->>'payoutId' = ${d.payoutId!}`,
        )
      )[0];
    await expect.poll(async () => (await job())?.state, { timeout: 60_000 }).toBe("completed");
    expect((await job())!.retry_count).toBeGreaterThanOrEqual(1);
    await assertExactlyOnce([d.payoutId!]);
  }, 180_000);

  it("kill -9 of the runner mid-batch and of the provider mid-refund: after restarts every payout completes exactly once", async () => {
    const reviewer = await makeUser(db(), "reviewer");
    const payoutIds = await decideMany(90, reviewer);
    const first = await startRunner();
    // Kill both mid-work: some payouts booked, some at the provider, most still waiting.
    const moved = async () =>
      (
        await db()
          .select()
          .from(payouts)
          .where(
            and(
              inArray(payouts.id, payoutIds),
              inArray(payouts.state, ["credited", "sent", "settled", "failed"]),
            ),
          )
      ).length;
    await expect.poll(moved, { timeout: 60_000, interval: 100 }).toBeGreaterThan(10);
    first.child.kill("SIGKILL");
    await first.exited;
    await sandbox.kill();
    const atKill = await db()
      .select({ state: payouts.state, n: sql<number>`count(*)::int` })
      .from(payouts)
      .where(inArray(payouts.id, payoutIds))
      .groupBy(payouts.state);
    console.log(`at kill -9: ${atKill.map((r) => `${String(r.state)} ${String(r.n)}`).join(", ")}`);
    expect(await moved()).toBeLessThan(90);
    await sandbox.restart();
    await startRunner();
    await settledEverywhere(payoutIds, []);
    await assertExactlyOnce(payoutIds);
  }, 420_000);
});
