import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  retireBatch1Test,
  splitBatch,
  splitKey,
  TEST_ONLY_BATCHES,
  TRAIN_ONLY_BATCHES,
  type SplitManifest,
} from "./split-corpus";

const corpus = path.join(__dirname, "..", "eval-corpus");
const manifest = JSON.parse(
  fs.readFileSync(path.join(corpus, "split.json"), "utf8"),
) as SplitManifest;
const emails = (batch: string) =>
  fs
    .readdirSync(path.join(corpus, batch))
    .filter((f) => f.endsWith(".eml"))
    .map((f) => f.replace(/\.eml$/, ""));

describe("evaluation corpus split", () => {
  it("ranks by the SHA-256 of the name only", () => {
    expect(splitKey("001-uk-number-no-sms")).toMatch(/^[0-9a-f]{64}$/);
    expect(splitBatch(["b", "a", "c"])).toEqual(splitBatch(["c", "b", "a"]));
  });

  it("gives 35 % (rounded up) to test and 20 % to dev, each name once", () => {
    const names = Array.from({ length: 250 }, (_, i) => `n${i}`);
    const s = splitBatch(names);
    expect([s.test.length, s.dev.length, s.train.length]).toEqual([88, 50, 112]);
    expect(new Set([...s.test, ...s.dev, ...s.train]).size).toBe(250);
  });

  it("batch1 is the rule applied to it, its spent test part moved to dev (train cannot drift)", () => {
    const names = emails("batch1");
    expect(manifest.batch1).toEqual(retireBatch1Test(names));
    expect(manifest.batch1!.train).toEqual(splitBatch(names).train);
  });

  it("the frozen test set is all of batch4 and nothing else; it has at least 200 requests", () => {
    expect(Object.keys(manifest).sort()).toEqual(
      ["batch1", ...TRAIN_ONLY_BATCHES, ...TEST_ONLY_BATCHES].sort(),
    );
    for (const [batch, parts] of Object.entries(manifest)) {
      if (batch === "batch4") {
        expect(parts.test).toEqual(emails(batch).sort());
        expect([parts.dev, parts.train]).toEqual([[], []]);
      } else expect(parts.test).toEqual([]);
    }
    expect(manifest.batch4!.test.length).toBeGreaterThanOrEqual(240);
  });

  it("the training-only batches list every email they have, as train", () => {
    for (const batch of TRAIN_ONLY_BATCHES) {
      const parts = manifest[batch]!;
      expect([parts.test, parts.dev]).toEqual([[], []]);
      expect([...parts.train].sort()).toEqual(emails(batch).sort());
    }
  });
});
