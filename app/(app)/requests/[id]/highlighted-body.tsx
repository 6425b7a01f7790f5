import type { Extraction } from "@/lib/ingest/extraction-types";
type Span = { start: number; end: number; text: string };
type FieldLike = { confidence: number; span: Span | null };

/** An extracted field (not the body text, flags or lists of plain values): it has a span and a confidence. */
const isFieldLike = (v: unknown): v is FieldLike =>
  typeof v === "object" &&
  v !== null &&
  "span" in v &&
  "confidence" in v &&
  typeof v.confidence === "number";
type Mark = { start: number; end: number; label: string; confidence: number; children: Mark[] };

const LABELS: Record<string, string> = {
  serviceName: "service",
  targetService: "target service",
  amount: "amount",
  reason: "reason",
  claim: "reason category",
  directRequested: "direct refund asked",
  paymentDetails: "payment details",
  requestRef: "request ref",
  accountRef: "account id",
  language: "language",
};

/** Spans as a tree: a span inside another (the amount inside the reason sentence) is drawn inside it. */
function nest(marks: Mark[]): Mark[] {
  const roots: Mark[] = [];
  const stack: Mark[] = [];
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    while ((stack.at(-1)?.end ?? Infinity) <= m.start) stack.pop();
    const parent = stack[stack.length - 1];
    // Partly overlapping spans cannot nest; the later one is dropped rather than drawn wrongly.
    if (parent && m.end > parent.end) continue;
    (parent ? parent.children : roots).push(m);
    stack.push(m);
  }
  return roots;
}

function render(text: string, from: number, to: number, marks: Mark[]): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  let at = from;
  for (const m of marks) {
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(
      <mark
        key={`${m.start}-${m.label}`}
        className="rounded bg-yellow-100 px-0.5 [&_mark]:bg-amber-200"
        title={`${m.label} (confidence ${Math.round(m.confidence * 100)}%)`}
        data-field={m.label}
      >
        {render(text, m.start, m.end, m.children)}
        <sup className="ml-0.5 text-[10px] font-semibold uppercase text-yellow-800">{m.label}</sup>
      </mark>,
    );
    at = m.end;
  }
  if (at < to) out.push(text.slice(at, to));
  return out;
}

/** Marks, in the email text the extractor read, where each extracted field came from. */
export function HighlightedBody({ extraction }: { extraction: Extraction }) {
  const marks: Mark[] = [];
  for (const [key, v] of Object.entries(extraction)) {
    const items: unknown[] = Array.isArray(v) ? v : [v];
    for (const item of items.filter(isFieldLike)) {
      if (item.span && item.span.end > item.span.start) {
        marks.push({
          start: item.span.start,
          end: item.span.end,
          label: LABELS[key] ?? key.replace(/([A-Z])/g, " $1").toLowerCase(),
          confidence: item.confidence,
          children: [],
        });
      }
    }
  }
  const text = extraction.bodyText;
  return (
    <div className="whitespace-pre-wrap break-words text-sm leading-relaxed">
      {render(text, 0, text.length, nest(marks))}
    </div>
  );
}
