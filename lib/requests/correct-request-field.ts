import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { refundRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/server/app-error";
import { evaluateRequest } from "./evaluate-request";
import { parseCorrection, type CorrectableField } from "./parse-correction";
import { discardMissingInfoReplies } from "./queue-missing-info-reply";
import { missingItems } from "./request-fields";
import { sealPaymentDetail } from "./seal-payment-detail";

export { CORRECTABLE_FIELDS, type CorrectableField } from "./parse-correction";

export type CorrectRequestFieldOptions = {
  actorId: string;
  requestId: string;
  version: number;
  field: CorrectableField;
  value: string;
  /** Payment details only: the kind (card, iban, …) of the value typed. */
  detailKind?: string;
};

/**
 * A reviewer's correction of an extracted field: audited with before and
 * after (payment details masked: the full value is only stored sealed), and
 * the policy re-evaluated on the corrected facts. A correction that completes
 * the request starts its review clock and withdraws the unsent "please send
 * the missing details" reply, which no longer asks for anything true.
 */
export async function correctRequestField(
  db: Db,
  opts: CorrectRequestFieldOptions,
): Promise<{ version: number; completed: boolean; discardedReplies: number }> {
  return db.transaction(async (tx) => {
    const [req] = await tx
      .select()
      .from(refundRequests)
      .where(eq(refundRequests.id, opts.requestId))
      .for("update");
    if (!req) throw new AppError("NOT_FOUND", { userMessage: "This request no longer exists." });
    if (req.version !== opts.version)
      throw new AppError("STALE", {
        userMessage: "This request changed since you opened it. Reload and try again.",
      });
    const patch = parseCorrection(opts.field, opts.value, {
      currency: req.currency,
      detailKind: opts.detailKind,
    });
    const sealed =
      opts.field === "paymentDetails"
        ? { paymentDetailSealed: sealPaymentDetail(opts.value.trim()) }
        : {};
    const current: Record<string, unknown> = req;
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, current[k] ?? null]));
    const missing = missingItems({ ...req, ...patch });
    const completes = req.status === "awaiting_customer" && missing.length === 0;
    const [updated] = await tx
      .update(refundRequests)
      .set({
        ...patch,
        ...sealed,
        missing,
        ...(completes ? { status: "to_review" as const, completedAt: new Date() } : {}),
        version: sql`${refundRequests.version} + 1`,
      })
      .where(eq(refundRequests.id, req.id))
      .returning({ version: refundRequests.version });
    const discarded = missing.length === 0 ? await discardMissingInfoReplies(tx, req.id) : [];
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "request.field_corrected",
      entityType: "request",
      entityId: req.id,
      data: {
        field: opts.field,
        before,
        after: patch,
        ...(completes ? { completed: true } : {}),
        ...(discarded.length ? { discardedReplies: discarded } : {}),
      },
    });
    await evaluateRequest(tx, req.id);
    if (!updated) throw new Error("the locked request row vanished inside its transaction");
    return { version: updated.version, completed: completes, discardedReplies: discarded.length };
  });
}
