import type { AuditAction } from "@/lib/audit/audit-actions";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ASSIGNABLE_ROLES } from "@/db/queries/users";
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

type Req = { id: string; ref: string; assigneeId: string | null };
type Rule = Omit<AssignRequestOptions, "requestId">;

/** Who a request goes to under one assignment action, or the refusal (the same rules for one request or many). */
function nextAssignee(req: Req, opts: Rule, activeStaff: (id: string) => boolean): string | null {
  switch (opts.mode) {
    case "claim":
      if (req.assigneeId && req.assigneeId !== opts.actorId) {
        throw new AppError("CONFLICT", {
          userMessage: `Someone else has already claimed ${req.ref}. Use take over if you need it.`,
        });
      }
      return opts.actorId;
    case "take_over":
      return opts.actorId;
    case "release":
      if (req.assigneeId === null) return null; // nothing to release: a no-op, not a refusal
      if (req.assigneeId !== opts.actorId && !opts.mayAssignOthers) {
        throw new AppError("FORBIDDEN", {
          userMessage: `Only the assignee or a manager can release ${req.ref}.`,
        });
      }
      return null;
    case "assign": {
      if (!opts.mayAssignOthers) {
        if (opts.assigneeId !== opts.actorId)
          throw new AppError("FORBIDDEN", {
            userMessage: "Only managers can assign requests to other people.",
          });
        // Assigning to oneself is a claim: it never takes a request from a colleague (that is "take over", recorded as such).
        return nextAssignee(req, { ...opts, mode: "claim" }, activeStaff);
      }
      const next = opts.assigneeId ?? null;
      if (next && !activeStaff(next))
        throw new AppError("INVALID_INPUT", {
          userMessage: "Requests can be assigned to active reviewers and managers only.",
        });
      return next;
    }
  }
}

const AUDIT_ACTION: Record<AssignMode, AuditAction> = {
  claim: "request.claimed",
  take_over: "request.taken_over",
  release: "request.released",
  assign: "request.assigned",
};

/**
 * Claim, release, assign or take over one request or several (from the
 * queue) in one transaction: every row is locked (in id order, so two bulk
 * actions cannot deadlock) and checked first; if any one is refused, nothing
 * changes and the message names it. Taking over from someone else is
 * explicit and recorded; nobody silently steals a request.
 */
export async function assignRequests(
  db: Db,
  opts: Rule & { requestIds: string[] },
): Promise<{ changed: number; assigneeId: string | null }> {
  const ids = [...new Set(opts.requestIds)].sort();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: refundRequests.id,
        ref: refundRequests.ref,
        assigneeId: refundRequests.assigneeId,
      })
      .from(refundRequests)
      .where(inArray(refundRequests.id, ids))
      .orderBy(asc(refundRequests.id))
      .for("update");
    if (rows.length !== ids.length) {
      throw new AppError("NOT_FOUND", {
        userMessage:
          ids.length === 1
            ? "This request no longer exists."
            : "Some of the selected requests no longer exist.",
      });
    }
    const staff =
      opts.mode === "assign" && opts.assigneeId
        ? await tx
            .select({ id: users.id })
            .from(users)
            .where(
              and(
                eq(users.id, opts.assigneeId),
                eq(users.active, true),
                inArray(users.role, ASSIGNABLE_ROLES),
              ),
            )
        : [];
    const plan = rows.map((req) => ({
      req,
      next: nextAssignee(req, opts, (id) => staff.some((u) => u.id === id)),
    }));
    const changes = plan.filter((p) => p.next !== p.req.assigneeId);
    const [first] = changes;
    if (first) {
      await tx
        .update(refundRequests)
        .set({ assigneeId: first.next, version: sql`${refundRequests.version} + 1` })
        .where(
          inArray(
            refundRequests.id,
            changes.map((c) => c.req.id),
          ),
        );
      // Sent together (pipelined on the transaction's connection, in order): the audit chain's head is held
      // from the first append to commit, so the appends should not each wait for a round trip.
      await Promise.all(
        changes.map((c) =>
          recordAudit(tx, {
            actorId: opts.actorId,
            action: AUDIT_ACTION[opts.mode],
            entityType: "request",
            entityId: c.req.id,
            data: { from: c.req.assigneeId, to: c.next },
          }),
        ),
      );
    }
    return { changed: changes.length, assigneeId: plan[0]?.next ?? null };
  });
}

/** One request: the request page's claim / release / take over / assign. */
export async function assignRequest(
  db: Db,
  opts: AssignRequestOptions,
): Promise<{ assigneeId: string | null }> {
  const { requestId, ...rule } = opts;
  const { assigneeId } = await assignRequests(db, { ...rule, requestIds: [requestId] });
  return { assigneeId };
}

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
