import type { Claim } from "@/lib/policy/vocabulary";
import { CLAIM_THRESHOLD } from "./claim-threshold";
import { namesDestination } from "./destination-phrases";
import { classifierInput, sharedModels, type ClassifierInput, type Models } from "./learn/models";
import { emptyField, field, makeSpan } from "./make-field";
import { splitSentences, type Sentence } from "./split-sentences";
import type { ClaimField, Field } from "./extraction-types";

export { CLAIM_THRESHOLD } from "./claim-threshold";

export interface ClassifiedClaim {
  claim: ClaimField;
  reason: Field<string>;
}

/**
 * The claim, learnt from labelled mail (learn/models.ts), with the reason:
 * the sentence of the body that supports the chosen claim most. Whether the
 * mail gives a reason at all is learnt too: one that does not has no reason
 * (REQ-INCOMPLETE), whatever its claim.
 */
export function classifyClaim(
  subject: string,
  bodyText: string,
  models: Models = sharedModels(),
  input: ClassifierInput = classifierInput(subject, bodyText),
): ClassifiedClaim {
  const [best] = models.claim.classify(input.features);
  const guess = (best?.label ?? "other") as Claim;
  // Rounded as stored and shown (make-field), so "recognised" agrees with the page's threshold test.
  const confidence = Math.round((best?.probability ?? 0) * 100) / 100;
  const recognised = confidence >= CLAIM_THRESHOLD;
  const claim: ClaimField = {
    ...field<Claim>(recognised ? guess : "other", confidence, null),
    recognised,
    guess: best ? guess : null,
  };

  let reason: Field<string> = emptyField();
  const sentence = reasonSentence(bodyText, input, (features) =>
    models.claim.support(guess, features),
  );
  if (sentence)
    reason = field(
      bodyText.slice(sentence.start, sentence.end),
      Math.min(0.9, confidence),
      makeSpan(bodyText, sentence.start, sentence.end),
    );
  // A mail that gives no reason at all ("please refund me") has none to show (REQ-INCOMPLETE).
  const [given] = models.reason.classify(input.features);
  if (given?.label === "none") reason = emptyField();
  if (reason.span) claim.span = reason.span;
  return { claim, reason };
}

/**
 * The sentence that adds most to the claim's score, read off the features
 * each word produced when the whole mail was read (no sentence is read
 * again). A sentence saying where the money should go is the request, not its
 * reason: it counts only when no other sentence supports the claim.
 */
function reasonSentence(
  bodyText: string,
  input: ClassifierInput,
  support: (features: Set<string>) => number,
): Sentence | null {
  let best: Sentence | null = null;
  let top = 0;
  let w = 0;
  for (const s of splitSentences(bodyText)) {
    const features = new Set<string>();
    while (w < input.words.length && input.words[w]!.start < input.bodyStart + s.start) w++;
    for (
      let first = w;
      w < input.words.length && input.words[w]!.start < input.bodyStart + s.end;
      w++
    ) {
      const word = input.words[w]!;
      for (const f of word.features) features.add(f);
      if (w > first) for (const f of word.pairs) features.add(f);
    }
    const score = support(features);
    if (score <= 0) continue;
    const weighted = namesDestination(bodyText.slice(s.start, s.end)) ? score * 1e-3 : score;
    if (weighted > top) {
      top = weighted;
      best = s;
    }
  }
  return best;
}
