import { desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import { decisions, refundRequests, users } from "../schema";

const decider = alias(users, "decider");

/**
 * The decision in force on each listed request (its newest), beside the
 * recommendation: a lateral probe of decisions_request_idx per listed row,
 * inside the one query that lists them.
 */
export function decisionInForce(db: Db) {
  return db
    .select({
      decisionKind: sql<string>`${decisions.kind}::text`.as("decision_kind"),
      decisionAmountMinor: sql<number | null>`${decisions.amountMinor}`
        .mapWith(Number)
        .as("decision_amount_minor"),
      decisionCurrency: sql<string | null>`${decisions.currency}`.as("decision_currency"),
      decisionOverride: sql<boolean>`${decisions.override}`.as("decision_override"),
      decidedAt: sql<Date>`${decisions.createdAt}`
        .mapWith((v: string | Date) => new Date(v))
        .as("decided_at"),
      decidedByName: sql<string>`${decider.name}`.as("decided_by_name"),
    })
    .from(decisions)
    .innerJoin(decider, eq(decider.id, decisions.decidedBy))
    .where(eq(decisions.requestId, refundRequests.id))
    .orderBy(desc(decisions.createdAt))
    .limit(1)
    .as("d");
}
