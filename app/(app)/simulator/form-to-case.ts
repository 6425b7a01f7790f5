import type { PolicyCase } from "@/lib/policy";
import { formatMajor, fromUtcInput, parseHolidayText, parseMajor } from "./case-form-inputs";
import type { CaseForm } from "./case-form-model";

/** The form as a policy case, plus errors for amounts that cannot be read (keyed by contract path). */
export function formToCase(form: CaseForm): {
  policyCase: PolicyCase;
  errors: Record<string, string[]>;
} {
  const errors: Record<string, string[]> = {};
  const money = (
    text: string,
    currency: string,
    path: string,
    allowNegative = false,
  ): number | null => {
    const minor = parseMajor(text, currency);
    if (minor === undefined || (!allowNegative && minor !== null && minor < 0)) {
      errors[path] = [
        `Enter an amount in ${currency || "the currency"}, e.g. ${formatMajor(1234, currency || "EUR")}`,
      ];
      return null;
    }
    return minor;
  };
  const instant = (text: string, path: string): string | null => {
    const iso = fromUtcInput(text);
    if (iso === undefined) {
      errors[path] = ["Use YYYY-MM-DD HH:mm in UTC, e.g. 2026-03-10 14:30"];
      return null;
    }
    return iso;
  };
  const required = (text: string, path: string): string => {
    const iso = instant(text, path);
    if (iso === null && !errors[path]) errors[path] = ["Enter a date and time (UTC)"];
    return iso ?? "";
  };
  const { request: r, account: a, order: o } = form;
  const completedAt = instant(r.completedAt, "request.completedAt");
  const paid = money(o.paid, o.currency, "order.paidMinor") ?? 0;
  const policyCase = {
    now: required(form.now, "now"),
    ...(form.calendar.override
      ? {
          calendar: {
            timeZone: form.calendar.timeZone,
            weekendDays: form.calendar.weekendDays,
            holidays: parseHolidayText(form.calendar.holidays),
          },
        }
      : {}),
    request: {
      receivedAt: required(r.receivedAt, "request.receivedAt"),
      ...(completedAt ? { completedAt } : {}),
      claim: r.claim,
      directRequested: r.directRequested,
      amountRequestedMinor: money(r.amount, r.currency, "request.amountRequestedMinor"),
      currency: r.currency,
      provided: { ...r.provided },
    },
    account: {
      fraud: a.fraud,
      complaint: a.complaint,
      kyc: a.kyc,
      balanceMinor: money(a.balance, r.currency, "account.balanceMinor", true) ?? 0,
    },
    order: o.present
      ? {
          kind: o.kind,
          label: o.forRegistration ? ("for_registration" as const) : null,
          paidMinor: paid,
          currency: o.currency,
          periodStart: required(o.periodStart, "order.periodStart"),
          periodEnd: required(o.periodEnd, "order.periodEnd"),
          status: o.status,
          statusAt: instant(o.statusAt, "order.statusAt"),
          notProvidedCause: o.notProvidedCause === "" ? null : o.notProvidedCause,
          restrictionsIgnored: o.restrictionsIgnored,
          kycRequired: o.kycRequired,
          replacementAvailable: o.replacementAvailable,
          outages: o.outages.map((x, i) => ({
            reportedAt: required(x.reportedAt, `order.outages[${i}].reportedAt`),
            resolvedAt: x.unresolved
              ? null
              : instant(x.resolvedAt, `order.outages[${i}].resolvedAt`),
            cause: x.cause,
          })),
          sms: o.sms.map((s, i) => ({
            receivedAt: required(s.receivedAt, `order.sms[${i}].receivedAt`),
            shownInTable: s.shownInTable,
          })),
          activatedAt: instant(o.activatedAt, "order.activatedAt"),
          autoRefundedAt: instant(o.autoRefundedAt, "order.autoRefundedAt"),
          paymentMethod:
            o.paymentType === "" ? null : { type: o.paymentType, supportsRefund: o.supportsRefund },
        }
      : null,
  };
  return { policyCase, errors };
}
