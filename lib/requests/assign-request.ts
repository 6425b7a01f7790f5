import type { AuditAction } from "@/lib/audit/audit-actions";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ASSIGNABLE_ROLES } from "@/db/queries/users";
import { refundRequests, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";
import { type AssignMode, type AssignRule, nextAssignee } from "./next-assignee";

export type AssignRequestOptions = AssignRule & {
  requestId: string;
};

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
  opts: AssignRule & { requestIds: string[] },
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
