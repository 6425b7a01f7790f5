/**
 * npm run --silent eval:extract [-- --split dev|train|test] [-- --folds K] [-- --no-misses]
 *
 * Per-field precision and recall of the extraction on the evaluation corpus
 * (lib/ingest/eval-corpus, labels written by hand apart from the rules), with
 * every miss listed. Default split: dev.
 *
 * --folds K (train split only) cross-validates the learnt fields: the train
 * emails fall into K folds by the SHA-256 of their name, and each fold is
 * read by classifiers trained on the training set without it. The plain
 * train figures score the classifiers on the mail they learnt from.
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
import { SPLITS, splitKey, type Split } from "../lib/ingest/eval/split-corpus";
import { formatReport, type ScoredEmail } from "../lib/ingest/eval/summarise";
import type { TrainingExample } from "../lib/ingest/learn/build-training-set";
import { trainModels, type Models } from "../lib/ingest/learn/models";
import trainingSet from "../lib/ingest/learn/training-set.json";

const OWN_ADDRESSES = ["refunds@refund-desk.test"];
const TARGET = 0.95;

/** The fold of a named example or email (0..k-1), by the hash of its name only. */
const foldOf = (name: string, k: number) => parseInt(splitKey(name).slice(0, 8), 16) % k;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const split = (arg("--split") ?? "dev") as Split;
  const folds = Number(arg("--folds") ?? 0);
  if (!SPLITS.includes(split)) {
    process.stderr.write(`--split must be one of ${SPLITS.join(", ")}\n`);
    return 2;
  }
  if (folds && (split !== "train" || !Number.isInteger(folds) || folds < 2)) {
    process.stderr.write("--folds takes an integer ≥ 2 and the train split\n");
    return 2;
  }
  const examples = trainingSet as TrainingExample[];
  const foldModels: Models[] = Array.from({ length: folds }, (_, k) =>
    trainModels(examples.filter((e) => foldOf(e.source, folds) !== k)),
  );
  const scored: ScoredEmail[] = [];
  for (const email of loadSplit(split)) {
    const parsed = await parseEmail(email.raw, { ownAddresses: OWN_ADDRESSES });
    const models = folds ? foldModels[foldOf(email.name, folds)] : undefined;
    const extraction = parsed.quarantine ? null : extractRequest(parsed, { models });
    scored.push({
      name: email.name,
      outcomes: scoreEmail(email.labels, observe(parsed, extraction)),
    });
  }
  const title =
    split === "test"
      ? "FROZEN TEST SET (report only, never tune on it)"
      : folds
        ? `${split} split, ${folds}-fold cross-validated`
        : `${split} split`;
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
