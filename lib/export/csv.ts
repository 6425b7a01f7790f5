/**
 * CSV as RFC 4180 says (comma-separated, CRLF line ends, a field with a
 * comma, quote or line break quoted, quotes doubled), made safe to open in a
 * spreadsheet: a text cell starting with =, +, -, @ (or a tab or carriage
 * return, which some spreadsheets skip before reading a formula) is prefixed
 * with a single quote, so it is shown, never run (OWASP "CSV injection").
 */
export type CsvValue = string | number | boolean | Date | null | undefined | readonly string[];

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers the export computed itself are data, never formulas: a negative amount stays a number.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  let text =
    value instanceof Date
      ? value.toISOString()
      : Array.isArray(value)
        ? value.join(" ")
        : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A column of an export: its header and how a row gives its cell. */
export type CsvColumn<R> = { header: string; value: (row: R) => CsvValue };

export function csvHeader<R>(columns: readonly CsvColumn<R>[]): string {
  return csvLine(columns.map((c) => c.header));
}

export function csvRow<R>(columns: readonly CsvColumn<R>[], row: R): string {
  return csvLine(columns.map((c) => c.value(row)));
}
