import { pick, rnd } from "./corpus-random";
import type { Account } from "./seed-accounts";

export const FIRST = [
  "Anna",
  "Jonas",
  "Grace",
  "Mehmet",
  "Olga",
  "Pierre",
  "Sofia",
  "Liam",
  "Ivan",
  "Mia",
  "Noah",
  "Elena",
];
export const LAST = [
  "Kowalski",
  "Berg",
  "Kim",
  "Yilmaz",
  "Petrova",
  "Durand",
  "Rossi",
  "Smith",
  "Sokolov",
  "Novak",
  "Brown",
  "Garcia",
];
const CARDS = [
  "4242 4242 4242 4242",
  "4111 1111 1111 1111",
  "5555 5555 5555 4444",
  "4000 0566 5566 5556",
  "3782 822463 10005",
];
const IBANS = [
  "DE89 3704 0044 0532 0130 00",
  "GB29 NWBK 6016 1331 9268 19",
  "FR14 2004 1010 0505 0001 3M02 606",
  "NL91 ABNA 0417 1643 00",
];

function pretty(phone: string): string {
  return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
}

export function paymentSentence(): string {
  const r = rnd();
  if (r < 0.45) return `Please refund to my card ${pick(CARDS)}.`;
  if (r < 0.75) return `Please send the money back to my bank account, IBAN ${pick(IBANS)}.`;
  if (r < 0.9)
    return `You can refund me via PayPal: ${pick(FIRST).toLowerCase()}.${Math.floor(rnd() * 1e6)}@example.net`;
  return "";
}

/** A new request's body: a claim, an amount, maybe payment details, a signature, sometimes a quote. */
export function bodyFor(
  i: number,
  a: Account | null,
  order: { ref: string; phone: string } | null,
): string {
  const amount = `${pick(["$", "€", "£"])}${(5 + Math.floor(rnd() * 60)).toFixed(0)}.${String(Math.floor(rnd() * 100)).padStart(2, "0")}`;
  const claims = [
    `My rented number ${order ? pretty(order.phone) : "+44 7911 123456"} has not worked for ${2 + Math.floor(rnd() * 5)} days now, no calls or SMS come through.`,
    "My virtual number was blocked by the local operator yesterday without any reason on my side.",
    "I ordered a disposable number for WhatsApp but the SMS never arrived.",
    "I topped up my balance by accident and would like the money back.",
    "I changed my mind about the rented number, I no longer need it.",
    "The order could not be completed although the website allowed me to order that number.",
  ];
  const ref = order && rnd() < 0.7 ? ` (order ${order.ref})` : "";
  const lines = [
    `Hello${rnd() < 0.5 ? " Refund team" : ""},`,
    "",
    `${pick(claims)}${ref}`,
    `I paid ${amount} for it.${rnd() < 0.3 ? " Please refund." : ""}`,
    paymentSentence(),
    "",
    rnd() < 0.5
      ? `Ticket note #${i}: sent from my phone, sorry for typos.`
      : `Reference for my records: case ${i}.`,
    "",
    `Best regards,\n${a?.name ?? `${pick(FIRST)} ${pick(LAST)}`}`,
  ];
  if (rnd() < 0.25)
    lines.push(
      "",
      "> On Mon, someone wrote:",
      "> previous message quoted here",
      "> more quoted text",
    );
  return lines.join("\n");
}
