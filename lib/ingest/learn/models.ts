import type { TrainingExample } from "./build-training-set";
import { trainClassifier, type TextClassifier } from "./text-classifier";
import { textFeatures } from "./text-features";
import trainingSet from "./training-set.json";

const examples = trainingSet as TrainingExample[];
let claim: TextClassifier | null = null;
let direct: TextClassifier | null = null;
let reason: TextClassifier | null = null;

/** The text a classifier reads for one mail, in training and in extraction alike. */
export function classifierText(subject: string, bodyText: string): string {
  return `${subject}\n${bodyText}`;
}

/** Features of a text for both classifiers: the word families only, shared by the two languages. */
export function classifierFeatures(text: string): Record<string, number> {
  return textFeatures(text);
}

/** The claim classifier, trained from training-set.json the first time a process asks (tens of ms). */
export function claimClassifier(): TextClassifier {
  claim ??= trainClassifier(
    examples.map((e) => ({ features: classifierFeatures(e.text), label: e.claim })),
  );
  return claim;
}

/** Whether the customer asks for a direct refund ("direct") or not ("balance"); trained like the claim's. */
export function directClassifier(): TextClassifier {
  direct ??= trainClassifier(
    examples.map((e) => ({
      features: classifierFeatures(e.text),
      label: e.direct ? "direct" : "balance",
    })),
  );
  return direct;
}

/** Whether the mail gives any reason ("given") or none ("none", e.g. "please refund me"). */
export function reasonClassifier(): TextClassifier {
  reason ??= trainClassifier(
    examples.map((e) => ({
      features: classifierFeatures(e.text),
      label: e.reasonGiven ? "given" : "none",
    })),
  );
  return reason;
}
