import type { ClauseId } from "@/lib/policy/clauses";
import type {
  KycState,
  NotProvidedCause,
  OrderKind,
  OrderStatus,
  OutageCause,
  PaymentMethodType,
} from "@/lib/policy/vocabulary";

export type Currency = "USD" | "EUR" | "RUB" | "GBP";

/** How an order was paid; `supportsRefund` feeds PAY-NO-REFUND-METHOD. */
export type PaymentMethodSpec = { type: PaymentMethodType; label: string; supportsRefund: boolean };

export type ScenarioCustomer = {
  /** "ACC-" + 5 digits, quoted by some emails. */
  accountRef: string;
  name: string;
  email: string;
  currency: Currency;
  /** Cached balance in minor units (VN-DENY-DELETED-WITH-BALANCE needs one). */
  balanceMinor?: number;
  kyc?: KycState;
  fraud?: boolean;
  complaint?: boolean;
  payment: PaymentMethodSpec;
};

export type ScenarioOrder = {
  /** "ORD-" + 6 digits. */
  ref: string;
  kind: OrderKind;
  forRegistration?: boolean;
  service: string;
  /** E.164; omitted for top-ups. */
  phone?: string;
  country?: string;
  city?: string;
  paidMinor: number;
  /** Start of the paid period, in days before `now`. */
  startDaysAgo: number;
  /** Length of the paid period in days; 0 for one-off purchases. */
  days: number;
  status?: OrderStatus;
  /** When the status changed, in hours before `now`. */
  statusHoursAgo?: number;
  notProvidedCause?: NotProvidedCause;
  restrictionsIgnored?: boolean;
  kycRequired?: boolean;
  replacementAvailable?: boolean;
  /** Disposable numbers: activation start, in minutes before `now`. */
  activatedMinutesAgo?: number;
  /** DISP-AUTO-NO-SMS: the automatic refund, in minutes after activation. */
  autoRefundAfterMinutes?: number;
};

export type ScenarioOutage = {
  reportedHoursAgo: number;
  /** null while unresolved. */
  resolvedHoursAgo: number | null;
  cause: OutageCause;
  note?: string;
};

export type ScenarioSms = {
  minutesAfterActivation: number;
  sender: string;
  body: string;
  shown?: boolean;
};

export type ScenarioEmail = {
  lang: "en" | "ru";
  /** Receipt time, in hours before `now`. */
  hoursAgo: number;
  subject: string;
  body: string;
  /** Sender when it differs from the account's address (the email must then quote the account). */
  from?: string;
  /** Russian mail clients often send quoted-printable; the rest go out as 8bit. */
  encoding?: "8bit" | "quoted-printable";
};

/** A follow-up in the same thread (In-Reply-To the first email) that supplies what was missing. */
export type ScenarioReply = { hoursAgo: number; body: string; completesTo: ClauseId };

export type Scenario = {
  key: string;
  /** The clause the policy engine should cite for the first email. */
  expectedClause: ClauseId;
  /** Other clauses the evaluation should cite too. */
  alsoCites?: ClauseId[];
  customer: ScenarioCustomer;
  order: ScenarioOrder;
  outages?: ScenarioOutage[];
  sms?: ScenarioSms[];
  email: ScenarioEmail;
  reply?: ScenarioReply;
};
