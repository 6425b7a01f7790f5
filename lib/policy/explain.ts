import type { Calendar } from "./calendar";
import type { ClauseId } from "./clauses";
import { formatMinor } from "./money";
import { REQUIRED_ITEM_LABELS } from "./rules/check-gate";
import type { Finding } from "./rules/finding";
import type { PolicyResult } from "./types";
import { formatWallTime } from "./zoned-time";

type Explained = Omit<PolicyResult, "explanation" | "engineVersion" | "calendar" | "considered">;

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

function listItems(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Ordered sentences a reviewer can read aloud; each cites its clause id. */
export function explain(
  result: Explained,
  findings: Map<ClauseId, Finding>,
  calendar: Calendar,
  asked: number | null,
): string[] {
  const when = (iso: string) => formatWallTime(Date.parse(iso), calendar.timeZone);
  const cite = (id: ClauseId) => sentence(`${findings.get(id)?.fact ?? id} (${id})`);
  const lines: string[] = [];
  switch (result.outcome) {
    case "needs_info":
      lines.push(
        sentence(
          `We need more information before we can review your refund request: ${listItems(result.missing.map((m) => REQUIRED_ITEM_LABELS[m]))}`,
        ),
      );
      lines.push(
        "Without this information, the refund request will not be reviewed (REQ-INCOMPLETE).",
      );
      break;
    case "deny":
      lines.push("We cannot refund this request under our refund policy.");
      lines.push(...result.clauses.map(cite));
      break;
    case "approve":
    case "partial": {
      const amount = formatMinor(result.amountMinor ?? 0, result.currency);
      const where =
        result.destination === "direct"
          ? "to you directly"
          : "to the balance of your personal account";
      lines.push(`We will refund ${amount} ${where}.`);
      if (result.outcome === "partial" && asked !== null) {
        lines.push(
          `You asked for ${formatMinor(asked, result.currency)}; under our refund policy the amount due is ${amount}.`,
        );
      }
      lines.push(...result.clauses.map(cite));
      if (result.flags.includes("auto_refund_missed"))
        lines.push("The automatic refund did not happen in time, so we are booking it by hand.");
      if (result.deadlines.payoutBy) {
        const by = when(result.deadlines.payoutBy);
        lines.push(
          result.destination === "direct"
            ? `The refund will be paid to you by ${by} (SLA-DIRECT-1M).`
            : `The refund will be credited to your balance by ${by} (SLA-BALANCE-5WD).`,
        );
      }
      break;
    }
    case "wait":
      lines.push(
        sentence(
          `${findings.get("DISP-AUTO-NO-SMS")?.fact ?? "the automatic refund is pending"} (DISP-AUTO-NO-SMS)`,
        ),
      );
      lines.push(
        `One-use number refunds are automatic when no SMS arrives; please check your balance after ${when(result.deadlines.waitUntil ?? "")}.`,
      );
      break;
    case "already_refunded":
      lines.push(
        "This order was already refunded automatically to the balance of your personal account (DISP-AUTO-NO-SMS).",
      );
      break;
    case "manual_review":
      lines.push("A specialist will review your request by hand.");
      if (result.contradictions.length > 0)
        lines.push(...result.contradictions.map((c) => sentence(`Our records disagree: ${c}`)));
      else if (result.provisional?.outcome === "deny")
        lines.push(
          `We have not matched your request to an order yet; unless the order shows otherwise, the policy would decline it (${result.provisional.clauses.join(", ")}).`,
        );
      else lines.push("None of the cases in our refund policy covers it as described.");
      break;
  }
  if (result.deadlines.reviewBy)
    lines.push(
      `We review refund requests within 2 working days: by ${when(result.deadlines.reviewBy)} (SLA-REVIEW-2WD).`,
    );
  return lines;
}
