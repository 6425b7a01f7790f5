import { randomUUID } from "node:crypto";
import type { Db } from "../../../db/client";
import { recordDecisionSchema } from "../../../lib/decisions/decision-schema";
import { recordDecision } from "../../../lib/decisions/record-decision";

/** Approves every request through recordDecision, `concurrency` at a time, as one reviewer. */
export async function decideAll(
  db: Db,
  requests: Array<{ id: string; rec: "balance" | "direct" | null }>,
  reviewerId: string,
  concurrency: number,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const r = requests[next++]!;
        const input = recordDecisionSchema.parse({
          requestId: r.id,
          version: 1,
          idempotencyKey: randomUUID(),
          kind: "approve",
          clauses: [r.rec === "direct" ? "VN-DIRECT-PROVIDER-FAULT" : "VN-BAL-OUTAGE-24H"],
          note: "bench",
          amount: "3.00",
          currency: "USD",
          destination: r.rec,
        });
        await recordDecision(db, { input, actor: { id: reviewerId, manager: false } });
      }
    }),
  );
}
