/** What the app's own database role may do to a table (never TRUNCATE, never ownership). */
export type TablePrivilege = "SELECT" | "INSERT" | "UPDATE" | "DELETE";

/** The role the embedded server creates for the app; DATABASE_URL deployments name theirs in APP_DATABASE_URL. */
export const EMBEDDED_APP_ROLE = "refund_desk_app";

/** pg-boss's schema: owned by the app role, since pg-boss creates a table per queue as it runs. */
export const QUEUE_SCHEMA = "pgboss";

const READ_WRITE: readonly TablePrivilege[] = ["SELECT", "INSERT", "UPDATE", "DELETE"];
const APPEND_ONLY: readonly TablePrivilege[] = ["SELECT", "INSERT"];

/**
 * Tables on which the app has less than read-write. Evidence and money records are appended and
 * read, never changed: with no UPDATE, DELETE or TRUNCATE the app's account cannot rewrite them
 * even where a trigger would be the only other guard, and owning none of them it cannot switch
 * those triggers off. Every other table is read-write (and new tables are, by default privileges).
 */
export const RESTRICTED_TABLES: Readonly<Record<string, readonly TablePrivilege[]>> = {
  audit_log: APPEND_ONLY,
  decisions: APPEND_ONLY,
  ledger_transactions: APPEND_ONLY,
  ledger_entries: APPEND_ONLY,
  payout_events: APPEND_ONLY,
  provider_events: APPEND_ONLY,
  // A bulk decision and which of its decisions went to a second reviewer are records, like decisions.
  bulk_decisions: APPEND_ONLY,
  bulk_decision_items: APPEND_ONLY,
  // The append statement upserts the head row; it only moves forward (trigger), never goes away.
  audit_chain_head: ["SELECT", "INSERT", "UPDATE"],
  // A run is queued, then moved forward to its result (trigger); runs are kept.
  audit_verifications: ["SELECT", "INSERT", "UPDATE"],
  // Payouts move through their state machine; none is ever deleted.
  payouts: ["SELECT", "INSERT", "UPDATE"],
};

/** The privileges the app role holds on a table of the public schema. */
export function appPrivilegesOf(table: string): readonly TablePrivilege[] {
  return RESTRICTED_TABLES[table] ?? READ_WRITE;
}
