import type { PolicyCase } from "@/lib/policy";
import { formatMajor, toUtcInput } from "./case-form-inputs";
import { nextRowKey, type CaseForm } from "./case-form-model";

/**
 * A complete request about a rented number paid 30.00 EUR for the current
 * calendar month, received two hours before `nowIso`, nothing wrong on
 * record: a neutral starting point to vary one fact at a time.
 */
export function defaultForm(nowIso: string): CaseForm {
  const now = new Date(nowIso);
  now.setUTCSeconds(0, 0);
  const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  const nextMonthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  const at = (ms: number) => toUtcInput(new Date(ms).toISOString());
  return {
    now: at(now.getTime()),
    calendar: { override: false, timeZone: "UTC", weekendDays: [6, 0], holidays: "" },
    request: {
      receivedAt: at(now.getTime() - 2 * 3_600_000),
      completedAt: "",
      claim: "number_not_working",
      directRequested: false,
      amount: "",
      currency: "EUR",
      provided: { serviceName: true, amount: true, reason: true, paymentDetails: true },
    },
    account: { fraud: false, complaint: false, kyc: "not_required", balance: "0.00" },
    order: {
      present: true,
      kind: "rented_number",
      forRegistration: false,
      paid: "30.00",
      currency: "EUR",
      periodStart: at(monthStart),
      periodEnd: at(nextMonthStart),
      status: "active",
      statusAt: "",
      notProvidedCause: "",
      restrictionsIgnored: false,
      kycRequired: false,
      replacementAvailable: true,
      activatedAt: "",
      autoRefundedAt: "",
      paymentType: "card",
      supportsRefund: true,
      outages: [],
      sms: [],
    },
  };
}

/** A policy case in the form; an absent order keeps the previous order's fields so switching back loses nothing. */
export function caseToForm(c: PolicyCase, previous: CaseForm): CaseForm {
  const r = c.request;
  const o = c.order;
  const calendar = c.calendar
    ? {
        override: true,
        timeZone: c.calendar.timeZone ?? "UTC",
        weekendDays: c.calendar.weekendDays ?? [6, 0],
        holidays: (c.calendar.holidays ?? []).join("\n"),
      }
    : { ...previous.calendar, override: false };
  return {
    now: toUtcInput(c.now),
    calendar,
    request: {
      receivedAt: toUtcInput(r.receivedAt),
      completedAt: toUtcInput(r.completedAt),
      claim: r.claim,
      directRequested: r.directRequested,
      amount: formatMajor(r.amountRequestedMinor, r.currency),
      currency: r.currency,
      provided: { ...r.provided },
    },
    account: { ...c.account, balance: formatMajor(c.account.balanceMinor, r.currency) },
    order: o
      ? {
          present: true,
          kind: o.kind,
          forRegistration: o.label === "for_registration",
          paid: formatMajor(o.paidMinor, o.currency),
          currency: o.currency,
          periodStart: toUtcInput(o.periodStart),
          periodEnd: toUtcInput(o.periodEnd),
          status: o.status,
          statusAt: toUtcInput(o.statusAt),
          notProvidedCause: o.notProvidedCause ?? "",
          restrictionsIgnored: o.restrictionsIgnored,
          kycRequired: o.kycRequired,
          replacementAvailable: o.replacementAvailable,
          activatedAt: toUtcInput(o.activatedAt),
          autoRefundedAt: toUtcInput(o.autoRefundedAt),
          paymentType: o.paymentMethod?.type ?? "",
          supportsRefund: o.paymentMethod?.supportsRefund ?? false,
          outages: o.outages.map((x) => ({
            key: nextRowKey(),
            reportedAt: toUtcInput(x.reportedAt),
            resolvedAt: toUtcInput(x.resolvedAt),
            unresolved: x.resolvedAt === null,
            cause: x.cause,
          })),
          sms: o.sms.map((s) => ({
            key: nextRowKey(),
            receivedAt: toUtcInput(s.receivedAt),
            shownInTable: s.shownInTable,
          })),
        }
      : { ...previous.order, present: false },
  };
}
