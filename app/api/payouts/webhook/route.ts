import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { PROVIDER_SIGNATURE_HEADER } from "@/lib/payouts/provider/provider-webhook";
import { receiveProviderWebhook } from "@/lib/payouts/receive-provider-webhook";
import { declaredLength, readCappedBody } from "@/lib/server/read-capped-body";
import { route } from "@/lib/server/route";

/** A provider event is a small JSON document; anything larger is not one. */
const MAX_EVENT_BYTES = 64 * 1024;

/**
 * The payment provider's refund outcomes (settled / failed), authenticated by
 * an HMAC signature instead of a session: the caller is the provider. A
 * refused signature gets 401 and changes nothing; a replayed event 200 and
 * changes nothing; an event that could not be applied 500 (the route's
 * error handling), so the provider delivers it again.
 */
export const POST = route("public", async (req: Request) => {
  const secret = env().PAYMENT_WEBHOOK_SECRET;
  if (!secret)
    return Response.json({ error: "payment webhook is not configured" }, { status: 503 });
  const header = req.headers.get(PROVIDER_SIGNATURE_HEADER);
  if (!header) return Response.json({ error: "missing_signature" }, { status: 401 });
  if ((declaredLength(req.headers) ?? 0) > MAX_EVENT_BYTES)
    return Response.json({ error: "event too large" }, { status: 413 });
  const body = await readCappedBody(req.body, MAX_EVENT_BYTES);
  if (!body) return Response.json({ error: "event too large" }, { status: 413 });
  const r = await receiveProviderWebhook(getDb(), { provider: "sandbox", header, body, secret });
  if (!r.ok) return Response.json({ error: r.reason }, { status: 401 });
  return Response.json({ eventId: r.eventId, outcome: r.outcome }, { status: 200 });
});
