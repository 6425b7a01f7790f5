import type { Db } from "@/db/client";
import type { Keyring } from "@/lib/ingest/secret-box";
import { countStale, resealBatch } from "./reseal-table";
import { countClearRows, sealClearAttachments, sealClearEmails } from "./seal-clear-rows";
import { SEALED_TABLES, type SealedTable } from "./sealed-columns";

export type RotateProgress = {
  table: string;
  step: "sealed from clear" | "re-sealed";
  done: number;
  of: number;
};

export type RotateKeysOptions = {
  /** The keys: the current one seals, every listed one may open. */
  ring: Keyring;
  /** Rows per batch; each batch is one transaction. */
  batchSize?: number;
  onProgress?: (p: RotateProgress) => void;
};

export type RotateReport = {
  keyId: string;
  /** Rows sealed from the clear (stored before sealing existed), per table. */
  sealedFromClear: { inbound_emails: number; email_attachments: number };
  /** Rows whose values were re-sealed with the current key, per table. */
  resealed: Record<SealedTable, number>;
};

/**
 * `keys:rotate`: first seals the rows still in the clear, then re-seals, table by table, every
 * value not under the current key (older keys, the v1 format). In batches, each its own
 * transaction: an interrupted run keeps what it committed, and a run again skips every row
 * already on the current key, so it is idempotent and resumable. A value under a key the
 * keyring lacks stops the run with a SealedValueError naming table, column, row and key id.
 */
export async function rotateKeys(db: Db, o: RotateKeysOptions): Promise<RotateReport> {
  const limit = o.batchSize ?? 500;
  const progress = o.onProgress ?? (() => undefined);
  const report: RotateReport = {
    keyId: o.ring.current.id,
    sealedFromClear: await sealClearRows(db, o.ring, { batchSize: limit, onProgress: progress }),
    resealed: Object.fromEntries(SEALED_TABLES.map((t) => [t, 0])) as Record<SealedTable, number>,
  };
  for (const table of SEALED_TABLES) {
    const of = await countStale(db, table, o.ring);
    let after: string | null = null;
    for (;;) {
      const batch = await resealBatch(db, { table, ring: o.ring, after, limit });
      if (batch.lastId === null) break;
      after = batch.lastId;
      report.resealed[table] += batch.resealed;
      progress({ table, step: "re-sealed", done: report.resealed[table], of });
    }
  }
  return report;
}

/**
 * The one-time step for a database from before sealing: every email and attachment still in the
 * clear sealed (and masked where shown) with the current key. `npm start` runs it after the
 * migrations; on a sealed database it finds nothing.
 */
export async function sealClearRows(
  db: Db,
  ring: Keyring,
  o: { batchSize?: number; onProgress?: (p: RotateProgress) => void } = {},
): Promise<RotateReport["sealedFromClear"]> {
  const limit = o.batchSize ?? 500;
  const of = await countClearRows(db);
  const done = { inbound_emails: 0, email_attachments: 0 };
  for (let n; (n = await sealClearEmails(db, ring, limit)) > 0;) {
    done.inbound_emails += n;
    o.onProgress?.({
      table: "inbound_emails",
      step: "sealed from clear",
      done: done.inbound_emails,
      of: of.emails,
    });
  }
  for (let n; (n = await sealClearAttachments(db, ring, limit)) > 0;) {
    done.email_attachments += n;
    o.onProgress?.({
      table: "email_attachments",
      step: "sealed from clear",
      done: done.email_attachments,
      of: of.attachments,
    });
  }
  return done;
}
