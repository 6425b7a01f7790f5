import type { TrainingExample } from "./build-training-set";
import { ruleFeatures } from "./rule-features";
import { trainClassifier, type Example, type TextClassifier } from "./text-classifier";
import { indexFeatures, textFeatures, type IndexedFeatures } from "./text-features";
import trainingSet from "./training-set.json";

/** The three learnt signals of the extraction, trained together from one set of examples. */
export interface Models {
  /** Which claim the mail makes. */
  claim: TextClassifier;
  /** Whether the customer asks for a direct refund ("direct") or not ("balance"). */
  direct: TextClassifier;
  /** Whether the mail gives any reason ("given") or none ("none", e.g. "please refund me"). */
  reason: TextClassifier;
}

/**
 * The process's models live on globalThis, not in this module: the web server trains them before
 * it listens (scripts/next-server.ts), and Next's own bundle of this module, a second copy in the
 * same process, must find them there instead of training again on the first mail it reads.
 */
const SHARED = Symbol.for("refund-desk.extraction-models");
type ModelsHolder = { [SHARED]?: Models };

/** The text a classifier reads for one mail, in training and in extraction alike. */
export function classifierText(subject: string, bodyText: string): string {
  return `${subject}\n${bodyText}`;
}

/** One mail as the classifiers read it: its features, computed once for all three, and where its words are. */
export interface ClassifierInput {
  features: Record<string, number>;
  /** Each word's offset in classifierText and the features it produced. */
  words: IndexedFeatures["words"];
  /** Where the body starts in classifierText (after the subject and its line break). */
  bodyStart: number;
}

/**
 * Reads a mail once for the claim, direct-refund and reason classifiers and
 * the reason sentence: the words' features and what the exact rules found.
 *
 * @param paymentKind the kind of payment details extracted from the body, when the caller has it
 */
export function classifierInput(
  subject: string,
  bodyText: string,
  paymentKind?: string | null,
): ClassifierInput {
  const { features, words } = indexFeatures(classifierText(subject, bodyText), { stems: true });
  Object.assign(features, ruleFeatures(bodyText, paymentKind));
  return { features, words, bodyStart: subject.length + 1 };
}

/**
 * Features of a classifier text (classifierText: subject, line break, body)
 * as classifierInput computes them: stems and stem pairs of each language,
 * the word families shared by both (cross-validated on the train split, the
 * families alone gave 74 % of claims right, with stems 93 %), and what the
 * exact rules found in the body.
 */
export function classifierFeatures(text: string): Record<string, number> {
  const body = text.slice(text.indexOf("\n") + 1);
  return { ...textFeatures(text, { stems: true }), ...ruleFeatures(body) };
}

/**
 * Mails giving no reason at all are rare in the training set (about one in
 * eighty): each counts five times, so the network learns them rather than
 * always answering "given" (train 5-fold CV: recall of "no reason" 27 % -> 36 %,
 * precision 100 % both).
 */
const NO_REASON_WEIGHT = 5;

/** Trains the three classifiers from labelled texts (deterministic: same examples, same models). */
export function trainModels(examples: readonly TrainingExample[]): Models {
  const featured = examples.map((e) => ({ e, features: classifierFeatures(e.text) }));
  return {
    claim: trainClassifier(featured.map(({ e, features }) => ({ features, label: e.claim }))),
    direct: trainClassifier(
      featured.map(({ e, features }) => ({ features, label: e.direct ? "direct" : "balance" })),
    ),
    reason: trainClassifier(
      featured.flatMap(({ e, features }) =>
        Array<Example>(e.reasonGiven ? 1 : NO_REASON_WEIGHT).fill({
          features,
          label: e.reasonGiven ? "given" : "none",
        }),
      ),
    ),
  };
}

/** The models of this process, trained from training-set.json the first time one is asked for. */
export function sharedModels(): Models {
  const holder = globalThis as ModelsHolder;
  holder[SHARED] ??= trainModels(trainingSet as TrainingExample[]);
  return holder[SHARED];
}
