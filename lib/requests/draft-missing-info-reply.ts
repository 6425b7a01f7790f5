import { REQUIRED_ITEMS, type RequiredItem } from "@/lib/policy/vocabulary";

const ITEM_TEXT: Record<RequiredItem, { en: string; ru: string }> = {
  serviceName: {
    en: "the name of the service (for example the rented number or the one-use number you ordered)",
    ru: "название услуги (например, арендованный или одноразовый номер)",
  },
  amount: { en: "the amount you would like refunded", ru: "сумму, которую вы просите вернуть" },
  reason: { en: "the reason for the refund", ru: "причину возврата" },
  paymentDetails: {
    en: "bank requisites or other payment method details for the refund",
    ru: "банковские реквизиты или данные другого способа оплаты для возврата",
  },
};

/** The missing items in words, for any reply that asks for them. */
export function describeMissing(items: readonly string[], language: string | null): string[] {
  const lang = language === "ru" ? "ru" : "en";
  return items.map((m) => {
    const item = REQUIRED_ITEMS.find((i) => i === m);
    return item ? ITEM_TEXT[item][lang] : m;
  });
}

export type MissingInfoReply = { subject: string; body: string };

/** REQ-INCOMPLETE: asks for exactly the missing items, in the customer's language. */
export function draftMissingInfoReply(opts: {
  ref: string;
  subject: string;
  missing: RequiredItem[];
  language: string | null;
  name?: string | null;
}): MissingInfoReply {
  const ru = opts.language === "ru";
  const base = opts.subject.replace(/^\s*((re|fwd?|ответ)\s*:\s*)+/i, "");
  const subject = `Re: [${opts.ref}] ${base}`.trim();
  const items = opts.missing.map((m) => `  - ${ITEM_TEXT[m][ru ? "ru" : "en"]}`).join("\n");
  const body = ru
    ? `Здравствуйте${opts.name ? `, ${opts.name}` : ""}!\n\nМы получили ваш запрос на возврат ${opts.ref}. Чтобы мы могли его рассмотреть, пожалуйста, ответьте на это письмо и укажите:\n${items}\n\nБез этой информации запрос на возврат не может быть рассмотрен. Запрос рассматривается в течение 2 рабочих дней после получения полной информации.\n\nС уважением,\nОтдел возвратов`
    : `Hello${opts.name ? ` ${opts.name}` : ""},\n\nWe have received your refund request ${opts.ref}. So that we can review it, please reply to this email with:\n${items}\n\nWithout this information the refund request cannot be reviewed. We review requests within 2 working days of receiving the complete information.\n\nKind regards,\nRefunds department`;
  return { subject, body };
}
