import type { Field, Span } from "./extraction-types";

export function makeSpan(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

export function emptyField<T>(): Field<T> {
  return { value: null, confidence: 0, span: null };
}

/** Confidence rounded to two decimals so expected files and UIs stay readable. */
export function field<T>(value: T, confidence: number, span: Span | null): Field<T> {
  return { value, confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100, span };
}

const globalVersions = new WeakMap<RegExp, RegExp>();

/** Every match of a regex, with offsets (a global copy of a non-global regex is made once and kept). */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  let g = re.global ? re : globalVersions.get(re);
  if (!g) globalVersions.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
  // matchAll clones the regex, so the shared copy's lastIndex is never touched.
  return [...text.matchAll(g)];
}

export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end;
}
