import { performance } from "node:perf_hooks";
import { extractRequest } from "../../../lib/ingest/extract-request";
import { parseEmail } from "../../../lib/ingest/parse-email";
import { dedupeKeyOf } from "../../../lib/requests/store-raw-email";
import { type BenchEmail, generateEmails } from "./generate-emails";
import { phoneOf } from "./seed-accounts";

/** CPU-only stages on a sample, to see where the time goes besides the database. */
export async function timeStages(sample: Array<{ raw: Buffer }>): Promise<Record<string, number>> {
  const per = (ms: number) => Math.round((ms / sample.length) * 1000) / 1000;
  let t = performance.now();
  for (const e of sample) dedupeKeyOf(e.raw);
  const dedupe = performance.now() - t;
  const parsed = [];
  t = performance.now();
  for (const e of sample)
    parsed.push(await parseEmail(e.raw, { ownAddresses: ["refunds@refund-desk.test"] }));
  const parse = performance.now() - t;
  t = performance.now();
  for (const p of parsed) extractRequest(p);
  const extract = performance.now() - t;
  return {
    dedupeMsPerEmail: per(dedupe),
    parseMsPerEmail: per(parse),
    extractMsPerEmail: per(extract),
  };
}

/** `n` emails for the stage timings, written as if from one known customer (no database needed). */
export function stageSample(n: number): BenchEmail[] {
  return generateEmails(n, [
    {
      email: "customer0@example.com",
      name: "Anna Kowalski",
      orders: [{ ref: "ORD-300000", phone: phoneOf(0) }],
    },
  ]);
}
