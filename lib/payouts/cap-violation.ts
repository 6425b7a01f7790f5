/** Whether a database error is one of the money caps refusing a write (over-refunding, a balance below zero). */
export function capViolation(err: unknown): boolean {
  const seen = new Set<unknown>();
  for (
    let e: unknown = err;
    e && typeof e === "object" && !seen.has(e);
    e = (e as { cause?: unknown }).cause
  ) {
    seen.add(e);
    const c =
      (e as { constraint_name?: string; constraint?: string }).constraint_name ??
      (e as { constraint?: string }).constraint;
    if (
      c === "orders_refund_committed_cap" ||
      c === "orders_refunded_cap" ||
      c === "ledger_accounts_customer_not_negative"
    )
      return true;
  }
  return false;
}
