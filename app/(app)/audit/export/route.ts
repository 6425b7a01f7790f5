import { getDb } from "@/db/client";
import { parseAuditLogFilters } from "@/db/queries/audit/audit-log-filters";
import { exportClient } from "@/db/queries/export/stream-rows";
import { exportAuditLog } from "@/lib/export/export-audit-log";
import { route } from "@/lib/server/route";

/** The audit log as CSV, under the same URL filters as the page (all pages, not only the one shown). */
export const GET = route("audit.read", async (req, _ctx, user) =>
  exportAuditLog(getDb(), exportClient(), {
    userId: user.id,
    filters: parseAuditLogFilters(Object.fromEntries(new URL(req.url).searchParams)),
  }),
);
