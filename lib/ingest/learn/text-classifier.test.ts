import { describe, expect, it } from "vitest";
import { trainClassifier } from "./text-classifier";
import { textFeatures } from "./text-features";

const model = trainClassifier([
  { features: textFeatures("my number is blocked by the operator"), label: "blocked" },
  { features: textFeatures("the operator blocked my number"), label: "blocked" },
  { features: textFeatures("I changed my mind about the number"), label: "mind" },
  { features: textFeatures("changed my mind, no longer need it"), label: "mind" },
]);

describe("trainClassifier, read out of the network", () => {
  it("classifies with probabilities that sum to 1, most probable first", () => {
    const scored = model.classify(textFeatures("the operator blocked it"));
    expect(scored[0]?.label).toBe("blocked");
    expect(scored.reduce((n, s) => n + s.probability, 0)).toBeCloseTo(1, 10);
  });

  it("scores a part of a text by its features alone as classifying that part would", () => {
    const part = textFeatures("the operator blocked my number today");
    const output = model.classify(part).find((s) => s.label === "blocked")!.output;
    const count = Object.keys(part).length;
    expect(model.support("blocked", Object.keys(part))).toBeCloseTo(output * Math.sqrt(count), 12);
    expect(model.support("unknown label", Object.keys(part))).toBe(0);
  });
});
