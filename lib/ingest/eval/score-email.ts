import type { CorpusLabels, Observation } from "./labels";

/** The fields `eval:extract` scores, in report order. */
export const EVAL_FIELDS = [
  "claim",
  "service",
  "amount",
  "paymentKind",
  "payment",
  "direct",
  "phones",
  "orderRefs",
  "language",
  "missing",
  "quarantine",
] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];

/** One field of one email: true/false positives and false negatives, and both sides for the miss list. */
export interface FieldOutcome {
  field: EvalField;
  tp: number;
  fp: number;
  fn: number;
  expected: string;
  got: string;
}

const show = (v: unknown): string =>
  v === null || v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v);
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * A value that is either there or not. A wrong value is both a false positive
 * (it was said) and a false negative (the right one was not).
 */
function single<E, G>(
  field: EvalField,
  expected: E | null,
  got: G | null,
  same: (e: E, g: G) => boolean,
): FieldOutcome {
  const hit = expected !== null && got !== null && same(expected, got);
  return {
    field,
    tp: hit ? 1 : 0,
    fp: got !== null && !hit ? 1 : 0,
    fn: expected !== null && !hit ? 1 : 0,
    expected: show(expected),
    got: show(got),
  };
}

/** A set of values: each one found, made up or missed counts once. */
function many(field: EvalField, expected: string[], got: string[]): FieldOutcome {
  const e = new Set(expected);
  const g = new Set(got);
  const tp = [...g].filter((v) => e.has(v)).length;
  return {
    field,
    tp,
    fp: g.size - tp,
    fn: e.size - tp,
    expected: show(expected),
    got: show(got),
  };
}

/**
 * Scores one email. Scoring rules:
 * - claim: the recognised claim equals the label (an unrecognised claim says nothing);
 * - service: the extracted name equals or contains one of the acceptable spellings, any case;
 * - amount: minor units and currency both equal;
 * - paymentKind: the kind equals; payment: kind and tail (last four of the identifier) equal;
 * - direct: "a direct refund was asked" is the positive class;
 * - phones, orderRefs, missing: each item of the set;
 * - quarantine: the reason equals. A mail labelled quarantined is scored on that alone;
 *   a request taken for quarantine has missed every other field.
 */
export function scoreEmail(labels: CorpusLabels, got: Observation): FieldOutcome[] {
  const quarantine = single("quarantine", labels.quarantine, got.quarantine, (e, g) => e === g);
  if (labels.quarantine !== null) return [quarantine];
  const eq = <T>(a: T, b: T) => a === b;
  return [
    single("claim", labels.claim, got.claim, eq),
    single("service", labels.serviceName, got.serviceName, (variants, name) =>
      variants.some((v) => squash(name).includes(squash(v))),
    ),
    single(
      "amount",
      labels.amount,
      got.amount,
      (e, g) => e.minor === g.minor && e.currency === g.currency,
    ),
    single("paymentKind", labels.payment?.kind ?? null, got.payment?.kind ?? null, eq),
    single(
      "payment",
      labels.payment,
      got.payment,
      (e, g) =>
        e.kind === g.kind &&
        // Crypto addresses keep their case; other identifiers do not depend on it.
        (e.kind === "crypto" ? e.tail === g.tail : e.tail.toLowerCase() === g.tail.toLowerCase()),
    ),
    single("direct", labels.directRequested ? true : null, got.directRequested ? true : null, eq),
    many("phones", labels.phoneNumbers ?? [], got.phoneNumbers),
    many("orderRefs", labels.orderRefs ?? [], got.orderRefs),
    single("language", labels.language, got.language, eq),
    many("missing", labels.missing ?? [], got.missing),
    quarantine,
  ];
}
