/** Plain-text formatting shared by pages and by domain code that writes sentences for them. */

// One formatter for the process: building an Intl formatter costs more than rendering a table row.
const COUNT_FORMAT = new Intl.NumberFormat("en");

/** 12,345 */
export function count(n: number): string {
  return COUNT_FORMAT.format(n);
}

/** "2026-11-25 03:15 UTC"; "—" when there is no time. */
export function dateTime(d: Date | string | null | undefined): string {
  if (!d) return "—";
  const x = typeof d === "string" ? new Date(d) : d;
  return x.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}
