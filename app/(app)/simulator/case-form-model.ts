import type { PolicyCase } from "@/lib/policy";
import { minorDigits } from "@/lib/policy/money";
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
 * The simulator form's state and its translation to and from the policy
 * contract. Instants are typed as `YYYY-MM-DD HH:mm` in UTC (plain text:
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

/** ISO instant → "2026-03-10 12:00" in UTC, with seconds and milliseconds only when present ("" for none). */
export function toUtcInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  const text = new Date(ms).toISOString().replace("T", " ").replace(/Z$/, "");
  return text.replace(/\.000$/, "").replace(/ (\d{2}:\d{2}):00$/, " $1");
}

const UTC_TEXT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,3})?)?Z?$/;

/** "2026-03-10 12:00" (UTC) → ISO instant; "" → null; undefined when the text is not a UTC date and time. */
export function fromUtcInput(value: string): string | null | undefined {
  const text = value.trim();
  if (text === "") return null;
  const match = UTC_TEXT.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}T${match[2]}${match[3] ?? ":00"}Z`;
  const ms = Date.parse(iso);
  // Date.parse rolls 2026-02-30 over to March; a real date prints back the same.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 16) !== iso.slice(0, 16)
    ? undefined
    : iso;
}

/** "30.00" EUR → 3000; "" → null; undefined when it is not an amount in that currency. */
export function parseMajor(text: string, currency: string): number | null | undefined {
  const value = text.trim();
  if (value === "") return null;
  const digits = minorDigits(currency);
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match || (match[3]?.length ?? 0) > digits) return undefined;
  const minor = Number(`${match[2]}${(match[3] ?? "").padEnd(digits, "0")}`);
  return match[1] === "-" ? -minor : minor;
}

/** 3000 EUR → "30.00". */
export function formatMajor(minor: number | null, currency: string): string {
  if (minor === null) return "";
  const digits = minorDigits(currency);
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  return `${minor < 0 ? "-" : ""}${whole}${digits > 0 ? `.${text.slice(text.length - digits)}` : ""}`;
}

export function parseHolidayText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

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
