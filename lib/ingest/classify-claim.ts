import type { Claim } from "@/lib/policy/vocabulary";
import { CLAIM_THRESHOLD } from "./claim-threshold";
import { namesDestination } from "./detect-direct-request";
import { classifierFeatures, classifierText, sharedModels, type Models } from "./learn/models";
import { emptyField, field, makeSpan } from "./make-field";
import { splitSentences } from "./split-sentences";
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
): ClassifiedClaim {
  const model = models.claim;
  const features = classifierFeatures(classifierText(subject, bodyText));
  const [best] = model.classify(features);
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
  let top = 0;
  for (const s of splitSentences(bodyText)) {
    const text = bodyText.slice(s.start, s.end);
    const sentence = classifierFeatures(text);
    const scored = model.classify(sentence).find((c) => c.label === guess);
    // What the sentence adds to the claim's score in the whole mail: the network reads each text
    // scaled to unit length, so its output times the root of the feature count undoes the scaling.
    // A sentence saying where the money should go is the request, not its reason: it counts only
    // when no other sentence supports the claim.
    const weight = namesDestination(text) ? 1e-3 : 1;
    const support = scored ? weight * scored.output * Math.sqrt(Object.keys(sentence).length) : 0;
    if (support > top) {
      top = support;
      reason = field(text, Math.min(0.9, confidence), makeSpan(bodyText, s.start, s.end));
    }
  }
  // A mail that gives no reason at all ("please refund me") has none to show (REQ-INCOMPLETE).
  const [given] = models.reason.classify(features);
  if (given?.label === "none") reason = emptyField();
  if (reason.span) claim.span = reason.span;
  return { claim, reason };
}
