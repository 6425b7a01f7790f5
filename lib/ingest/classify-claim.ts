import type { Claim } from "@/lib/policy/vocabulary";
import { CLAIM_RULES } from "./claim-rules";
import { emptyField, field, makeSpan, matchAll } from "./make-field";
import type { Field } from "./types";

interface Sentence {
  start: number;
  end: number;
}

export interface ClassifiedClaim {
  claim: Field<Claim>;
  reason: Field<string>;
}

// Used only when no claim rule fires: a sentence that gives *a* reason is still a reason.
const REASON_HINT =
  /\b(?:because|since|due to|as the|reason|problem|issue)\b|потому что|так как|из-за|причин|проблем/iu;

// A sentence ends at . ! ? before whitespace ("$7.50" does not end one), at a
// blank line, or at a line break before a capital, digit or bullet. A line
// break before a lower-case word is a hard wrap inside the sentence.
const SENTENCE_END = /[.!?]+(?=\s|$)(?![ \t]+\p{Ll})|\n[ \t]*\n|\n(?=[ \t]*[\p{Lu}\d>*•\-])/gu;

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const s = start + raw.length - raw.trimStart().length;
    const e = start + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const isPunctuation = /^[.!?]/.test(m[0]);
    push(from, isPunctuation ? m.index + m[0].length : m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

// Rules are written with [^.!?\n] ("within one sentence"); a decimal point,
// an abbreviation ("руб. на карту") or a hard-wrapped line break must not
// stop them, a sentence end or a blank line must.
export const WITHIN_SENTENCE = "(?:[^.!?\\n]|\\.(?=\\d|[ \\t]+\\p{Ll})|\\n(?![ \\t]*\\n))";
const COMPILED = CLAIM_RULES.map((rule) => ({
  ...rule,
  pattern: new RegExp(
    rule.pattern.source.split("[^.!?\\n]").join(WITHIN_SENTENCE),
    rule.pattern.flags.includes("u") ? rule.pattern.flags : `${rule.pattern.flags}u`,
  ),
}));

function sentenceAt(sentences: Sentence[], offset: number): number {
  const i = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i >= 0 ? i : sentences.findIndex((s) => s.start >= offset);
}

/**
 * Sums rule weights per claim over the text; the highest total wins, ties
 * go to the claim mentioned first. The reason is the sentence(s) where the
 * winning claim's rules matched. `targetService` turns an SMS failure into
 * a specific-service failure (VN-DENY-REGISTRATION-SPECIFIC-SERVICE).
 */
export function classifyClaim(
  text: string,
  opts: { targetService?: string | null } = {},
): ClassifiedClaim {
  const sentences = splitSentences(text);
  const scores = new Map<Claim, { score: number; first: number; hits: number[] }>();
  const add = (claim: Claim, weight: number, offset: number) => {
    const s = scores.get(claim) ?? { score: 0, first: offset, hits: [] };
    s.score += weight;
    s.first = Math.min(s.first, offset);
    s.hits.push(offset);
    scores.set(claim, s);
  };
  for (const rule of COMPILED) {
    for (const m of matchAll(text, rule.pattern)) add(rule.claim, rule.weight, m.index);
  }
  const sms = scores.get("sms_not_received");
  const specific = scores.get("specific_service_sms_failure");
  if (opts.targetService && sms && specific) {
    // "Other services work, but not X": the SMS failure is the specific-service
    // case, not a general one (VN-DENY-REGISTRATION-SPECIFIC-SERVICE).
    add("specific_service_sms_failure", sms.score, sms.first);
  }
  const ranked = [...scores.entries()].sort(
    (a, b) => b[1].score - a[1].score || a[1].first - b[1].first,
  );
  const top = ranked[0];
  if (!top) return fallbackReason(text, sentences);

  const [claim, { score, hits }] = top;
  const margin = score - (ranked[1]?.[1].score ?? 0);
  const confidence = Math.min(0.95, 0.45 + score * 0.08 + Math.min(margin, 3) * 0.05);
  const indices = [
    ...new Set(hits.map((h) => sentenceAt(sentences, h)).filter((i) => i >= 0)),
  ].sort((a, b) => a - b);
  const first = indices[0] ?? 0;
  // Adjacent matched sentences form one reason; a far-away repeat does not stretch it.
  let last = first;
  for (const i of indices) if (i - last <= 1) last = i;
  const from = sentences[first];
  const to = sentences[last];
  if (!from || !to) return { claim: field(claim, confidence, null), reason: emptyField() };
  const span = makeSpan(text, from.start, to.end);
  return {
    claim: field(claim, confidence, span),
    reason: field(span.text, Math.min(0.9, confidence), span),
  };
}

function fallbackReason(text: string, sentences: Sentence[]): ClassifiedClaim {
  const hinted = sentences.find((s) => REASON_HINT.test(text.slice(s.start, s.end)));
  if (!hinted) return { claim: emptyField(), reason: emptyField() };
  const span = makeSpan(text, hinted.start, hinted.end);
  return { claim: field("other", 0.3, span), reason: field(span.text, 0.4, span) };
}
