import type { DecisionKind } from "@/db/schema/enums";
import { getClause, type ClauseId } from "@/lib/policy/clauses";
import { formatMinor } from "@/lib/policy/money";
import type { Destination } from "@/lib/policy/vocabulary";

export type DecisionReplyInput = {
  kind: DecisionKind;
  ref: string;
  subject: string;
  customerName: string | null;
  clauses: ClauseId[];
  amountMinor: number | null;
  currency: string | null;
  destination: Destination | null;
  /** When the money will arrive at the latest (SLA-BALANCE-5WD / SLA-DIRECT-1M). */
  payoutBy: Date | null;
  missing?: string[];
  alternativeMethod?: string | null;
};

const date = (d: Date) => d.toISOString().slice(0, 10);

/** The reply to the customer for each outcome, quoting the policy sentence, the amount and the deadline. */
export function draftDecisionReply(r: DecisionReplyInput): { subject: string; body: string } {
  const subject = `Re: [${r.ref}] ${r.subject.replace(/^\s*((re|fwd?)\s*:\s*)+/i, "").replace(/^\[RR-[\d-]+\]\s*/, "")}`.trim();
  const hello = `Hello${r.customerName ? ` ${r.customerName}` : ""},`;
  const quotes = r.clauses
    .filter((id) => !id.startsWith("SLA-"))
    .map((id) => `  "${getClause(id).policyText}"`)
    .join("\n");
  const money = r.amountMinor !== null && r.currency ? formatMinor(r.amountMinor, r.currency) : "";
  const where =
    r.destination === "direct"
      ? r.alternativeMethod
        ? `to you directly by ${r.alternativeMethod}, as your original payment method cannot receive refunds`
        : "to your original payment method"
      : "to the balance of your personal account";
  let text: string;
  switch (r.kind) {
    case "approve":
    case "partial":
      text =
        `We have reviewed your refund request ${r.ref} and approved a ${r.kind === "partial" ? "partial " : ""}refund of ${money} ${where}.` +
        (r.payoutBy ? ` It will be processed no later than ${date(r.payoutBy)}.` : "") +
        (quotes ? `\n\nUnder our refund policy:\n${quotes}` : "");
      break;
    case "deny":
      text = `We have reviewed your refund request ${r.ref}. Unfortunately we cannot provide a refund in this case.` + (quotes ? `\n\nOur refund policy says:\n${quotes}` : "");
      break;
    case "request_info":
      text =
        `We are reviewing your refund request ${r.ref} and need more information before we can decide.` +
        (r.missing?.length ? ` Please reply with: ${r.missing.join(", ")}.` : " Please reply to this email with the details below.");
      break;
  }
  return { subject, body: `${hello}\n\n${text}\n\nKind regards,\nRefunds department` };
}
