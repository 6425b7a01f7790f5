/**
 * CPU cost of the extraction alone (extractRequest on a parsed mail, models
 * already trained), over the evaluation corpus's train split.
 *
 *   npm run bench:extract [-- --passes 5]
 *
 * Parsing and training happen before the clock starts. Each mail is
 * extracted once per pass; the first pass warms the JIT and caches and is not
 * counted. Prints the process CPU (user + system) per mail: p50, p95 and mean
 * over every counted extraction, and the whole run's CPU per mail.
 */
import { parseEmail } from "../lib/ingest/parse-email";
import { extractRequest } from "../lib/ingest/extract-request";
import { loadSplit } from "../lib/ingest/eval/load-corpus";
import { sharedModels } from "../lib/ingest/learn/models";

const args = process.argv.slice(2);
const i = args.indexOf("--passes");
const PASSES = Number(i >= 0 ? args[i + 1] : 5);
if (!Number.isInteger(PASSES) || PASSES < 2) throw new Error("--passes takes an integer ≥ 2");

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

async function main(): Promise<void> {
  const mails = [];
  for (const email of loadSplit("train")) {
    const parsed = await parseEmail(email.raw, { ownAddresses: ["refunds@refund-desk.test"] });
    if (!parsed.quarantine) mails.push(parsed);
  }
  const t0 = cpuMs();
  const models = sharedModels();
  const training = cpuMs() - t0;

  const samples: number[] = [];
  const runStart = cpuMs();
  for (let pass = 0; pass < PASSES; pass++) {
    if (pass === 1) samples.length = 0;
    const passStart = cpuMs();
    for (const mail of mails) {
      const start = cpuMs();
      extractRequest(mail, { models });
      samples.push(cpuMs() - start);
    }
    if (pass === 0) process.stdout.write(`warm-up pass: ${(cpuMs() - passStart).toFixed(0)} ms\n`);
  }
  const counted = cpuMs() - runStart;
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((n, s) => n + s, 0) / samples.length;
  const f = (ms: number) => ms.toFixed(3);
  process.stdout.write(
    [
      `${mails.length} train mails, ${PASSES - 1} counted passes (${samples.length} extractions); training ${training.toFixed(0)} ms CPU`,
      `extraction CPU per mail: p50 ${f(quantile(sorted, 0.5))} ms, p95 ${f(quantile(sorted, 0.95))} ms, mean ${f(mean)} ms`,
      `whole run incl. warm-up: ${f(counted / (mails.length * PASSES))} ms per mail`,
    ].join("\n") + "\n",
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
