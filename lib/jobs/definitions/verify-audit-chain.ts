import { z } from "zod";
import { runAuditVerification, VERIFY_CHANNEL } from "@/lib/audit/audit-verifications";
import { defineJob } from "../define-job";

/**
 * Full verification of the audit chain: a scheduled one daily (the job checks every minute
 * whether one is due), and a manager's "Verify now" at once through its NOTIFY.
 */
export const verifyAuditChainJob = defineJob({
  name: "verify-audit-chain",
  // The NOTIFY's payload is the verification id; the job takes whichever run is queued.
  data: z.object({}),
  schedule: "* * * * *",
  wakeChannel: VERIFY_CHANNEL,
  policy: "singleton",
  // About 10 µs per entry: 10 minutes is tens of millions of entries.
  expireInSeconds: 600,
  retry: { limit: 1, delaySeconds: 30 },
  run: async (_data, { db }) => {
    const v = await runAuditVerification(db);
    return v && { id: v.id, status: v.status, ok: v.ok, checked: v.checked };
  },
});
