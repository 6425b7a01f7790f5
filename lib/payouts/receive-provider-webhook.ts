import type { Db } from "@/db/client";
import { providerEvents } from "@/db/schema";
import { applyProviderRefundTx, type ApplyOutcome } from "./apply-provider-refund";
import { verifyProviderWebhook, type ProviderWebhookRefusal } from "./provider/provider-webhook";

export type ProviderWebhookResult =
  | { ok: true; outcome: ApplyOutcome | "replayed"; eventId: string }
  | { ok: false; reason: ProviderWebhookRefusal };

/**
 * A payment provider's signed report of a refund's outcome. Verified first
 * (signature, age); then, in one transaction, the event id is recorded and the
 * outcome applied, so a replayed or redelivered event changes nothing and an
 * event whose application fails is not remembered (the provider retries it).
 */
export async function receiveProviderWebhook(
  db: Db,
  o: { provider: string; header: string | null; body: Buffer; secret: string; now?: Date },
): Promise<ProviderWebhookResult> {
  const check = verifyProviderWebhook({
    header: o.header,
    body: o.body,
    secret: o.secret,
    now: o.now,
  });
  if (!check.ok) return { ok: false, reason: check.reason };
  const event = check.event;
  return db.transaction(async (tx) => {
    const fresh = await tx
      .insert(providerEvents)
      .values({ eventId: event.id, provider: o.provider })
      .onConflictDoNothing()
      .returning({ id: providerEvents.eventId });
    if (fresh.length === 0) return { ok: true, outcome: "replayed", eventId: event.id };
    const outcome = await applyProviderRefundTx(
      tx,
      event.refund,
      { job: `webhook:${o.provider}` },
      o.now,
    );
    return { ok: true, outcome, eventId: event.id };
  });
}
