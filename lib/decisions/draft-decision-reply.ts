import type { DecisionKind } from "@/lib/decisions/vocabulary";
import { getClause, type ClauseId } from "@/lib/policy/clauses";
import { formatMinor } from "@/lib/policy/money";
import { describeMissing } from "@/lib/requests/draft-missing-info-reply";
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
  /** ISO 639-1 of the customer's email; "ru" gets a Russian reply, anything else English. */
  language?: string | null;
  /** A reopened decision: when the reply it corrects was decided. */
  corrects?: Date | null;
};

const date = (d: Date) => d.toISOString().slice(0, 10);
const bullets = (items: readonly string[], lang: "en" | "ru") =>
  describeMissing(items, lang)
    .map((t) => `  - ${t}`)
    .join("\n");
const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The reply to the customer for each outcome, quoting the policy sentence, the amount and the deadline. */
export function draftDecisionReply(r: DecisionReplyInput): { subject: string; body: string } {
  const subject = truncate(
    `Re: [${r.ref}] ${r.subject.replace(/^\s*((re|fwd?|ответ)\s*:\s*)+/i, "").replace(/^\[RR-[\d-]+\]\s*/, "")}`.trim(),
    250,
  );
  // The policy is published in English: its sentences are quoted as written, in either language.
  const quotes = r.clauses
    .filter((id) => !id.startsWith("SLA-"))
    .map((id) => `  "${getClause(id).policyText}"`)
    .join("\n");
  const money = r.amountMinor !== null && r.currency ? formatMinor(r.amountMinor, r.currency) : "";
  const body = r.language === "ru" ? russian(r, money, quotes) : english(r, money, quotes);
  return { subject, body };
}

function english(r: DecisionReplyInput, money: string, quotes: string): string {
  const where =
    r.destination === "direct"
      ? r.alternativeMethod
        ? `to you directly by ${r.alternativeMethod}, as your original payment method cannot receive refunds`
        : "to your original payment method"
      : "to the balance of your personal account";
  const texts: Record<DecisionKind, () => string> = {
    approve: () => paid("approved a refund"),
    partial: () => paid("approved a partial refund"),
    deny: () =>
      `We have reviewed your refund request ${r.ref}. Unfortunately we cannot provide a refund in this case.` +
      (quotes ? `\n\nOur refund policy says:\n${quotes}` : ""),
    request_info: () =>
      `We are reviewing your refund request ${r.ref} and need more information before we can decide.` +
      (r.missing?.length
        ? ` Please reply to this email with:\n${bullets(r.missing, "en")}`
        : " Please reply to this email with anything that can help us review it."),
  };
  function paid(what: string) {
    return (
      `We have reviewed your refund request ${r.ref} and ${what}${money ? ` of ${money}` : ""} ${where}.` +
      (r.payoutBy ? ` It will be processed no later than ${date(r.payoutBy)}.` : "") +
      (quotes ? `\n\nUnder our refund policy:\n${quotes}` : "")
    );
  }
  const correction = r.corrects
    ? `This message corrects our decision of ${date(r.corrects)} on this request, which we have reviewed again.\n\n`
    : "";
  return `Hello${r.customerName ? ` ${r.customerName}` : ""},\n\n${correction}${texts[r.kind]()}\n\nKind regards,\nRefunds department`;
}

function russian(r: DecisionReplyInput, money: string, quotes: string): string {
  const where =
    r.destination === "direct"
      ? r.alternativeMethod
        ? `напрямую: ${r.alternativeMethod}, так как исходный способ оплаты не поддерживает возвраты`
        : "на исходный способ оплаты"
      : "на баланс личного кабинета";
  const texts: Record<DecisionKind, () => string> = {
    approve: () => paid("одобрили возврат"),
    partial: () => paid("одобрили частичный возврат"),
    deny: () =>
      `Мы рассмотрели ваш запрос на возврат ${r.ref}. К сожалению, в этом случае возврат не предусмотрен.` +
      (quotes ? `\n\nНаша политика возвратов (Refund Policy):\n${quotes}` : ""),
    request_info: () =>
      `Мы рассматриваем ваш запрос на возврат ${r.ref}, и нам нужна дополнительная информация.` +
      (r.missing?.length
        ? ` Пожалуйста, ответьте на это письмо и укажите:\n${bullets(r.missing, "ru")}`
        : " Пожалуйста, ответьте на это письмо и сообщите всё, что поможет нам его рассмотреть."),
  };
  function paid(what: string) {
    return (
      `Мы рассмотрели ваш запрос на возврат ${r.ref} и ${what}${money ? ` ${money}` : ""} ${where}.` +
      (r.payoutBy ? ` Средства поступят не позднее ${date(r.payoutBy)}.` : "") +
      (quotes ? `\n\nСогласно нашей политике возвратов (Refund Policy):\n${quotes}` : "")
    );
  }
  const correction = r.corrects
    ? `Это письмо исправляет наше решение от ${date(r.corrects)} по этому запросу: мы рассмотрели его повторно.\n\n`
    : "";
  return `Здравствуйте${r.customerName ? `, ${r.customerName}` : ""}!\n\n${correction}${texts[r.kind]()}\n\nС уважением,\nОтдел возвратов`;
}
