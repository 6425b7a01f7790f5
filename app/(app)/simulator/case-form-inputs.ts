import { minorDigits } from "@/lib/policy/money";

/**
 * How the simulator form's text fields read and print: instants as
 * `YYYY-MM-DD HH:mm` in UTC, money in major units of its currency, holidays
 * one date a line.
 */

/** ISO instant → "2026-03-10 12:00" in UTC, with seconds and milliseconds only when present ("" for none). */
export function toUtcInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  const text = new Date(ms).toISOString().replace("T", " ").replace(/Z$/, "");
  return text.replace(/\.000$/, "").replace(/ (\d{2}:\d{2}):00$/, " $1");
}

const UTC_TEXT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d{1,3})?)?Z?$/;

/** "2026-03-10 12:00" (UTC) → ISO instant; "" → null; undefined when the text is not a UTC date and time. */
export function fromUtcInput(value: string): string | null | undefined {
  const text = value.trim();
  if (text === "") return null;
  const match = UTC_TEXT.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}T${match[2]}${match[3] ?? ":00"}Z`;
  const ms = Date.parse(iso);
  // Date.parse rolls 2026-02-30 over to March; a real date prints back the same.
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 16) !== iso.slice(0, 16)
    ? undefined
    : iso;
}

/** "30.00" EUR → 3000; "" → null; undefined when it is not an amount in that currency. */
export function parseMajor(text: string, currency: string): number | null | undefined {
  const value = text.trim();
  if (value === "") return null;
  const digits = minorDigits(currency);
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(value);
  if (!match || (match[3]?.length ?? 0) > digits) return undefined;
  const minor = Number(`${match[2]}${(match[3] ?? "").padEnd(digits, "0")}`);
  return match[1] === "-" ? -minor : minor;
}

/** 3000 EUR → "30.00". */
export function formatMajor(minor: number | null, currency: string): string {
  if (minor === null) return "";
  const digits = minorDigits(currency);
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  return `${minor < 0 ? "-" : ""}${whole}${digits > 0 ? `.${text.slice(text.length - digits)}` : ""}`;
}

/** One holiday a line; blank lines ignored. */
export function parseHolidayText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
