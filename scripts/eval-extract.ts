/**
 * npm run --silent eval:extract [-- --split dev|train|test] [-- --no-misses]
 *
 * Per-field precision and recall of the extraction on the evaluation corpus
 * (lib/ingest/eval-corpus, labels written by hand apart from the rules), with
 * every miss listed. Default split: dev.
 *
 * THE TEST SPLIT IS FROZEN. Rules and the classifier are developed on train
 * and dev only; `--split test` exists to report figures, never to look for
 * misses to fix. Reading its misses and then changing a rule makes the
 * figure meaningless. Exit code 0 whatever the scores.
 */
import { extractRequest } from "../lib/ingest/extract-request";
import { parseEmail } from "../lib/ingest/parse-email";
import { loadSplit } from "../lib/ingest/eval/load-corpus";
import { observe } from "../lib/ingest/eval/observe";
import { scoreEmail } from "../lib/ingest/eval/score-email";
import { SPLITS, type Split } from "../lib/ingest/eval/split-corpus";
import { formatReport, type ScoredEmail } from "../lib/ingest/eval/summarise";

const OWN_ADDRESSES = ["refunds@refund-desk.test"];
const TARGET = 0.95;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const i = args.indexOf("--split");
  const split = (i >= 0 ? args[i + 1] : "dev") as Split;
  if (!SPLITS.includes(split)) {
    process.stderr.write(`--split must be one of ${SPLITS.join(", ")}\n`);
    return 2;
  }
  const scored: ScoredEmail[] = [];
  for (const email of loadSplit(split)) {
    const parsed = await parseEmail(email.raw, { ownAddresses: OWN_ADDRESSES });
    const extraction = parsed.quarantine ? null : extractRequest(parsed);
    scored.push({
      name: email.name,
      outcomes: scoreEmail(email.labels, observe(parsed, extraction)),
    });
  }
  const title =
    split === "test" ? "FROZEN TEST SET (report only, never tune on it)" : `${split} split`;
  process.stdout.write(
    `${formatReport(title, scored, { target: TARGET, misses: !args.includes("--no-misses") })}\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
