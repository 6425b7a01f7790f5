import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { customers, type Payout, type RefundRequest } from "@/db/schema";
import { insertDecisionReply } from "@/lib/decisions/insert-decision-reply";
import { formatMinor } from "@/lib/policy/money";

/**
 * The reply for a direct refund that ends on the balance instead (a rejected
 * approval, or a payout the provider could not make and that is kept there):
 * drafted for the reviewer to read and send.
 */
export async function draftOnBalanceReply(
  tx: Tx,
  request: RefundRequest,
  payout: Payout,
  actorId: string | null,
  now: Date,
): Promise<string> {
  const [c] = await tx
    .select({ name: customers.name })
    .from(customers)
    .where(eq(customers.id, payout.customerId));
  const money = formatMinor(payout.amountMinor, payout.currency);
  const ru = request.language === "ru";
  const body = ru
    ? `Здравствуйте${c ? `, ${c.name}` : ""}!\n\nПо вашему запросу ${request.ref} возврат ${money} зачислен на баланс вашего личного кабинета: перевести его напрямую не удалось. Средства на балансе можно использовать для оплаты услуг.\n\nС уважением,\nОтдел возвратов`
    : `Hello${c ? ` ${c.name}` : ""},\n\nThe refund of ${money} for your request ${request.ref} has been credited to the balance of your personal account, as we could not pay it to you directly. You can use the balance for any of our services.\n\nKind regards,\nRefunds department`;
  return insertDecisionReply(tx, {
    request,
    subject:
      `Re: [${request.ref}] ${request.subject.replace(/^\s*((re|fwd?|ответ)\s*:\s*)+/i, "").replace(/^\[RR-[\d-]+\]\s*/, "")}`.slice(
        0,
        250,
      ),
    body,
    state: "draft",
    createdBy: actorId,
    now,
  });
}
