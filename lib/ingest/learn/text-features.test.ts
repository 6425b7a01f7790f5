import { describe, expect, it } from "vitest";
import { indexFeatures, textFeatures, words } from "./text-features";

describe("words", () => {
  it("lower-cases, reads ё as е and spells n't out, keeping where each word is written", () => {
    const text = "I DON'T want Ёлку, it isn’t mine";
    expect(words(text).map((w) => [w.word, text.slice(w.start, w.start + 3)])).toEqual([
      ["i", "I D"],
      ["do", "DON"],
      ["not", "N'T"],
      ["want", "wan"],
      ["елку", "Ёлк"],
      ["it", "it "],
      ["is", "isn"],
      ["not", "n’t"],
      ["mine", "min"],
    ]);
  });
});

describe("indexFeatures", () => {
  it("gives each word its own features and its pairs with the word before; together they are the text's", () => {
    const text = "Номер не работает. My number is blocked";
    const { features, words: index } = indexFeatures(text, { stems: true });
    expect(features).toEqual(textFeatures(text, { stems: true }));
    const union = new Set(index.flatMap((w) => [...w.features, ...w.pairs]));
    expect(union).toEqual(new Set(Object.keys(features)));
    const blocked = index.find((w) => text.startsWith("blocked", w.start))!;
    expect(blocked.features).toContain("block");
    expect(blocked.pairs).toContain("is_block");
    expect(index.find((w) => text.startsWith("работает", w.start))!.features).toContain(
      "not_работа",
    );
  });
});
