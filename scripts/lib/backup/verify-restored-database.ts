import fs from "node:fs";
import path from "node:path";
import { sql as dsql } from "drizzle-orm";
import { createDb } from "../../../db/client";
import { anchorLogFromEnv } from "../../../lib/audit/audit-anchors";
import { checkAnchors, type AnchorReport } from "../../../lib/audit/check-anchors";
import { verifyAuditChain, type AuditChainReport } from "../../../lib/audit/verify-audit-chain";
import { verifyLedger } from "../../../lib/ledger/verify-ledger";

export type RestoreCheck = {
  ok: boolean;
  migrations: { applied: number; expected: number };
  chain: AuditChainReport;
  ledger: { violations: string[]; transactions: number };
  /** Compared with this machine's anchor file: anchors newer than the backup are missing from it, as expected. */
  anchors: AnchorReport;
};

/** What a restored copy must pass before it is used: every migration applied, the whole audit chain, ledger:verify. */
export async function verifyRestoredDatabase(url: string): Promise<RestoreCheck> {
  const journal = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), "db", "migrations", "meta", "_journal.json"), "utf8"),
  ) as { entries: unknown[] };
  const { db, sql } = createDb(url, 2);
  try {
    const [row] = await db.execute<{ n: number }>(
      dsql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
    );
    const migrations = { applied: row?.n ?? 0, expected: journal.entries.length };
    const chain = await verifyAuditChain(db);
    const ledger = await verifyLedger(db);
    const anchors = await checkAnchors(db, anchorLogFromEnv());
    const violations = ledger.violations.map((v) => `[${v.invariant}] ${v.detail}`);
    return {
      ok: migrations.applied === migrations.expected && chain.ok && violations.length === 0,
      migrations,
      chain,
      ledger: { violations, transactions: ledger.counts.transactions ?? 0 },
      anchors,
    };
  } finally {
    await sql.end();
  }
}
