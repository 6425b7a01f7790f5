import type { Db } from "../../db/client";
import { demoEmails, seedDemo } from "../../db/seed/seed-demo";
import { ingestEmail } from "../../lib/requests/ingest-email";

/**
 * Demo data for a fresh database: accounts, orders, outages, SMS logs and the
 * demo sign-ins; then the demo mailbox goes through the real ingestion
 * pipeline, exactly as customer mail would.
 */
export async function seedFirstStart(db: Db, log: (line: string) => void): Promise<void> {
  const now = new Date();
  const summary = await seedDemo(db, { now });
  log(`Demo data loaded: ${Object.entries(summary).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  const outcomes: Record<string, number> = {};
  for (const e of demoEmails(now)) {
    const r = await ingestEmail(db, { raw: e.raw, channel: "seed", receivedAt: e.receivedAt, now });
    const kind = r.outcome?.kind ?? "duplicate";
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
  }
  log(`Demo mailbox ingested: ${Object.entries(outcomes).map(([k, v]) => `${v} ${k}`).join(", ")}`);
}
