import { randomUUID } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { refundRequests } from "@/db/schema";
import type { RequiredItem } from "@/lib/policy/vocabulary";
import type { Recommendation } from "./evaluate-request";
import type { AccountMatch } from "./match-account";
import type { RequestFields } from "./request-fields";
import { sealPaymentDetail } from "./seal-payment-detail";

export type NewRequestInput = {
  fields: RequestFields;
  missing: RequiredItem[];
  match: AccountMatch;
  fromAddress: string;
  subject: string;
  receivedAt: Date;
  /** Words to index; must not contain full payment details (see process-stored-email's redaction). */
  searchText: string;
  /** The policy recommendation, when the caller evaluated the new request's facts before inserting it. */
  recommendation?: Recommendation;
  /** A reference the caller already allocated with nextRequestRef. */
  ref?: string;
  /** The new row's id, when the caller needs it before the insert returns. */
  id?: string;
};

/** Allocates the next RR-YYYY-NNNNNN reference from a database sequence. */
export async function nextRequestRef(tx: Tx, at: Date): Promise<string> {
  const [row] = await tx.execute<{ n: string }>(
    sql`SELECT nextval('refund_request_ref_seq')::text AS n`,
  );
  return `RR-${at.getUTCFullYear()}-${String(row!.n).padStart(6, "0")}`;
}

/** The request columns a new request from this email gets (what the policy engine reads included). */
export function newRequestColumns(input: NewRequestInput) {
  const f = input.fields;
  const complete = input.missing.length === 0;
  return {
    customerId: input.match.customer?.id ?? null,
    orderId: input.match.order?.id ?? null,
    productKind: input.match.order?.kind ?? null,
    status: complete ? ("to_review" as const) : ("awaiting_customer" as const),
    fromAddress: input.fromAddress,
    subject: input.subject || "(no subject)",
    serviceName: f.serviceName,
    claim: f.claim,
    claimConfidence: f.claimConfidence,
    reasonText: f.reasonText,
    amountRequestedMinor: f.amountRequestedMinor,
    currency: f.currency ?? input.match.order?.currency ?? input.match.customer?.currency ?? null,
    directRequested: f.directRequested,
    paymentDetailKind: f.paymentDetailKind,
    paymentDetailMasked: f.paymentDetailMasked,
    phoneNumbers: f.phoneNumbers,
    orderRefs: f.orderRefs,
    language: f.language,
    missing: input.missing,
    receivedAt: input.receivedAt,
    completedAt: complete ? input.receivedAt : null,
    customerMatched: input.match.customer !== null,
  };
}

const NO_RECOMMENDATION: Recommendation = {
  recOutcome: null,
  recAmountMinor: null,
  recDestination: null,
  recClauses: [],
  reviewBy: null,
};
/**
 * The one INSERT of a new request (the reference, the columns, the recommendation if given,
 * the search vector); the caller allocated the reference (nextRequestRef) and may give the id.
 */
export async function insertNewRequest(
  tx: Tx,
  input: NewRequestInput & { ref: string },
): Promise<string> {
  const id = input.id ?? randomUUID();
  await tx
    .insert(refundRequests)
    .values({
      id,
      ...newRequestColumns(input),
      ref: input.ref,
      paymentDetailSealed: sealPaymentDetail(input.fields.paymentDetailValue),
      ...(input.recommendation ?? NO_RECOMMENDATION),
      searchText: searchVector(`${input.ref} ${input.searchText}`),
    })
    .prepare("insert_refund_request")
    .execute();
  return id;
}

/** to_tsvector of the text, appended to `existing` (a column) when given. */
export function searchVector(text: string, existing?: SQL | typeof refundRequests.searchText): SQL {
  const v = sql`to_tsvector('simple', ${text.slice(0, 100_000)})`;
  return existing ? sql`coalesce(${existing}, ''::tsvector) || ${v}` : v;
}

/** Full-text search over the request's reference, sender, numbers and the words of its emails. */
export async function setSearchText(tx: Tx, requestId: string, text: string): Promise<void> {
  await tx
    .update(refundRequests)
    .set({ searchText: searchVector(text, refundRequests.searchText) })
    .where(eq(refundRequests.id, requestId));
}
