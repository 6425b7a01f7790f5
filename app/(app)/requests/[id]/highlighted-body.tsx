type Span = { start: number; end: number; text: string };
type FieldLike = { value: unknown; confidence: number; span: Span | null };

const LABELS: Record<string, string> = {
  serviceName: "service", targetService: "target service", amount: "amount", reason: "reason", claim: "reason category",
  directRequested: "direct refund asked", paymentDetails: "payment details", requestRef: "request ref", accountRef: "account id", language: "language",
};

/** Marks, in the email text the extractor read, where each extracted field came from. */
export function HighlightedBody({ extraction }: { extraction: Record<string, unknown> & { bodyText: string } }) {
  const marks: { start: number; end: number; label: string; confidence: number }[] = [];
  for (const [key, v] of Object.entries(extraction)) {
    const items = Array.isArray(v) ? (v as FieldLike[]) : v && typeof v === "object" && "span" in v ? [v as FieldLike] : [];
    for (const item of items) {
      if (item.span && item.span.end > item.span.start) {
        marks.push({ ...item.span, label: LABELS[key] ?? key.replace(/([A-Z])/g, " $1").toLowerCase(), confidence: item.confidence });
      }
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const text = extraction.bodyText;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping spans: the first (widest) one wins
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <mark key={`${m.start}-${m.label}`} className="rounded bg-yellow-100 px-0.5" title={`${m.label} (confidence ${Math.round(m.confidence * 100)}%)`} data-field={m.label}>
        {text.slice(m.start, m.end)}
        <sup className="ml-0.5 text-[10px] font-semibold uppercase text-yellow-800">{m.label}</sup>
      </mark>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <div className="whitespace-pre-wrap break-words text-sm leading-relaxed">{parts}</div>;
}
