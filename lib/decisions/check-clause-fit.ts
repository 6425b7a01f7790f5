import { getClause, type ClauseKind } from "@/lib/policy/clauses";
import type { Outcome } from "@/lib/policy/vocabulary";
import { AppError } from "@/lib/server/app-error";
import type { RecordDecisionInput } from "./decision-schema";

const kindsOf = (clauses: readonly string[]): Set<ClauseKind> =>
  new Set(clauses.map((id) => getClause(id as Parameters<typeof getClause>[0]).kind));

const misfits = (clauses: readonly string[], bad: ClauseKind[]) =>
  clauses
    .filter((id) => bad.includes(getClause(id as Parameters<typeof getClause>[0]).kind))
    .join(", ");

const refuse = (message: string) =>
  new AppError("INVALID_INPUT", { userMessage: message, fieldErrors: { clauses: [message] } });

/**
 * The clauses cited must fit the outcome: an approval cites the entitlement
 * that pays, a denial a bar or a denial, a request for information
 * REQ-INCOMPLETE. A manager may instead decide on "no clause: manager's
 * discretion", which needs a justification. The reply quotes only what is
 * cited here, so a misfit would tell the customer the wrong reason.
 */
export function checkClauseFit(
  input: Pick<RecordDecisionInput, "kind" | "clauses" | "discretion" | "justification">,
  outcome: Outcome | null,
  manager: boolean,
): void {
  if (input.discretion) {
    if (!manager) throw refuse("Only a manager can decide on discretion without a policy clause.");
    if (!input.justification)
      throw new AppError("INVALID_INPUT", {
        userMessage: "A decision on the manager's discretion needs a justification.",
        fieldErrors: { justification: ["Explain the discretion"] },
      });
    return;
  }
  const kinds = kindsOf(input.clauses);
  switch (input.kind) {
    case "approve":
    case "partial":
      if (!kinds.has("entitlement"))
        throw refuse(
          "A refund cites the entitlement that pays it (VN-BAL-…, VN-DIRECT-… or DISP-AUTO-NO-SMS).",
        );
      // The reply quotes every clause cited: a refund must not tell the customer a denial's reason.
      if (kinds.has("bar") || kinds.has("denial") || kinds.has("gate"))
        throw refuse(
          `A refund cannot cite a bar, a denial or REQ-INCOMPLETE (${misfits(input.clauses, ["bar", "denial", "gate"])}).`,
        );
      return;
    case "deny": {
      const nothingToPayNow =
        (outcome === "already_refunded" || outcome === "wait") &&
        input.clauses.includes("DISP-AUTO-NO-SMS");
      if (!kinds.has("bar") && !kinds.has("denial") && !nothingToPayNow)
        throw refuse(
          "A denial cites the bar or the denial it rests on (VN-DENY-…, GEN-DENY-…, DISP-DENY-…).",
        );
      if (kinds.has("entitlement") && !nothingToPayNow)
        throw refuse(
          `A denial cannot cite an entitlement that pays (${misfits(input.clauses, ["entitlement"])}).`,
        );
      return;
    }
    case "request_info":
      if (!input.clauses.includes("REQ-INCOMPLETE"))
        throw refuse("A request for information cites REQ-INCOMPLETE.");
      return;
  }
}
