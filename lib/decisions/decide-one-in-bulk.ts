import type { Tx } from "@/db/client";
import type { RefundRequest } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ClauseId } from "@/lib/policy/clauses";
import { minorToDecimal } from "@/lib/policy/money";
import { AppError } from "@/lib/server/app-error";
import { checkDecision } from "./check-decision";
import type { DecisionContext } from "./decision-context";
import { recordDecisionSchema } from "./decision-schema";
import { loadDecisionContext } from "./load-decision-context";
import type { DecisionKind } from "./vocabulary";
import { writeDecision } from "./write-decision";

export type BulkExpectation = {
  /** The policy outcome every ticked request recommended when the reviewer confirmed. */
  outcome: string;
  /** Its cited clauses, as a set. */
  clauses: string[];
};

const refuse = (message: string) => new AppError("CONFLICT", { userMessage: message });
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * One request of a bulk decision, through recordDecision's own load → checkDecision → write
 * (version, assignee, cap, currency, clause fit, four-eyes), with the amount and destination
 * the policy gives this request. Bulk-only rules on top: the recommendation is still the one
 * confirmed, nothing is missing or contradicting, and following it is no override.
 * Throws AppError (the reason, for the report by reference); writes nothing then.
 */
export async function decideOneInBulk(
  tx: Tx,
  o: {
    request: RefundRequest;
    currency: string | null;
    version: number;
    kind: DecisionKind;
    expected: BulkExpectation;
    idempotencyKey: string;
    actor: DecisionContext["actor"];
    now: Date;
  },
): Promise<{ decisionId: string } | { repeated: true }> {
  const r = o.request;
  if (r.recOutcome !== o.expected.outcome || !sameSet(r.recClauses, o.expected.clauses))
    throw refuse("its recommendation changed since you ticked it");
  if (r.missing.length) throw refuse(`it still lacks ${r.missing.join(", ")}`);
  const paying = o.kind === "approve" || o.kind === "partial";
  const parsed = recordDecisionSchema.safeParse({
    requestId: r.id,
    version: o.version,
    idempotencyKey: o.idempotencyKey,
    kind: o.kind,
    clauses: r.recClauses as ClauseId[],
    ...(paying && o.currency && r.recAmountMinor !== null
      ? {
          amount: minorToDecimal(r.recAmountMinor, o.currency),
          currency: o.currency,
          destination: r.recDestination ?? "balance",
        }
      : {}),
  });
  if (!parsed.success) throw refuse(parsed.error.issues[0]?.message ?? "it cannot be decided");
  const loaded = await loadDecisionContext(tx, parsed.data, o.actor, o.now);
  if (loaded.repeat) return { repeated: true };
  if ((loaded.ctx.evaluation?.contradictions.length ?? 0) > 0)
    throw refuse("its facts contradict each other");
  const plan = checkDecision(loaded.ctx);
  if (plan.override) throw refuse(`it would be an override (${plan.deviations.join("; ")})`);
  const written = await writeDecision(tx, loaded.ctx, plan);
  for (const entry of written.audits) await recordAudit(tx, entry);
  return { decisionId: written.decisionId };
}
