import type { Field, Span } from "./types";

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

/** Every match of a global regex, with offsets. */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  const flags = re.flags.includes("g") ? re.flags : `${re.flags}g`;
  return [...text.matchAll(new RegExp(re.source, flags))];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
