import { EVAL_FIELDS, type EvalField, type FieldOutcome } from "./score-email";

export interface FieldScore {
  field: EvalField;
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing was predicted (or expected) for this field. */
  precision: number | null;
  recall: number | null;
}

export interface ScoredEmail {
  name: string;
  outcomes: FieldOutcome[];
}

/** Precision and recall per field, summed over the emails. */
export function summarise(emails: ScoredEmail[]): FieldScore[] {
  return EVAL_FIELDS.map((field) => {
    const all = emails.flatMap((e) => e.outcomes.filter((o) => o.field === field));
    const tp = all.reduce((n, o) => n + o.tp, 0);
    const fp = all.reduce((n, o) => n + o.fp, 0);
    const fn = all.reduce((n, o) => n + o.fn, 0);
    return {
      field,
      tp,
      fp,
      fn,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
    };
  });
}

const pct = (v: number | null) => (v === null ? "     —" : `${(v * 100).toFixed(1).padStart(5)}%`);

/** Whether every field reaches `target` in both precision and recall (a field with nothing to score passes). */
export function meetsTarget(scores: FieldScore[], target: number): boolean {
  return scores.every((s) => (s.precision ?? 1) >= target && (s.recall ?? 1) >= target);
}

/** The report: one line per field, then every miss (email, field, expected → got). */
export function formatReport(
  title: string,
  emails: ScoredEmail[],
  opts: { target: number; misses: boolean },
): string {
  const scores = summarise(emails);
  const lines = [
    `${title}: ${emails.length} emails`,
    "field         precision  recall    tp   fp   fn",
    ...scores.map(
      (s) =>
        `${s.field.padEnd(12)}  ${pct(s.precision)}    ${pct(s.recall)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    ),
    `target ${Math.round(opts.target * 100)} % on every field: ${meetsTarget(scores, opts.target) ? "met" : "NOT met"}`,
  ];
  if (opts.misses) {
    const misses = emails.flatMap((e) =>
      e.outcomes
        .filter((o) => o.fp > 0 || o.fn > 0)
        .map((o) => `  ${e.name}  ${o.field}: expected ${o.expected}, got ${o.got}`),
    );
    lines.push("", `misses (${misses.length}):`, ...misses);
  }
  return lines.join("\n");
}
