import { describe, expect, it } from "vitest";
import { buildTrainingSet } from "./build-training-set";
import trainingSet from "./training-set.json";

describe("training set", () => {
  it("is the train split and labelled fixtures as the extractor reads them now (run npm run training-set)", async () => {
    expect(await buildTrainingSet()).toEqual(trainingSet);
  }, 60_000);

  it("holds no dev or test email of the evaluation corpus", async () => {
    const { readSplitManifest } = await import("../eval/load-corpus");
    const manifest = readSplitManifest();
    const held = new Set(
      Object.entries(manifest).flatMap(([batch, p]) =>
        [...p.dev, ...p.test].map((n) => `${batch}/${n}`),
      ),
    );
    expect(trainingSet.filter((e) => held.has(e.source))).toEqual([]);
  });
});
