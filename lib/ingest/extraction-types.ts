import type { Claim, PaymentDetailKind, RequiredItem } from "@/lib/policy/vocabulary";

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One extracted field. `value` is null when nothing was found (then confidence 0, span null). */
export interface Field<T> {
  value: T | null;
  /** 0..1: how sure the rule that produced it is. */
  confidence: number;
  /** Where in `Extraction.bodyText` it came from; null when from the subject or inferred. */
  span: Span | null;
}

/** One item of a multi-valued field (phone numbers, order references). */
export interface Found<T> {
  value: T;
  confidence: number;
  span: Span | null;
}

/**
 * The claim as the classifier read it. `confidence` is the classifier's
 * probability for its best guess; below CLAIM_THRESHOLD the claim is not
 * recognised: `value` is then "other" and the request page says so.
 */
export interface ClaimField extends Field<Claim> {
  recognised: boolean;
  /** The classifier's best guess, also when it is not sure enough to use it. */
  guess: Claim | null;
}

export interface Money {
  /** Integer minor units (cents, kopecks), parsed from the digits as strings. */
  amountMinor: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface PaymentDetail {
  kind: PaymentDetailKind;
  /** Safe to display and log, e.g. "•••• 4242". */
  masked: string;
  /** The full value as written (normalised). Secret: encrypt before storing, never log. */
  value: string;
}

export interface Extraction {
  /** The text the extractor read (quotes and signatures removed, forwarded mail kept); spans point into it. */
  bodyText: string;
  language: Field<string>;
  serviceName: Field<string>;
  /** Third-party service named for SMS failures, e.g. "WhatsApp". */
  targetService: Field<string>;
  amount: Field<Money>;
  /** The reason sentence(s) as written. */
  reason: Field<string>;
  claim: ClaimField;
  /** True when the customer personally asks for money back to a card/bank/wallet (PAY-DIRECT-PERSONAL-REQUEST). */
  directRequested: Field<boolean>;
  paymentDetails: Field<PaymentDetail>;
  /** E.164, deduplicated, in order of appearance. */
  phoneNumbers: Found<string>[];
  /** Normalised to "ORD-<digits>". */
  orderRefs: Found<string>[];
  /** Our request reference "RR-YYYY-NNNNNN". */
  requestRef: Field<string>;
  /** Normalised to "ACC-<digits>". */
  accountRef: Field<string>;
  /** REQ-INCOMPLETE items not found. */
  missing: RequiredItem[];
}
