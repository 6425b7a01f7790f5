import { NeuralNetwork } from "@nlpjs/neural";

export interface Example {
  features: Record<string, number>;
  label: string;
}

export interface Scored {
  label: string;
  /** Share of the summed output (0..1): how much this label stands out from the others. */
  share: number;
  /** The network's own output for the label (≥ 0; about 1 for a label it was trained to give). */
  output: number;
}

export interface TextClassifier {
  /** Every label the classifier knows, best first. */
  classify(features: Record<string, number>): Scored[];
}

// Enough passes for the network to fit the training set (measured on dev: more gives nothing).
const ITERATIONS = 300;
const MIN_EXAMPLES = 2;

/**
 * A one-layer network per label (NLP.js's NeuralNetwork, as its NLU trains
 * intents). Deterministic: weights start at zero and the examples are
 * visited in the order given.
 */
export function trainClassifier(examples: Example[]): TextClassifier {
  // A feature seen in one training text only is noise to fit, not evidence (vocabulary cut at 2).
  const seen = new Map<string, number>();
  for (const e of examples)
    for (const f of Object.keys(e.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const vocabulary = (features: Record<string, number>) => {
    const kept: Record<string, number> = {};
    for (const [f, v] of Object.entries(features)) {
      if ((seen.get(f) ?? 0) >= MIN_EXAMPLES) kept[f] = v;
    }
    return kept;
  };
  const net = new NeuralNetwork({ iterations: ITERATIONS });
  net.train(examples.map((e) => ({ input: vocabulary(e.features), output: { [e.label]: 1 } })));
  const labels = [...new Set(examples.map((e) => e.label))];
  return {
    classify(features) {
      const out = net.run(vocabulary(features)) ?? {};
      const total = labels.reduce((n, l) => n + (out[l] ?? 0), 0);
      return labels
        .map((label) => {
          const output = out[label] ?? 0;
          return { label, output, share: total > 0 ? output / total : 0 };
        })
        .sort((a, b) => b.output - a.output);
    },
  };
}
