import { dateTime, money } from "@/app/components/format";
import type { ReplayField } from "@/db/schema/replay-previews";

export const FIELD_LABEL: Record<ReplayField, string> = {
  outcome: "Outcome",
  amount: "Amount",
  destination: "Destination",
  clauses: "Clauses",
  review_by: "Review by",
  payout_by: "Payout by",
  evaluation: "Evaluation",
};

/** A stored before/after value as a person reads it: words, money, a time in the calendar's zone. */
export function showChange(
  field: ReplayField,
  value: string | null,
  currency: string | null,
  timeZone: string,
): string {
  if (value === null) return "—";
  switch (field) {
    case "outcome":
      return value.replaceAll("_", " ");
    case "amount":
      return money(Number(value), currency);
    case "clauses":
      return value.split(" ").join(", ");
    case "review_by":
    case "payout_by":
      return dateTime(value, timeZone);
    default:
      return value;
  }
}
