import type { Db } from "../../db/client";
import { env } from "../../lib/env";
import { sealingKeyring } from "../../lib/sealing/keyring-from-env";
import { countClearRows } from "../../lib/sealing/seal-clear-rows";
import { sealClearRows } from "../../lib/sealing/rotate-keys";

/**
 * After the migrations: the emails and attachments stored before sealing (migration 0021, which
 * has no key) sealed with PAYMENT_DETAILS_KEY. On a sealed database, one index probe per table
 * and nothing said; without a key, what is left in the clear is said, not sealed.
 */
export async function sealLeftoverRows(db: Db, log: (line: string) => void): Promise<void> {
  if (!env().PAYMENT_DETAILS_KEY) {
    const left = await countClearRows(db);
    if (left.emails + left.attachments > 0)
      log(
        `${left.emails} email(s) and ${left.attachments} attachment(s) stored before sealing are still in the clear: set PAYMENT_DETAILS_KEY and start again, or run npm run keys:rotate.`,
      );
    return;
  }
  const done = await sealClearRows(db, sealingKeyring());
  if (done.inbound_emails + done.email_attachments > 0)
    log(
      `Sealed ${done.inbound_emails} email(s) and ${done.email_attachments} attachment(s) stored before sealing.`,
    );
}
