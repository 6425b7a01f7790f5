import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitBatch, splitKey, type SplitManifest } from "./split-corpus";

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

  it("the committed manifest is the rule applied to batch1 (the frozen test set cannot drift)", () => {
    expect(manifest.batch1).toEqual(splitBatch(emails("batch1")));
    expect(manifest.batch1!.test.length).toBeGreaterThanOrEqual(80);
  });

  it("every other batch is training data only, and lists every email it has", () => {
    for (const [batch, parts] of Object.entries(manifest)) {
      if (batch === "batch1") continue;
      expect(parts.test).toEqual([]);
      expect(parts.dev).toEqual([]);
      expect([...parts.train].sort()).toEqual(emails(batch).sort());
    }
  });
});
