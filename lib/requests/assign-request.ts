import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { refundRequests, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";

export type AssignMode = "claim" | "release" | "assign" | "take_over";

export type AssignRequestOptions = {
  actorId: string;
  requestId: string;
  mode: AssignMode;
  /** For "assign": who gets it (null = unassigned). */
  assigneeId?: string | null;
  /** May hand requests to other people (managers). */
  mayAssignOthers: boolean;
};

/**
 * Claim, release, assign or take over a request. Taking over from someone
 * else is explicit and recorded; nobody silently steals a request.
 */
export async function assignRequest(db: Db, opts: AssignRequestOptions): Promise<{ assigneeId: string | null }> {
  return db.transaction(async (tx) => {
    const [req] = await tx.select().from(refundRequests).where(eq(refundRequests.id, opts.requestId)).for("update");
    if (!req) throw new AppError("NOT_FOUND", { userMessage: "This request no longer exists." });
    let next: string | null;
    switch (opts.mode) {
      case "claim":
        if (req.assigneeId && req.assigneeId !== opts.actorId) {
          throw new AppError("CONFLICT", { userMessage: "Someone else has already claimed this request. Use take over if you need it." });
        }
        next = opts.actorId;
        break;
      case "take_over":
        next = opts.actorId;
        break;
      case "release":
        if (req.assigneeId !== opts.actorId && !opts.mayAssignOthers) {
          throw new AppError("FORBIDDEN", { userMessage: "Only the assignee or a manager can release this request." });
        }
        next = null;
        break;
      case "assign": {
        if (!opts.mayAssignOthers && opts.assigneeId !== opts.actorId) {
          throw new AppError("FORBIDDEN", { userMessage: "Only managers can assign requests to other people." });
        }
        next = opts.assigneeId ?? null;
        if (next) {
          const [u] = await tx.select().from(users).where(and(eq(users.id, next), eq(users.active, true)));
          if (!u || u.role === "admin") throw new AppError("INVALID_INPUT", { userMessage: "Requests can be assigned to active reviewers and managers only." });
        }
        break;
      }
    }
    if (next === req.assigneeId) return { assigneeId: next };
    await tx.update(refundRequests).set({ assigneeId: next, version: sql`${refundRequests.version} + 1` }).where(eq(refundRequests.id, req.id));
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: `request.${opts.mode === "take_over" ? "taken_over" : opts.mode === "claim" ? "claimed" : opts.mode === "release" ? "released" : "assigned"}`,
      entityType: "request",
      entityId: req.id,
      data: { from: req.assigneeId, to: next },
    });
    return { assigneeId: next };
  });
}

/**
 * "Next request": the most urgent unassigned request in review, claimed
 * atomically. SKIP LOCKED lets two reviewers pressing at once get different
 * ones. When nothing is unassigned, the caller's own most urgent claimed
 * request in review (`resumed`: nothing changes, nothing is audited), so the
 * key keeps leading somewhere until the reviewer's work is done.
 */
export async function claimNextRequest(db: Db, actorId: string): Promise<{ id: string; ref: string; resumed: boolean } | null> {
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
    await recordAudit(tx, { actorId, action: "request.claimed", entityType: "request", entityId: row.id, data: { from: null, to: actorId, via: "next" } });
    return { id: row.id, ref: row.ref, resumed: false };
  });
}
