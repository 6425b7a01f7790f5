import type { Tx } from "@/db/client";
import { recordAudit } from "@/lib/audit/record-audit";

/** Exports are audited: who downloaded which view under which filter (the URL query, as asked). */
export async function recordExport(
  db: Tx,
  o: { userId: string; view: string; filter: URLSearchParams },
): Promise<void> {
  await recordAudit(db, {
    actorId: o.userId,
    action: "export.downloaded",
    entityType: "export",
    entityId: o.view,
    data: { view: o.view, filter: o.filter.toString() },
  });
}
