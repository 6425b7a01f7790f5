import type { Claim } from "@/lib/policy/vocabulary";
import { CLAIM_THRESHOLD } from "./claim-threshold";
import {
  claimClassifier,
  classifierFeatures,
  classifierText,
  reasonClassifier,
} from "./learn/models";
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
export function classifyClaim(subject: string, bodyText: string): ClassifiedClaim {
  const model = claimClassifier();
  const features = classifierFeatures(classifierText(subject, bodyText));
  const [best] = model.classify(features);
  const guess = (best?.label ?? "other") as Claim;
  // Rounded as stored and shown (make-field), so "recognised" agrees with the page's threshold test.
  const confidence = Math.round((best?.share ?? 0) * 100) / 100;
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
    const scored = model.classify(classifierFeatures(text)).find((c) => c.label === guess);
    // The sentence where the claim stands out most, not merely the longest one.
    const support = scored ? scored.output * scored.share : 0;
    if (support > top) {
      top = support;
      reason = field(text, Math.min(0.9, confidence), makeSpan(bodyText, s.start, s.end));
    }
  }
  // A mail that gives no reason at all ("please refund me") has none to show (REQ-INCOMPLETE).
  const [given] = reasonClassifier().classify(features);
  if (given?.label === "none") reason = emptyField();
  if (reason.span) claim.span = reason.span;
  return { claim, reason };
}
