import { balanceCandidates } from "./balance-phrases";
import { emptyField, field, makeSpan } from "./make-field";
import { numberCandidates, type Candidate } from "./number-phrases";
import { TARGET } from "./target-services";
import type { Field, Span } from "./extraction-types";

export interface ExtractServiceNameOptions {
  /**
   * What the claim says the request is about: a top-up (the top-up or the
   * balance is the service, not the number it was for), the balance left on
   * the account (its wording, not the numbers deleted) or Caller ID (the
   * add-on, not the number it runs on).
   */
  about?: "top_up" | "balance" | "caller_id";
  /**
   * The whole decoded mail, quoted reply included: read last, when neither
   * the body nor the subject names the product and the customer relies on
   * the mail they answer ("Re: your Moroccan number").
   */
  quoted?: string;
}

function candidates(text: string): Candidate[] {
  return [...numberCandidates(text), ...balanceCandidates(text)].sort((a, b) => a.start - b.start);
}

/** The first candidate of one of the kinds; a bare "credit" or "funds" only when asked for the balance. */
function firstOf(
  all: Candidate[],
  kinds: Candidate["kind"][],
  bare = false,
): Candidate | undefined {
  return all.find((c) => kinds.includes(c.kind) && (c.described || bare));
}

/**
 * The product the request is about, as the customer names it: for a top-up,
 * money left on the account or Caller ID their own wording, in the body or
 * else the subject; otherwise the first described product ("UK number",
 * "номер Испании", "Caller ID"), else the first top-up; the quoted mail's
 * last. Only the body's has a span. A bare "my number" names nothing (the "serviceName convention" of
 * lib/ingest/eval-corpus/batch1/README.md).
 */
export function extractServiceName(
  text: string,
  subject: string,
  opts: ExtractServiceNameOptions = {},
): Field<string> {
  // Read lazily: most mails name their product in the body, and the quoted mail is the longest text.
  const source = (text: string, confidence: number) => {
    let all: Candidate[] | undefined;
    return { text, confidence, all: () => (all ??= candidates(text)) };
  };
  const sources = [source(text, 0.85), source(subject, 0.7), source(opts.quoted ?? "", 0.6)];
  const preferred: Candidate["kind"][] =
    opts.about === "top_up"
      ? ["top_up", "balance"]
      : opts.about === "balance"
        ? ["balance"]
        : opts.about === "caller_id"
          ? ["caller_id"]
          : [];
  const picks = [
    ...sources.map((s) => ({ s, kinds: preferred, bare: opts.about === "balance" })),
    ...sources.flatMap((s) => [
      { s, kinds: ["product", "caller_id"] as Candidate["kind"][], bare: false },
      { s, kinds: ["top_up"] as Candidate["kind"][], bare: false },
    ]),
  ];
  for (const { s, kinds, bare } of picks) {
    const pick = kinds.length ? firstOf(s.all(), kinds, bare) : undefined;
    if (!pick) continue;
    const value = s.text.slice(pick.start, pick.end).replace(/\s+/g, " ").trim();
    const span: Span | null = s === sources[0] ? makeSpan(text, pick.start, pick.end) : null;
    return field(value, s.confidence, span);
  }
  return emptyField();
}

/** The third-party service named, preferring one close to an SMS/code word. */
export function extractTargetService(text: string, subject: string): Field<string> {
  for (const [source, confidence] of [
    [text, 0.85],
    [subject, 0.7],
  ] as const) {
    const hits = [...source.matchAll(TARGET.pattern)];
    const near = hits.find((m) =>
      /sms|code|verif|смс|код|регистр|registr/i.test(
        source.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60),
      ),
    );
    const hit = near ?? hits[0];
    if (!hit) continue;
    const name = TARGET.canonical.get(hit[0].toLowerCase()) ?? hit[0];
    const span = source === text ? makeSpan(text, hit.index, hit.index + hit[0].length) : null;
    return field(name, near ? confidence : confidence - 0.2, span);
  }
  return emptyField();
}
