import { emptyField, field, makeSpan, matchAll } from "./make-field";
import type { Field, Found } from "./extraction-types";

// Our own formats first (the seed and the app write ORD-123456, RR-2026-000123, ACC-12345),
// then how customers paraphrase them ("order #123456", "заказ № 123456", "account id 12345").
// "OrderORD-238871" (table cells run together) still holds the reference.
const ORDER_EXACT = /(?:\bORD-?|(?<=[a-z])ORD-)(\d{6,})\b/gi;
const ORDER_LOOSE =
  /(?:order|заказ[ауе]?|номер заказа)\s*(?:id|number|no\.?|num\.?|#|№|ref\.?)?\s*[:#№]?\s*(\d{6,12})(?!\d)/gi;
const REQUEST_REF = /\bRR-(\d{4})-(\d{6})\b/i;
const ACCOUNT_EXACT = /\bACC-?(\d{4,})\b/i;
const ACCOUNT_LOOSE =
  /(?:account|user|client|customer)\s*(?:id|ID|#)\s*[:#№]?\s*(\d{4,12})(?!\d)|(?:ID|номер)\s*(?:аккаунта|клиента|пользователя|кабинета)\s*[:#№]?\s*(\d{4,12})(?!\d)|(?:аккаунт|кабинет)\s*(?:ID|№)\s*[:#№]?\s*(\d{4,12})(?!\d)/i;

export interface References {
  orderRefs: Found<string>[];
  requestRef: Field<string>;
  accountRef: Field<string>;
}

/** Body first (with spans), then the subject (span null): a reply's subject often carries our reference. */
export function extractReferences(text: string, subject: string): References {
  const orderRefs: Found<string>[] = [];
  const seen = new Set<string>();
  const addOrder = (digits: string, confidence: number, span: Found<string>["span"]) => {
    const value = `ORD-${digits}`;
    if (seen.has(value)) return;
    seen.add(value);
    orderRefs.push({ value, confidence, span });
  };
  for (const m of matchAll(text, ORDER_EXACT))
    addOrder(m[1] ?? "", 0.95, makeSpan(text, m.index, m.index + m[0].length));
  for (const m of matchAll(text, ORDER_LOOSE)) {
    const digits = m[1] ?? "";
    addOrder(
      digits,
      0.75,
      makeSpan(text, m.index + m[0].length - digits.length, m.index + m[0].length),
    );
  }
  for (const m of matchAll(subject, ORDER_EXACT)) addOrder(m[1] ?? "", 0.9, null);
  for (const m of matchAll(subject, ORDER_LOOSE)) addOrder(m[1] ?? "", 0.7, null);
  orderRefs.sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity));

  return {
    orderRefs,
    requestRef: findRequestRef(text, subject),
    accountRef: findAccountRef(text, subject),
  };
}

function findRequestRef(text: string, subject: string): Field<string> {
  const inSubject = REQUEST_REF.exec(subject);
  if (inSubject) return field(`RR-${inSubject[1]}-${inSubject[2]}`, 0.95, null);
  const inBody = REQUEST_REF.exec(text);
  if (!inBody) return emptyField();
  return field(
    `RR-${inBody[1]}-${inBody[2]}`,
    0.9,
    makeSpan(text, inBody.index, inBody.index + inBody[0].length),
  );
}

function findAccountRef(text: string, subject: string): Field<string> {
  const exact = ACCOUNT_EXACT.exec(text);
  if (exact)
    return field(
      `ACC-${exact[1]}`,
      0.95,
      makeSpan(text, exact.index, exact.index + exact[0].length),
    );
  const loose = ACCOUNT_LOOSE.exec(text);
  if (loose) {
    const digits = loose[1] ?? loose[2] ?? loose[3] ?? "";
    const end = loose.index + loose[0].length;
    return field(`ACC-${digits}`, 0.75, makeSpan(text, end - digits.length, end));
  }
  const inSubject = ACCOUNT_EXACT.exec(subject) ?? ACCOUNT_LOOSE.exec(subject);
  if (inSubject)
    return field(`ACC-${inSubject[1] ?? inSubject[2] ?? inSubject[3] ?? ""}`, 0.7, null);
  return emptyField();
}
