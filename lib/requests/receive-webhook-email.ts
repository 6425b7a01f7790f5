import { lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { isDatabaseUnavailable } from "@/db/connection-errors";
import { webhookReplays } from "@/db/schema";
import { AppError } from "@/lib/server/app-error";
import { declaredLength, readCappedBody } from "@/lib/server/read-capped-body";
import { EmailNotProcessed, EmailNotStored, ingestEmail, type IngestResult } from "./ingest-email";
import { ReplayedDelivery } from "./store-raw-email";
import {
  checkSignatureTime,
  parseWebhookSignature,
  signatureVerifier,
  SIGNATURE_TOLERANCE_SECONDS,
} from "./verify-webhook-signature";

export type WebhookReceipt =
  | ({ stored: true; processed: true } & IngestResult)
  | { stored: true; processed: false; emailId: string };

export type ReceiveWebhookOptions = {
  secret: string;
  /** The most bytes read from a body; a larger one is refused (413) at this point. */
  maxBodyBytes: number;
  now?: Date;
};

const refused = (reason: string) => new AppError("UNAUTHENTICATED", { userMessage: reason });

/**
 * One delivery to the inbound mail webhook, cheapest refusals first: the signature header's
 * shape and time and the declared length are checked before a byte of the body is read; the
 * body is then read up to the cap with its MAC computed as it streams; only a signed body is
 * stored, with its signature as the replay key in the same transaction.
 *
 * Throws AppError: UNAUTHENTICATED (missing, malformed, stale, invalid or replayed signature),
 * TOO_LARGE, and UNAVAILABLE / INTERNAL when the message was not stored (the sender retries;
 * its signature was not recorded, so the retry is accepted).
 */
export async function receiveWebhookEmail(
  db: Db,
  req: Request,
  opts: ReceiveWebhookOptions,
): Promise<WebhookReceipt> {
  const now = opts.now ?? new Date();
  const parsed = parseWebhookSignature(req.headers.get("x-refund-desk-signature"));
  if (!parsed.ok) throw refused(parsed.reason);
  const fresh = checkSignatureTime(parsed.signature, now);
  if (!fresh.ok) throw refused(fresh.reason);
  const tooLarge = new AppError("TOO_LARGE", { userMessage: "message too large" });
  if ((declaredLength(req.headers) ?? 0) > opts.maxBodyBytes) throw tooLarge;
  const mac = signatureVerifier(opts.secret, parsed.signature);
  const raw = await readCappedBody(req.body, opts.maxBodyBytes, mac.update);
  if (!raw) throw tooLarge;
  if (!mac.matches()) throw refused("invalid signature");
  try {
    await forgetExpiredReplayKeys(db, now);
    const r = await ingestEmail(db, { raw, channel: "webhook", replayKey: parsed.signature.v1 });
    return { stored: true, processed: true, ...r };
  } catch (err) {
    if (err instanceof ReplayedDelivery) throw refused("replayed signature");
    if (err instanceof EmailNotProcessed)
      return { stored: true, processed: false, emailId: err.emailId };
    const cause = err instanceof EmailNotStored ? err.cause : err;
    throw new AppError(isDatabaseUnavailable(cause) ? "UNAVAILABLE" : "INTERNAL", {
      userMessage: "not stored; deliver it again",
      cause: err,
    });
  }
}

/** Signatures older than twice the tolerance can no longer pass the time check: forget them. */
async function forgetExpiredReplayKeys(db: Db, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - 2 * SIGNATURE_TOLERANCE_SECONDS * 1000);
  await db.delete(webhookReplays).where(lt(webhookReplays.seenAt, cutoff));
}
