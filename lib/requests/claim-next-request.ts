import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";

/**
 * "Next request": the most urgent unassigned request in review, claimed
 * atomically. SKIP LOCKED lets two reviewers pressing at once get different
 * ones. When nothing is unassigned, the caller's own most urgent claimed
 * request in review (`resumed`: nothing changes, nothing is audited), so the
 * key keeps leading somewhere until the reviewer's work is done.
 */
export async function claimNextRequest(
  db: Db,
  actorId: string,
): Promise<{ id: string; ref: string; resumed: boolean } | null> {
  return db.transaction(async (tx) => {
    const rows = await tx.execute<{ id: string; ref: string }>(sql`
      UPDATE refund_requests SET assignee_id = ${actorId}, version = version + 1, updated_at = now()
      WHERE id = (
        SELECT id FROM refund_requests
        WHERE status = 'to_review' AND assignee_id IS NULL
        ORDER BY review_by ASC NULLS LAST, received_at ASC, id ASC
        LIMIT 1 FOR UPDATE SKIP LOCKED
      )
      RETURNING id, ref`);
    const row = rows[0];
    if (!row) {
      const [own] = await tx.execute<{ id: string; ref: string }>(sql`
        SELECT id, ref FROM refund_requests
        WHERE status = 'to_review' AND assignee_id = ${actorId}
        ORDER BY review_by ASC NULLS LAST, received_at ASC, id ASC
        LIMIT 1`);
      return own ? { id: own.id, ref: own.ref, resumed: true } : null;
    }
    await recordAudit(tx, {
      actorId,
      action: "request.claimed",
      entityType: "request",
      entityId: row.id,
      data: { from: null, to: actorId, via: "next" },
    });
    return { id: row.id, ref: row.ref, resumed: false };
  });
}
