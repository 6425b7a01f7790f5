import { BALANCE, DIRECT, denied, firstMatch } from "./destination-phrases";
import { classifierInput, sharedModels, type ClassifierInput, type Models } from "./learn/models";
import { field, makeSpan } from "./make-field";
import type { Field } from "./extraction-types";

/**
 * Whether the customer personally asks for the money outside the balance
 * (PAY-DIRECT-PERSONAL-REQUEST), learnt from labelled mail (learn/models.ts).
 * The span shows the phrase that says so when one of the patterns above
 * agrees with the classifier; confidence is the classifier's probability.
 */
export function detectDirectRequest(
  subject: string,
  bodyText: string,
  models: Models = sharedModels(),
  input: ClassifierInput = classifierInput(subject, bodyText),
): Field<boolean> {
  const [best] = models.direct.classify(input.features);
  const direct = best?.label === "direct";
  const m = direct ? firstMatch(bodyText, DIRECT) : firstMatch(bodyText, BALANCE, denied);
  return field(
    direct,
    best?.probability ?? 0,
    m ? makeSpan(bodyText, m.index, m.index + m[0].length) : null,
  );
}
