import type { LedgerAccountKind } from "./vocabulary";

/** Names one ledger account (its currency comes from the posting). */
export type AccountRef =
  | { kind: "customer_balance"; customerId: string }
  | { kind: "provider_clearing" | "company_cash"; provider: string }
  | { kind: "refunds_expense" | "recovery_receivable" | "opening_balance" };

/** The account's identity columns, as the unique constraint ledger_accounts_identity_uq reads them. */
export function accountIdentity(ref: AccountRef): {
  kind: LedgerAccountKind;
  customerId: string | null;
  provider: string | null;
} {
  return {
    kind: ref.kind,
    customerId: ref.kind === "customer_balance" ? ref.customerId : null,
    provider: ref.kind === "provider_clearing" || ref.kind === "company_cash" ? ref.provider : null,
  };
}

/** A stable text key for one account of one currency, e.g. "customer_balance:<id>:USD". */
export function accountKey(ref: AccountRef, currency: string): string {
  const id = accountIdentity(ref);
  return [id.kind, id.customerId ?? id.provider ?? "", currency].join(":");
}

/** Shorthands for the accounts of money-spec.md. */
export const account = {
  customer: (customerId: string): AccountRef => ({ kind: "customer_balance", customerId }),
  expense: (): AccountRef => ({ kind: "refunds_expense" }),
  clearing: (provider: string): AccountRef => ({ kind: "provider_clearing", provider }),
  cash: (provider: string): AccountRef => ({ kind: "company_cash", provider }),
  recovery: (): AccountRef => ({ kind: "recovery_receivable" }),
  opening: (): AccountRef => ({ kind: "opening_balance" }),
};
