import type {
  Claim,
  KycState,
  NotProvidedCause,
  OrderKind,
  OrderStatus,
  OutageCause,
  PaymentMethodType,
} from "@/lib/policy/vocabulary";

/**
 * The simulator form's state (formToCase translates it to the policy
 * contract, case-form-inputs reads and prints its fields). Instants are typed as `YYYY-MM-DD HH:mm` in UTC (plain text:
 * a date picker shows the browser's locale, e.g. 12-hour AM/PM, which misleads
 * about UTC); money is typed in major units of its currency.
 */

export type OutageRow = {
  key: number;
  reportedAt: string;
  resolvedAt: string;
  unresolved: boolean;
  cause: OutageCause;
};
export type SmsRow = { key: number; receivedAt: string; shownInTable: boolean };

export type CaseForm = {
  now: string;
  calendar: { override: boolean; timeZone: string; weekendDays: number[]; holidays: string };
  request: {
    receivedAt: string;
    completedAt: string;
    claim: Claim;
    directRequested: boolean;
    amount: string;
    currency: string;
    provided: { serviceName: boolean; amount: boolean; reason: boolean; paymentDetails: boolean };
  };
  account: { fraud: boolean; complaint: boolean; kyc: KycState; balance: string };
  order: {
    present: boolean;
    kind: OrderKind;
    forRegistration: boolean;
    paid: string;
    currency: string;
    periodStart: string;
    periodEnd: string;
    status: OrderStatus;
    statusAt: string;
    notProvidedCause: NotProvidedCause | "";
    restrictionsIgnored: boolean;
    kycRequired: boolean;
    replacementAvailable: boolean;
    activatedAt: string;
    autoRefundedAt: string;
    /** "" = paid from the balance or unknown: no method to refund to. */
    paymentType: PaymentMethodType | "";
    supportsRefund: boolean;
    outages: OutageRow[];
    sms: SmsRow[];
  };
};

let lastKey = 0;
/** Stable React keys for added rows. */
export const nextRowKey = () => ++lastKey;
