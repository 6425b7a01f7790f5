/**
 * npm run training-set: writes lib/ingest/learn/training-set.json from the
 * eval corpus's train part and the labelled fixtures (never dev or test).
 * The classifiers train from that file when a process first extracts a mail.
 */
import fs from "node:fs";
import { buildTrainingSet } from "../lib/ingest/learn/build-training-set";
import { TRAINING_SET_PATH } from "../lib/ingest/learn/training-set-path";

buildTrainingSet().then(
  (examples) => {
    fs.writeFileSync(TRAINING_SET_PATH, `${JSON.stringify(examples, null, 1)}\n`);
    process.stdout.write(`${examples.length} examples written to ${TRAINING_SET_PATH}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
