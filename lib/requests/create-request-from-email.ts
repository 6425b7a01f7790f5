import { eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { refundRequests } from "@/db/schema";
import type { RequiredItem } from "@/lib/policy/vocabulary";
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
  searchText: string;
};

/** Allocates the next RR-YYYY-NNNNNN reference from a database sequence. */
export async function nextRequestRef(tx: Tx, at: Date): Promise<string> {
  const [row] = await tx.execute<{ n: string }>(sql`SELECT nextval('refund_request_ref_seq')::text AS n`);
  return `RR-${at.getUTCFullYear()}-${row!.n.padStart(6, "0")}`;
}

export async function createRequestFromEmail(tx: Tx, input: NewRequestInput): Promise<{ id: string; ref: string }> {
  const ref = await nextRequestRef(tx, input.receivedAt);
  const f = input.fields;
  const complete = input.missing.length === 0;
  const [row] = await tx
    .insert(refundRequests)
    .values({
      ref,
      customerId: input.match.customer?.id ?? null,
      orderId: input.match.order?.id ?? null,
      productKind: input.match.order?.kind ?? null,
      status: complete ? "to_review" : "awaiting_customer",
      fromAddress: input.fromAddress,
      subject: input.subject || "(no subject)",
      serviceName: f.serviceName,
      claim: f.claim,
      reasonText: f.reasonText,
      amountRequestedMinor: f.amountRequestedMinor,
      currency: f.currency ?? input.match.order?.currency ?? input.match.customer?.currency ?? null,
      directRequested: f.directRequested,
      paymentDetailKind: f.paymentDetailKind,
      paymentDetailMasked: f.paymentDetailMasked,
      paymentDetailSealed: sealPaymentDetail(f.paymentDetailValue),
      phoneNumbers: f.phoneNumbers,
      orderRefs: f.orderRefs,
      language: f.language,
      missing: input.missing,
      receivedAt: input.receivedAt,
      completedAt: complete ? input.receivedAt : null,
      customerMatched: input.match.customer !== null,
    })
    .returning({ id: refundRequests.id });
  await setSearchText(tx, row!.id, `${ref} ${input.searchText}`);
  return { id: row!.id, ref };
}

/** Full-text search over the request's reference, sender, numbers and the words of its emails. */
export async function setSearchText(tx: Tx, requestId: string, text: string): Promise<void> {
  await tx
    .update(refundRequests)
    .set({ searchText: sql`coalesce(${refundRequests.searchText}, ''::tsvector) || to_tsvector('simple', ${text.slice(0, 100_000)})` })
    .where(eq(refundRequests.id, requestId));
}
