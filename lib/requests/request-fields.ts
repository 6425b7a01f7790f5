import type { RefundRequest } from "@/db/schema";
import type { Extraction } from "@/lib/ingest/extraction-types";
import { isIsoCurrency } from "@/lib/policy/money";
import {
  REQUIRED_ITEMS,
  type Claim,
  type PaymentDetailKind,
  type RequiredItem,
} from "@/lib/policy/vocabulary";

/** The request columns an email can supply. */
export type RequestFields = {
  serviceName: string | null;
  claim: Claim;
  /** The classifier's confidence in the claim (see refundRequests.claimConfidence). */
  claimConfidence: number | null;
  reasonText: string | null;
  amountRequestedMinor: number | null;
  currency: string | null;
  directRequested: boolean;
  paymentDetailKind: PaymentDetailKind | null;
  paymentDetailMasked: string | null;
  /** Full value, to be sealed before it is stored. */
  paymentDetailValue: string | null;
  phoneNumbers: string[];
  orderRefs: string[];
  language: string | null;
};

export function fieldsFromExtraction(x: Extraction): RequestFields {
  return {
    serviceName: x.serviceName.value,
    claim: x.claim.value ?? "other",
    claimConfidence: x.claim.confidence,
    reasonText: x.reason.value,
    amountRequestedMinor: x.amount.value?.amountMinor ?? null,
    // The column is ISO 4217; a token like "USDT" keeps its amount but not a currency the ledger can book.
    currency: isIsoCurrency(x.amount.value?.currency ?? "")
      ? (x.amount.value?.currency ?? null)
      : null,
    directRequested: x.directRequested.value ?? false,
    paymentDetailKind: x.paymentDetails.value?.kind ?? null,
    paymentDetailMasked: x.paymentDetails.value?.masked ?? null,
    paymentDetailValue: x.paymentDetails.value?.value ?? null,
    phoneNumbers: x.phoneNumbers.map((p) => p.value),
    orderRefs: x.orderRefs.map((o) => o.value),
    language: x.language.value,
  };
}

const uniq = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * A reply adds to what the request already knows: it fills gaps and may
 * sharpen a vague reason, but never erases a value the customer gave before.
 */
export function mergeFields(current: RefundRequest, reply: RequestFields): Partial<RequestFields> {
  const hasPayment = current.paymentDetailKind !== null;
  return {
    serviceName: current.serviceName ?? reply.serviceName,
    claim: current.claim === "other" ? reply.claim : current.claim,
    claimConfidence: current.claim === "other" ? reply.claimConfidence : current.claimConfidence,
    reasonText: current.reasonText ?? reply.reasonText,
    amountRequestedMinor: current.amountRequestedMinor ?? reply.amountRequestedMinor,
    currency:
      current.amountRequestedMinor !== null
        ? current.currency
        : (reply.currency ?? current.currency),
    directRequested: current.directRequested || reply.directRequested,
    paymentDetailKind: hasPayment ? current.paymentDetailKind : reply.paymentDetailKind,
    paymentDetailMasked: hasPayment ? current.paymentDetailMasked : reply.paymentDetailMasked,
    paymentDetailValue: hasPayment ? null : reply.paymentDetailValue,
    phoneNumbers: uniq(current.phoneNumbers, reply.phoneNumbers),
    orderRefs: uniq(current.orderRefs, reply.orderRefs),
    language: current.language ?? reply.language,
  };
}

/** REQ-INCOMPLETE: which of the four required items the request still lacks. */
export function missingItems(f: {
  serviceName: string | null;
  amountRequestedMinor: number | null;
  reasonText: string | null;
  paymentDetailKind: string | null;
}): RequiredItem[] {
  const have: Record<RequiredItem, boolean> = {
    serviceName: Boolean(f.serviceName),
    amount: f.amountRequestedMinor !== null,
    reason: Boolean(f.reasonText),
    paymentDetails: f.paymentDetailKind !== null,
  };
  return REQUIRED_ITEMS.filter((i) => !have[i]);
}
