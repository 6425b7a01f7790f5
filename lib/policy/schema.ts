import { z } from "zod";
import { calendarSchema } from "./calendar";
import {
  CLAIMS,
  KYC_STATES,
  NOT_PROVIDED_CAUSES,
  ORDER_KINDS,
  ORDER_LABELS,
  ORDER_STATUSES,
  OUTAGE_CAUSES,
  PAYMENT_METHOD_TYPES,
} from "./vocabulary";

/** An ISO-8601 instant with `Z` or an explicit offset. */
const instant = z.iso.datetime({ offset: true });
/** Integer minor units of a currency. */
const minor = z.int();
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: "Currency must be an ISO 4217 code (3 upper-case letters)" });

const outageSchema = z.object({
  /** VN-BAL-OUTAGE-24H counts from the customer's report, not from the breakage. */
  reportedAt: instant,
  /** Null while unresolved: the outage is then measured to `now`. */
  resolvedAt: instant.nullable(),
  cause: z.enum(OUTAGE_CAUSES),
});

const smsSchema = z.object({
  receivedAt: instant,
  /** DISP-DENY-SMS-SHOWN: the text is displayed in the ordering table. */
  shownInTable: z.boolean(),
});

const orderSchema = z.object({
  kind: z.enum(ORDER_KINDS),
  label: z.enum(ORDER_LABELS).nullable(),
  paidMinor: minor.nonnegative(),
  currency,
  periodStart: instant,
  periodEnd: instant,
  status: z.enum(ORDER_STATUSES),
  statusAt: instant.nullable(),
  /** `beyond_control` → VN-BAL-NOT-PROVIDED, `fulfilment_failure` → VN-DIRECT-ORDER-NOT-COMPLETED. */
  notProvidedCause: z.enum(NOT_PROVIDED_CAUSES).nullable(),
  restrictionsIgnored: z.boolean(),
  kycRequired: z.boolean(),
  /** VN-DIRECT-PROVIDER-FAULT applies only when no replacement exists for the same country/city. */
  replacementAvailable: z.boolean(),
  outages: z.array(outageSchema),
  sms: z.array(smsSchema),
  /** Disposable numbers: when the activation started waiting for its SMS. */
  activatedAt: instant.nullable().optional(),
  /** DISP-AUTO-NO-SMS: when the automatic refund was booked. */
  autoRefundedAt: instant.nullable(),
  /** Null when the order was paid from the balance or the method is unknown: it cannot take a refund. */
  paymentMethod: z
    .object({ type: z.enum(PAYMENT_METHOD_TYPES), supportsRefund: z.boolean() })
    .nullable(),
});

const requestSchema = z.object({
  receivedAt: instant,
  /** Receipt of the message that completed the request; defaults to receivedAt. */
  completedAt: instant.optional(),
  claim: z.enum(CLAIMS),
  /** PAY-DIRECT-PERSONAL-REQUEST: the client personally asked for a direct refund. */
  directRequested: z.boolean(),
  amountRequestedMinor: minor.nonnegative().nullable(),
  currency,
  /** REQ-INCOMPLETE: which of the four required items the request states. */
  provided: z.object({
    serviceName: z.boolean(),
    amount: z.boolean(),
    reason: z.boolean(),
    paymentDetails: z.boolean(),
  }),
});

const accountSchema = z.object({
  fraud: z.boolean(),
  /** A complaint from the local number provider or the authorities (VN-DENY-FRAUD). */
  complaint: z.boolean(),
  kyc: z.enum(KYC_STATES),
  balanceMinor: minor,
});

/** One case for `evaluate`: the request, the account and the matched order. */
export const policyCaseSchema = z.object({
  /** The evaluation instant; the engine never reads the clock. */
  now: instant,
  calendar: calendarSchema.optional(),
  request: requestSchema,
  account: accountSchema,
  /** Null when no order matched the request. */
  order: orderSchema.nullable(),
});

/** A case as callers write it (calendar fields and completedAt may be left out). */
export type PolicyCase = z.input<typeof policyCaseSchema>;
/** A case after parsing, with the schema's defaults applied. */
export type ParsedPolicyCase = z.output<typeof policyCaseSchema>;
export type PolicyOrder = NonNullable<ParsedPolicyCase["order"]>;
export type PolicyOutage = PolicyOrder["outages"][number];

export interface PolicyIssue {
  /** e.g. `request.claim` or `order.outages[0].cause`. */
  path: string;
  message: string;
}

export type ParsePolicyCaseResult =
  { ok: true; data: ParsedPolicyCase } | { ok: false; issues: PolicyIssue[] };

/** Renders a zod path as `a.b[0].c`, prefixed when given. */
export function formatIssuePath(path: readonly PropertyKey[], prefix = ""): string {
  let text = prefix;
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text === "" ? "(root)" : text;
}

/** Parses without throwing: an invalid case is an expected failure, returned as issues with paths. */
export function parsePolicyCase(input: unknown, pathPrefix = ""): ParsePolicyCaseResult {
  const parsed = policyCaseSchema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path, pathPrefix),
      message: issue.message,
    })),
  };
}
