import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
};

/** The tables whose access the summary shows: the ones that grow with history. */
const GROWING = new Set(["refund_requests", "decisions", "payouts", "outbound_emails"]);

function scans(n: PlanNode, out: string[]): string[] {
  const rel = n["Relation Name"];
  if (rel && (GROWING.has(rel) || n["Node Type"] === "Seq Scan")) {
    const rows = Math.round((n["Actual Rows"] ?? 0) * (n["Actual Loops"] ?? 1));
    const loops = (n["Actual Loops"] ?? 1) > 1 ? ` ×${n["Actual Loops"]}` : "";
    out.push(`${n["Node Type"]} ${n["Index Name"] ?? rel} (${rows} rows${loops})`);
  }
  for (const c of n.Plans ?? []) scans(c, out);
  return out;
}

/**
 * A statement's plan in one line: each scan of a table that grows with history (refund_requests,
 * decisions, payouts, outbound emails) and every sequential scan, with the rows it returned, and
 * the execution time. Runs the statement (EXPLAIN ANALYZE).
 */
export async function planLine(db: Db, statement: SQL): Promise<string> {
  const [row] = await db.execute<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
    sql`EXPLAIN (ANALYZE, FORMAT JSON) ${statement}`,
  );
  const plan = row!["QUERY PLAN"][0];
  return `${scans(plan.Plan, []).join("; ")} [${plan["Execution Time"].toFixed(1)} ms]`;
}
