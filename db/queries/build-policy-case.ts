import type {
  Customer,
  NumberOutage,
  Order,
  PaymentMethod,
  RefundRequest,
  SmsMessage,
} from "@/db/schema";
import type { Calendar, PolicyCase } from "@/lib/policy";

/** The request columns the policy reads (a stored row, or one about to be inserted). */
export type PolicyRequestFacts = Pick<
  RefundRequest,
  | "receivedAt"
  | "completedAt"
  | "claim"
  | "directRequested"
  | "amountRequestedMinor"
  | "currency"
  | "missing"
>;

export type PolicyFacts = {
  request: PolicyRequestFacts;
  customer: Customer | null;
  order: Order | null;
  outages: NumberOutage[];
  sms: SmsMessage[];
  paymentMethod: PaymentMethod | null;
  calendar: Calendar;
  now: Date;
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * The database's facts about a request, in the policy engine's contract: pure, shared by the
 * workflow that evaluates requests (lib/requests) and the read-only simulator load.
 */
export function buildPolicyCase(f: PolicyFacts): PolicyCase {
  const r = f.request;
  const o = f.order;
  const currency = r.currency ?? o?.currency ?? f.customer?.currency ?? "USD";
  return {
    now: f.now.toISOString(),
    calendar: f.calendar,
    request: {
      receivedAt: r.receivedAt.toISOString(),
      completedAt: iso(r.completedAt) ?? undefined,
      claim: r.claim,
      directRequested: r.directRequested,
      amountRequestedMinor: r.amountRequestedMinor,
      currency,
      provided: {
        serviceName: !r.missing.includes("serviceName"),
        amount: !r.missing.includes("amount"),
        reason: !r.missing.includes("reason"),
        paymentDetails: !r.missing.includes("paymentDetails"),
      },
    },
    account: {
      fraud: f.customer?.fraud ?? false,
      complaint: f.customer?.complaint ?? false,
      kyc: f.customer?.kyc ?? "not_required",
      balanceMinor: f.customer?.balanceMinor ?? 0,
    },
    order: o
      ? {
          kind: o.kind,
          label: o.label ?? null,
          paidMinor: o.paidMinor,
          currency: o.currency,
          periodStart: o.periodStart.toISOString(),
          periodEnd: o.periodEnd.toISOString(),
          status: o.status,
          statusAt: iso(o.statusAt),
          notProvidedCause: o.notProvidedCause ?? null,
          restrictionsIgnored: o.restrictionsIgnored,
          kycRequired: o.kycRequired,
          replacementAvailable: o.replacementAvailable,
          outages: f.outages.map((x) => ({
            reportedAt: x.reportedAt.toISOString(),
            resolvedAt: iso(x.resolvedAt),
            cause: x.cause,
          })),
          sms: f.sms.map((s) => ({
            receivedAt: s.receivedAt.toISOString(),
            shownInTable: s.shownInTable,
          })),
          activatedAt: iso(o.activatedAt),
          autoRefundedAt: iso(o.autoRefundedAt),
          paymentMethod: {
            type: f.paymentMethod?.type ?? "other",
            supportsRefund: f.paymentMethod?.supportsRefund ?? false,
          },
        }
      : null,
  };
}
