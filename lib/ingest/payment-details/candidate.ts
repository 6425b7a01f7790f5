import type { PaymentDetailKind } from "@/lib/policy/vocabulary";

/** One payment detail found in a text, before the most certain is chosen. */
export interface Candidate {
  kind: PaymentDetailKind;
  value: string;
  confidence: number;
  start: number;
  end: number;
  /** For an account with its BIC: the two numbers' own spans (the text between them is no secret). */
  parts?: Array<{ start: number; end: number }>;
}

/** A candidate spanning a whole regex match. */
export function matched(
  kind: PaymentDetailKind,
  value: string,
  confidence: number,
  m: RegExpExecArray,
): Candidate {
  return { kind, value, confidence, start: m.index, end: m.index + m[0].length };
}
