import { getDb } from "@/db/client";
import { parseDecisionFilters } from "@/db/queries/decisions/decisions-filters";
import { exportClient } from "@/db/queries/export/stream-rows";
import { exportDecisions } from "@/lib/export/export-decisions";
import { route } from "@/lib/server/route";

/** The decisions view as CSV, under the same URL filters as the page. */
export const GET = route("decisions.audit", async (req, _ctx, user) =>
  exportDecisions(getDb(), exportClient(), {
    userId: user.id,
    filters: parseDecisionFilters(Object.fromEntries(new URL(req.url).searchParams)),
  }),
);
