import { getDb } from "@/db/client";
import { env } from "@/lib/env";
import { receiveWebhookEmail } from "@/lib/requests/receive-webhook-email";
import { logger } from "@/lib/server/logger";
import { requestIdOf } from "@/lib/server/request-id";
import { route } from "@/lib/server/route";

/**
 * Inbound mail webhook: raw RFC 5322 bytes in the body, authenticated by an
 * HMAC signature instead of a session (the caller is the mail provider).
 * Missing, invalid or replayed signatures get 401 and nothing is stored.
 */
export const POST = route("public", async (req) => {
  const { INBOUND_WEBHOOK_SECRET: secret, MAX_EMAIL_BYTES } = env();
  if (!secret)
    return Response.json({ error: "inbound webhook is not configured" }, { status: 503 });
  // Larger messages than MAX_EMAIL_BYTES are still stored (and quarantined as too large) up to twice that.
  const r = await receiveWebhookEmail(getDb(), req, { secret, maxBodyBytes: MAX_EMAIL_BYTES * 2 });
  if (!r.processed) {
    const requestId = requestIdOf(req);
    logger.warn({ requestId, emailId: r.emailId }, "inbound email stored but not processed");
    return Response.json(
      { emailId: r.emailId, outcome: null, error: "stored; processing will be retried", requestId },
      { status: 202 },
    );
  }
  return Response.json(
    { emailId: r.emailId, duplicate: r.duplicate, outcome: r.outcome?.kind ?? null },
    { status: r.duplicate ? 200 : 201 },
  );
});
