import fs from "node:fs";
import path from "node:path";
import { corpusLabelsSchema, type CorpusLabels } from "./labels";
import type { Split, SplitManifest } from "./split-corpus";

/** Where the evaluation corpus lives: `<batch>/NAME.eml` + `NAME.expected.json`, and split.json. */
export const EVAL_CORPUS_DIR = path.join(__dirname, "..", "eval-corpus");

export interface CorpusEmail {
  /** "<batch>/<name>" */
  name: string;
  raw: Buffer;
  labels: CorpusLabels;
}

export function readSplitManifest(dir = EVAL_CORPUS_DIR): SplitManifest {
  return JSON.parse(fs.readFileSync(path.join(dir, "split.json"), "utf8")) as SplitManifest;
}

/** The emails of one split, over every batch, in manifest order. */
export function loadSplit(split: Split, dir = EVAL_CORPUS_DIR): CorpusEmail[] {
  const manifest = readSplitManifest(dir);
  return Object.entries(manifest).flatMap(([batch, parts]) =>
    parts[split].map((name) => {
      const base = path.join(dir, batch, name);
      const labels = corpusLabelsSchema.parse(
        JSON.parse(fs.readFileSync(`${base}.expected.json`, "utf8")),
      );
      return { name: `${batch}/${name}`, raw: fs.readFileSync(`${base}.eml`), labels };
    }),
  );
}
