import { lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookReplays } from "@/db/schema";
import { env } from "@/lib/env";
import { ingestEmail } from "@/lib/requests/ingest-email";
import {
  SIGNATURE_TOLERANCE_SECONDS,
  verifyWebhookSignature,
} from "@/lib/requests/verify-webhook-signature";
import { logger } from "@/lib/server/logger";
import { requestIdOf } from "@/lib/server/request-id";

/**
 * Inbound mail webhook: raw RFC 5322 bytes in the body, authenticated by an
 * HMAC signature instead of a session (the caller is the mail provider).
 * Missing, invalid or replayed signatures get 401 and nothing is stored.
 */
export async function POST(req: Request): Promise<Response> {
  const secret = env().INBOUND_WEBHOOK_SECRET;
  if (!secret)
    return Response.json({ error: "inbound webhook is not configured" }, { status: 503 });
  const body = Buffer.from(await req.arrayBuffer());
  const header = req.headers.get("x-refund-desk-signature");
  const check = verifyWebhookSignature({ secret, header, body });
  if (!check.ok) return Response.json({ error: check.reason }, { status: 401 });
  const db = getDb();
  const v1 = header!.split("v1=")[1]!.slice(0, 64);
  const cutoff = new Date(Date.now() - 2 * SIGNATURE_TOLERANCE_SECONDS * 1000);
  await db.delete(webhookReplays).where(lt(webhookReplays.seenAt, cutoff));
  const fresh = await db
    .insert(webhookReplays)
    .values({ signature: v1 })
    .onConflictDoNothing()
    .returning();
  if (fresh.length === 0) return Response.json({ error: "replayed signature" }, { status: 401 });
  if (body.length > env().MAX_EMAIL_BYTES * 2)
    return Response.json({ error: "message too large" }, { status: 413 });
  try {
    const r = await ingestEmail(db, { raw: body, channel: "webhook" });
    return Response.json(
      { emailId: r.emailId, duplicate: r.duplicate, outcome: r.outcome?.kind ?? null },
      { status: r.duplicate ? 200 : 201 },
    );
  } catch (err) {
    const requestId = requestIdOf(req);
    logger.error({ requestId, err }, "inbound email processing failed");
    return Response.json(
      { error: "stored but not processed; it will be retried", requestId },
      { status: 500 },
    );
  }
}
