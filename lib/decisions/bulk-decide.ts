import { asc, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bulkDecisionItems, bulkDecisions, orders, refundRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { capViolation } from "@/lib/payouts/cap-violation";
import type { Outcome } from "@/lib/policy/vocabulary";
import { sampleBulkDecision } from "@/lib/quality/sample-bulk-decision";
import { AppError, isAppError } from "@/lib/server/app-error";
import type { DecisionContext } from "./decision-context";
import { decideOneInBulk, type BulkExpectation } from "./decide-one-in-bulk";
import { recommendedKind } from "./recommended-decision";
import { sampleForReview } from "./sample-for-review";

export type BulkDecideOptions = {
  /** The requests ticked, each with the version the reviewer saw. */
  items: { requestId: string; version: number }[];
  /** What the reviewer confirmed: every request must still recommend exactly this. */
  expected: BulkExpectation;
  actor: DecisionContext["actor"];
  /** One per confirmation, so a double submit decides nothing twice. */
  idempotencyKey: string;
  /** Share (0–100) of the batch set aside for a second reviewer (quality sampling). */
  samplePercent: number;
  now?: Date;
};
export type BulkRefusal = { ref: string; reason: string };
export type BulkDecided = {
  bulkId: string | null;
  decided: number;
  sampled: number;
  repeated: boolean;
};

/**
 * Decides many requests as recommended, ALL OR NOTHING (the issue's rule: a batch is one
 * confirmation, so a half-done batch would leave the reviewer to find out which half). Each
 * request is its own decision, reply and audit entry through decideOneInBulk; every request is
 * tried, and if any is refused nothing is saved and the error lists each one by reference with
 * its reason (details: BulkRefusal[]). Requests, then their orders, are locked in id order first,
 * so two batches over shared orders cannot deadlock.
 */
export async function bulkDecide(db: Db, o: BulkDecideOptions): Promise<BulkDecided> {
  const now = o.now ?? new Date();
  const kind = recommendedKind(o.expected.outcome as Outcome);
  if (!kind || kind === "request_info" || o.items.length === 0)
    throw new AppError("INVALID_INPUT", {
      userMessage: "Only clear-cut approvals and denials can be decided together.",
    });
  const versions = new Map(o.items.map((i) => [i.requestId, i.version]));
  try {
    return await db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(refundRequests)
        .where(inArray(refundRequests.id, [...versions.keys()]))
        .orderBy(asc(refundRequests.id))
        .for("update");
      if (rows.length !== versions.size)
        throw new AppError("NOT_FOUND", { userMessage: "A selected request no longer exists." });
      const orderIds = [...new Set(rows.flatMap((r) => (r.orderId ? [r.orderId] : [])))];
      const locked = orderIds.length
        ? await tx
            .select({ id: orders.id, currency: orders.currency })
            .from(orders)
            .where(inArray(orders.id, orderIds))
            .orderBy(asc(orders.id))
            .for("update")
        : [];
      const currencyOf = new Map(locked.map((x) => [x.id, x.currency]));
      const refused: BulkRefusal[] = [];
      const decided: { requestId: string; decisionId: string }[] = [];
      let repeats = 0;
      for (const r of rows) {
        try {
          const res = await decideOneInBulk(tx, {
            request: r,
            currency: r.orderId ? (currencyOf.get(r.orderId) ?? null) : null,
            version: versions.get(r.id)!,
            kind,
            expected: o.expected,
            idempotencyKey: `${o.idempotencyKey}:${r.id}`,
            actor: o.actor,
            now,
          });
          if ("repeated" in res) repeats++;
          else decided.push({ requestId: r.id, decisionId: res.decisionId });
        } catch (err) {
          if (!isAppError(err)) throw err;
          refused.push({ ref: r.ref, reason: err.userMessage });
        }
      }
      if (refused.length)
        throw new AppError("CONFLICT", {
          userMessage: `Nothing was decided: ${refused.map((x) => `${x.ref}: ${x.reason}`).join("; ")}. Untick ${refused.length === 1 ? "it" : "them"} and decide again.`,
          details: refused,
        });
      // The same confirmation submitted again finds its own decisions and repeats the answer.
      if (repeats === rows.length) return { bulkId: null, decided: 0, sampled: 0, repeated: true };
      const [bulk] = await tx
        .insert(bulkDecisions)
        .values({
          decidedBy: o.actor.id,
          kind,
          clauses: o.expected.clauses,
          count: decided.length,
          samplePercent: o.samplePercent,
          createdAt: now,
        })
        .returning({ id: bulkDecisions.id });
      const sampled = sampleForReview(
        decided.map((d) => d.requestId),
        o.samplePercent,
      );
      await tx.insert(bulkDecisionItems).values(
        decided.map((d) => ({
          bulkId: bulk!.id,
          decisionId: d.decisionId,
          requestId: d.requestId,
          sampledForReview: sampled.has(d.requestId),
        })),
      );
      const qualitySampleId = await sampleBulkDecision(tx, {
        bulkId: bulk!.id,
        decidedBy: o.actor.id,
        sampledDecisionIds: decided
          .filter((d) => sampled.has(d.requestId))
          .map((d) => d.decisionId),
        population: decided.length,
        percent: o.samplePercent,
        clauses: o.expected.clauses,
        at: now,
      });
      await recordAudit(tx, {
        actorId: o.actor.id,
        action: "decision.bulk_recorded",
        entityType: "bulk_decision",
        entityId: bulk!.id,
        data: {
          kind,
          clauses: o.expected.clauses,
          requests: decided.map((d) => d.requestId),
          sampledForReview: [...sampled],
          qualitySampleId,
        },
      });
      return { bulkId: bulk!.id, decided: decided.length, sampled: sampled.size, repeated: false };
    });
  } catch (err) {
    // The database's own cap speaks only if the checks were bypassed; the batch is refused whole.
    if (capViolation(err))
      throw new AppError("CONFLICT", {
        userMessage: "These refunds would exceed what was paid for an order. Nothing was decided.",
      });
    throw err;
  }
}
