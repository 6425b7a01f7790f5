import type { Tx } from "@/db/client";
import { loadCaseFacts } from "@/db/queries/replay/case-facts";
import {
  latestEvaluations,
  openPayoutsOf,
  type OpenPayout,
  type ScopeRequest,
} from "@/db/queries/replay/preview-scope";
import type { ReplayPreview } from "@/db/schema";
import {
  compareDecidedRequest,
  compareOpenRequest,
  compareWithEngine,
  type Compared,
} from "./preview-changes";

/** What one batch's facts are, loaded in a few queries (never one per request). */
type Loaded =
  | { mode: "engine"; stored: Awaited<ReturnType<typeof latestEvaluations>> }
  | {
      mode: "calendar";
      facts: Awaited<ReturnType<typeof loadCaseFacts>>;
      payouts: OpenPayout[];
    };

/** Loads what the batch's comparison reads: stored evaluations, or current facts and open payouts. */
export async function loadPreviewBatch(
  db: Tx,
  preview: Pick<ReplayPreview, "mode">,
  batch: readonly ScopeRequest[],
): Promise<Loaded> {
  if (preview.mode === "engine")
    return {
      mode: "engine",
      stored: await latestEvaluations(
        db,
        batch.map((r) => r.id),
      ),
    };
  const [facts, payouts] = await Promise.all([
    loadCaseFacts(
      db,
      batch.filter((r) => r.open).map((r) => r.id),
    ),
    openPayoutsOf(
      db,
      batch.filter((r) => !r.open).map((r) => r.id),
    ),
  ]);
  return { mode: "calendar", facts, payouts };
}

/**
 * Pure: each request of the batch compared (evaluated both ways), by id. A request in engine
 * mode that was never evaluated has nothing to compare and is left out.
 */
export function compareBatch(
  preview: Pick<ReplayPreview, "calendarBefore" | "calendarAfter" | "evaluatedAt">,
  batch: readonly ScopeRequest[],
  loaded: Loaded,
): Map<string, Compared> {
  const out = new Map<string, Compared>();
  if (loaded.mode === "engine") {
    for (const s of loaded.stored) out.set(s.requestId, compareWithEngine(s));
    return out;
  }
  const calendars = { before: preview.calendarBefore, after: preview.calendarAfter! };
  for (const f of loaded.facts)
    out.set(f.request.id, compareOpenRequest(f, calendars, preview.evaluatedAt));
  const owed = new Map<string, OpenPayout[]>();
  for (const p of loaded.payouts) owed.set(p.requestId, [...(owed.get(p.requestId) ?? []), p]);
  for (const r of batch)
    if (!r.open) out.set(r.id, compareDecidedRequest(owed.get(r.id) ?? [], calendars));
  return out;
}
