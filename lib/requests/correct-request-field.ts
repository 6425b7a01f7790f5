import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { refundRequests } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { CLAIMS } from "@/lib/policy/vocabulary";
import { AppError } from "@/lib/server/app-error";
import { parseMajorAmount } from "@/lib/decisions/decision-schema";
import { isIsoCurrency, minorDigits } from "@/lib/policy/money";
import { evaluateRequest } from "./evaluate-request";
import { missingItems } from "./request-fields";

/** Fields a reviewer may correct when the extractor got them wrong. */
export const CORRECTABLE_FIELDS = [
  "serviceName",
  "amount",
  "currency",
  "claim",
  "reasonText",
  "directRequested",
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export type CorrectRequestFieldOptions = {
  actorId: string;
  requestId: string;
  version: number;
  field: CorrectableField;
  value: string;
};

function parseValue(
  field: CorrectableField,
  value: string,
  currency: string | null,
): Record<string, unknown> {
  const v = value.trim();
  switch (field) {
    case "serviceName":
    case "reasonText":
      return { [field]: v === "" ? null : v.slice(0, 2000) };
    case "amount": {
      if (v === "") return { amountRequestedMinor: null };
      const minor = parseMajorAmount(v, minorDigits(currency ?? "USD"));
      if (minor === null)
        throw new AppError("INVALID_INPUT", {
          userMessage: "Enter an amount like 12.50",
          fieldErrors: { value: ["Enter an amount like 12.50"] },
        });
      return { amountRequestedMinor: minor };
    }
    case "currency": {
      const code = v.toUpperCase();
      if (!isIsoCurrency(code))
        throw new AppError("INVALID_INPUT", {
          userMessage: "Use an ISO 4217 currency code",
          fieldErrors: { value: ["Use an ISO 4217 currency code like USD or EUR"] },
        });
      return { currency: code };
    }
    case "claim": {
      const c = z.enum(CLAIMS).safeParse(v);
      if (!c.success)
        throw new AppError("INVALID_INPUT", {
          userMessage: "Unknown reason category",
          fieldErrors: { value: ["Unknown reason category"] },
        });
      // The reviewer's claim is certain: no classifier confidence applies to it any more.
      return { claim: c.data, claimConfidence: null };
    }
    case "directRequested":
      return { directRequested: v === "true" };
  }
}

/**
 * A reviewer's correction of an extracted field: audited with before and
 * after, and the policy re-evaluated on the corrected facts.
 */
export async function correctRequestField(
  db: Db,
  opts: CorrectRequestFieldOptions,
): Promise<{ version: number }> {
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
    const patch = parseValue(opts.field, opts.value, req.currency);
    const current: Record<string, unknown> = req;
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, current[k] ?? null]));
    const next = { ...req, ...patch };
    const missing = missingItems(next);
    const completes = req.status === "awaiting_customer" && missing.length === 0;
    const [updated] = await tx
      .update(refundRequests)
      .set({
        ...patch,
        missing,
        ...(completes ? { status: "to_review" as const, completedAt: new Date() } : {}),
        version: sql`${refundRequests.version} + 1`,
      })
      .where(eq(refundRequests.id, req.id))
      .returning({ version: refundRequests.version });
    await recordAudit(tx, {
      actorId: opts.actorId,
      action: "request.field_corrected",
      entityType: "request",
      entityId: req.id,
      data: { field: opts.field, before, after: patch },
    });
    await evaluateRequest(tx, req.id);
    if (!updated) throw new Error("the locked request row vanished inside its transaction");
    return { version: updated.version };
  });
}
