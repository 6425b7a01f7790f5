import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getCalendar } from "@/db/queries/settings";
import {
  customers,
  decisions,
  orders,
  outboundEmails,
  payoutInstructions,
  policyEvaluations,
  refundRequests,
  users,
} from "@/db/schema";
import type { RequestStatus } from "@/db/schema/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { addCalendarMonth, addWorkingDays } from "@/lib/policy/calendar";
import { formatMinor, minorDigits } from "@/lib/policy/money";
import type { ClauseId } from "@/lib/policy/clauses";
import { AppError } from "@/lib/server/app-error";
import { newMessageId } from "@/lib/requests/queue-missing-info-reply";
import { parseMajorAmount, type RecordDecisionInput } from "./decision-schema";
import { draftDecisionReply } from "./draft-decision-reply";
import { deviations } from "./recommended-decision";
import { staleDetails } from "./stale-details";

export type RecordDecisionOptions = { input: RecordDecisionInput; actorId: string; now?: Date };
export type RecordedDecision = {
  decisionId: string;
  status: RequestStatus;
  override: boolean;
  payoutId: string | null;
  replyId: string;
  repeated: boolean;
};

const NEXT_STATUS: Record<RecordDecisionInput["kind"], RequestStatus> = {
  approve: "decided",
  partial: "decided",
  deny: "closed",
  request_info: "awaiting_customer",
};

const invalid = (field: string, message: string) =>
  new AppError("INVALID_INPUT", { userMessage: message, fieldErrors: { [field]: [message] } });

/**
 * Records a reviewer's decision in one transaction: decision row (appended,
 * superseding the last), request status, payout instruction, queued reply
 * and audit entry — or nothing at all.
 */
export async function recordDecision(
  db: Db,
  opts: RecordDecisionOptions,
): Promise<RecordedDecision> {
  const { input, actorId } = opts;
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    // The row lock serialises deciders; a double submit then finds its own decision and repeats its answer.
    const [req] = await tx
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, input.requestId))
      .for("update")
      .limit(1);
    if (!req) throw new AppError("NOT_FOUND", { userMessage: "This request no longer exists." });
    const [again] = await tx
      .select()
      .from(decisions)
      .where(eq(decisions.idempotencyKey, input.idempotencyKey))
      .limit(1);
    if (again && again.requestId !== req.id) {
      throw new AppError("CONFLICT", {
        userMessage: "This form belongs to another request. Reload the page and decide again.",
      });
    }
    if (again) {
      const [p] = await tx
        .select({ id: payoutInstructions.id })
        .from(payoutInstructions)
        .where(eq(payoutInstructions.decisionId, again.id));
      return {
        decisionId: again.id,
        status: req.status,
        override: again.override,
        payoutId: p?.id ?? null,
        replyId: "",
        repeated: true,
      };
    }
    if (req.version !== input.version) {
      throw new AppError("STALE", {
        userMessage:
          "This request changed since you opened it. Nothing was saved; review the changes and decide again.",
        details: await staleDetails(tx, req, input.version),
      });
    }
    if (req.assigneeId && req.assigneeId !== actorId && !input.takeOver) {
      const [owner] = await tx
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, req.assigneeId));
      throw new AppError("CONFLICT", {
        userMessage: `${owner?.name ?? "Another reviewer"} is working on this request. Take it over to decide it.`,
      });
    }
    // Money already moving or paid cannot be decided again: a second payout would follow.
    const [moving] = await tx
      .select({ state: payoutInstructions.state })
      .from(payoutInstructions)
      .where(
        and(
          eq(payoutInstructions.requestId, req.id),
          inArray(payoutInstructions.state, ["processing", "paid"]),
        ),
      )
      .limit(1);
    if (req.status === "paid" || moving) {
      throw new AppError("CONFLICT", {
        userMessage:
          "The refund for this request is already being paid out; it cannot be decided again.",
      });
    }
    const [order] = req.orderId
      ? await tx.select().from(orders).where(eq(orders.id, req.orderId))
      : [];
    const [evaluation] = await tx
      .select()
      .from(policyEvaluations)
      .where(eq(policyEvaluations.requestId, req.id))
      .orderBy(desc(policyEvaluations.evaluatedAt))
      .limit(1);
    const paying = input.kind === "approve" || input.kind === "partial";
    // Refunds go back in the currency that was paid, whatever currency the customer wrote.
    const currency = order?.currency ?? req.currency ?? null;
    const amountMinor = paying
      ? parseMajorAmount(input.amount!, minorDigits(currency ?? "USD"))
      : null;
    if (paying && amountMinor === null)
      throw invalid("amount", `Enter an amount in ${currency ?? "the paid currency"}, like 12.50`);
    if (paying) {
      if (input.currency !== currency)
        throw invalid(
          "currency",
          `This request is in ${currency ?? "no currency"}; refunds are paid in the currency paid.`,
        );
      // The cap: never more than was paid for the order (or, without an order, than was asked).
      const cap = order?.paidMinor ?? req.amountRequestedMinor;
      if (cap === null || cap === undefined)
        throw invalid(
          "amount",
          "No order or requested amount to cap this refund: link the order first.",
        );
      if (amountMinor! > cap)
        throw invalid(
          "amount",
          `The refund cannot exceed ${formatMinor(cap, currency!)}, the amount paid.`,
        );
    }
    const alternativeRequired =
      (evaluation?.result as { alternativeRefundRequired?: boolean } | undefined)
        ?.alternativeRefundRequired === true;
    if (
      paying &&
      input.destination === "direct" &&
      alternativeRequired &&
      !input.alternativeMethod
    ) {
      throw invalid(
        "alternativeMethod",
        "The payment method cannot take a refund (PAY-NO-REFUND-METHOD): record the alternative refund method.",
      );
    }
    const destination = paying ? input.destination! : null;
    const devs = deviations(
      { outcome: req.recOutcome, amountMinor: req.recAmountMinor, destination: req.recDestination },
      { kind: input.kind, amountMinor, destination },
    );
    const override = devs.length > 0;
    if (override && !input.justification)
      throw invalid(
        "justification",
        `You changed the recommendation (${devs.join("; ")}). Write a justification.`,
      );
    const [previous] = await tx
      .select({ id: decisions.id })
      .from(decisions)
      .where(eq(decisions.requestId, req.id))
      .orderBy(desc(decisions.createdAt))
      .limit(1);
    const [decision] = await tx
      .insert(decisions)
      .values({
        requestId: req.id,
        decidedBy: actorId,
        kind: input.kind,
        amountMinor,
        currency: paying ? currency : null,
        destination,
        clauses: input.clauses,
        note: input.note,
        override,
        justification: input.justification ?? null,
        alternativeMethod: input.alternativeMethod ?? null,
        supersedesId: previous?.id ?? null,
        idempotencyKey: input.idempotencyKey,
        evaluationId: evaluation?.id ?? null,
        createdAt: now,
      })
      .returning();
    const calendar = await getCalendar(tx);
    const payoutBy = paying
      ? new Date(
          destination === "direct"
            ? addCalendarMonth(now.getTime(), calendar)
            : addWorkingDays(now.getTime(), 5, calendar),
        )
      : null;
    let payoutId: string | null = null;
    // A superseded decision's pending payout must not also be paid.
    await tx
      .update(payoutInstructions)
      .set({ state: "cancelled" })
      .where(
        and(eq(payoutInstructions.requestId, req.id), eq(payoutInstructions.state, "pending")),
      );
    if (paying) {
      const [p] = await tx
        .insert(payoutInstructions)
        .values({
          decisionId: decision!.id,
          requestId: req.id,
          amountMinor: amountMinor!,
          currency: currency!,
          destination: destination!,
          alternativeMethod: input.alternativeMethod ?? null,
          dueBy: payoutBy!,
          createdAt: now,
        })
        .returning({ id: payoutInstructions.id });
      payoutId = p!.id;
    }
    const status = NEXT_STATUS[input.kind];
    await tx
      .update(refundRequests)
      .set({
        status,
        assigneeId: actorId,
        version: sql`${refundRequests.version} + 1`,
        ...(input.kind === "request_info" ? { completedAt: null, reviewBy: null } : {}),
      })
      .where(eq(refundRequests.id, req.id));
    const [customer] = req.customerId
      ? await tx
          .select({ name: customers.name })
          .from(customers)
          .where(eq(customers.id, req.customerId))
      : [];
    const draft = draftDecisionReply({
      kind: input.kind,
      ref: req.ref,
      subject: req.subject,
      customerName: customer?.name ?? null,
      clauses: input.clauses as ClauseId[],
      amountMinor,
      currency,
      destination,
      payoutBy,
      missing: req.missing,
      alternativeMethod: input.alternativeMethod,
      language: req.language,
    });
    const [lastIn] = await tx.execute<{ message_id: string | null; refs: string[] }>(
      sql`SELECT message_id, "references" AS refs FROM inbound_emails WHERE request_id = ${req.id} ORDER BY received_at DESC LIMIT 1`,
    );
    const [reply] = await tx
      .insert(outboundEmails)
      .values({
        requestId: req.id,
        state: "queued",
        toAddress: req.fromAddress,
        subject: input.replySubject ?? draft.subject,
        body: input.replyBody ?? draft.body,
        messageId: newMessageId(),
        inReplyTo: lastIn?.message_id ?? null,
        references: [...(lastIn?.refs ?? []), ...(lastIn?.message_id ? [lastIn.message_id] : [])],
        createdBy: actorId,
        createdAt: now,
      })
      .returning({ id: outboundEmails.id });
    await recordAudit(tx, {
      actorId,
      action: "decision.recorded",
      entityType: "request",
      entityId: req.id,
      data: {
        decisionId: decision!.id,
        kind: input.kind,
        amountMinor,
        currency,
        destination,
        clauses: input.clauses,
        note: input.note,
        override,
        deviations: devs,
        justification: input.justification ?? null,
        supersedes: previous?.id ?? null,
        takenOverFrom: req.assigneeId && req.assigneeId !== actorId ? req.assigneeId : null,
        statusBefore: req.status,
        statusAfter: status,
        payoutId,
        payoutBy: payoutBy?.toISOString() ?? null,
        versionBefore: req.version,
      },
    });
    return {
      decisionId: decision!.id,
      status,
      override,
      payoutId,
      replyId: reply!.id,
      repeated: false,
    };
  });
}
