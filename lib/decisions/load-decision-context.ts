import { desc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { getCalendar, getFourEyesSettings } from "@/db/queries/settings";
import {
  decisions,
  orders,
  paymentMethods,
  payouts,
  policyEvaluations,
  refundRequests,
  users,
  type Decision,
} from "@/db/schema";
import { HOLDING_STATES } from "@/lib/payouts/vocabulary";
import type { PolicyResult } from "@/lib/policy";
import { AppError } from "@/lib/server/app-error";
import type { DecisionContext } from "./decision-context";
import type { RecordDecisionInput } from "./decision-schema";
import { staleDetails } from "./stale-details";

export type LoadedDecision =
  { repeat: Decision; ctx?: undefined } | { repeat?: undefined; ctx: DecisionContext };

/**
 * Reads what a decision depends on, locking what it changes in the order
 * every money write takes: the request, its payouts, then the order (the cap
 * read here cannot change before commit). A form submitted twice finds its
 * own decision (`repeat`); a form rendered from an older version is STALE.
 */
export async function loadDecisionContext(
  tx: Tx,
  input: RecordDecisionInput,
  actor: DecisionContext["actor"],
  now: Date,
): Promise<LoadedDecision> {
  const [request] = await tx
    .select()
    .from(refundRequests)
    .where(eq(refundRequests.id, input.requestId))
    .for("update");
  if (!request) throw new AppError("NOT_FOUND", { userMessage: "This request no longer exists." });
  const [repeat] = await tx
    .select()
    .from(decisions)
    .where(eq(decisions.idempotencyKey, input.idempotencyKey));
  if (repeat && repeat.requestId !== request.id)
    throw new AppError("CONFLICT", {
      userMessage: "This form belongs to another request. Reload the page and decide again.",
    });
  if (repeat) return { repeat };
  if (request.version !== input.version)
    throw new AppError("STALE", {
      userMessage:
        "This request changed since you opened it. Nothing was saved; review the changes and decide again.",
      details: await staleDetails(tx, request, input.version),
    });
  const [assignee] =
    request.assigneeId && request.assigneeId !== actor.id
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, request.assigneeId))
      : [];
  const [latest] = await tx
    .select({ d: decisions, by: users.name })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.decidedBy))
    .where(eq(decisions.requestId, request.id))
    .orderBy(desc(decisions.createdAt))
    .limit(1);
  const own = await tx
    .select()
    .from(payouts)
    .where(eq(payouts.requestId, request.id))
    .for("update");
  const [order] = request.orderId
    ? await tx.select().from(orders).where(eq(orders.id, request.orderId)).for("update")
    : [];
  const [method] = order?.paymentMethodId
    ? await tx.select().from(paymentMethods).where(eq(paymentMethods.id, order.paymentMethodId))
    : [];
  const [evaluation] = await tx
    .select({ result: policyEvaluations.result })
    .from(policyEvaluations)
    .where(eq(policyEvaluations.requestId, request.id))
    .orderBy(desc(policyEvaluations.evaluatedAt))
    .limit(1);
  const holding = own.filter((p) => (HOLDING_STATES as readonly string[]).includes(p.state));
  return {
    ctx: {
      input,
      now,
      actor,
      request,
      assigneeName: assignee?.name ?? null,
      latest: latest ? { ...latest.d, decidedByName: latest.by } : null,
      order: order ?? null,
      paymentMethod: method ?? null,
      evaluation: (evaluation?.result as PolicyResult | undefined) ?? null,
      booked: {
        heldMinor: holding.reduce((s, p) => s + p.amountMinor - p.reversedMinor, 0),
        inFlight: own.some((p) => p.state === "sent"),
      },
      calendar: await getCalendar(tx),
      fourEyes: await getFourEyesSettings(tx),
    },
  };
}
