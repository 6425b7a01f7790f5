import type { Candidate } from "./number-phrases";

// A top-up as the customer words it, with what was topped up when it follows ("topped up my balance",
// "пополнила у вас баланс", "автопополнение").
const TOP_UP =
  /(?<![\p{L}])(?:(?:balance|account)[ \t]+)?(?:auto[- ]?|авто)?(?:top(?:ped|ping)?[- ]?ups?|пополн\p{L}*|popoln\p{L}*)(?:[ \t]+(?:(?:of|у|вам|вас|в|на)[ \t]+){0,2}(?:(?:my|the|our|мой|свой|moi|svoi)[ \t]+)?(?:account[ \t]+balance|balance|account|баланс\p{L}*|balans\p{L}*|сч[её]т\p{L}*|кабинет\p{L}*)(?:[ \t]+(?:личного[ \t]+кабинета|аккаунта))?)?(?![\p{L}])/giu;
// Money left on the account as the customer words it: "remaining balance", "остаток на балансе",
// "остатка средств на балансе", "unused funds", "account credit", "ostatok".
const BALANCE = new RegExp(
  [
    String.raw`(?:(?:remaining|leftover|unused|prepaid)[ \t]+)?(?:account[ \t]+)?(?:balances?|credit(?![ \t]+cards?)|funds)`,
    String.raw`остат\p{L}*(?:[ \t]+(?:\p{L}+[ \t]+)?(?:(?:на|с|со)[ \t]+)?баланс\p{L}*(?:[ \t]+(?:аккаунта|личного[ \t]+кабинета))?)?`,
    String.raw`баланс\p{L}*(?:[ \t]+(?:аккаунта|личного[ \t]+кабинета))?`,
    String.raw`ostat\p{L}*|balans\p{L}*`,
  ]
    .map((p) => `(?<![\\p{L}])(?:${p})(?![\\p{L}])`)
    .join("|"),
  "giu",
);
// "funds" and "credit" alone name the balance only when the claim is about money left on the account.
const BARE_MONEY = /^(?:funds|credit)$/i;

/** Top-ups and the balance named in a text; a balance inside a top-up phrase is the top-up's. */
export function balanceCandidates(text: string): Candidate[] {
  const topUps: Candidate[] = [...text.matchAll(TOP_UP)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: "top_up",
    described: true,
  }));
  const balances: Candidate[] = [...text.matchAll(BALANCE)]
    .map((m): Candidate => {
      const [start, end] = [m.index, m.index + m[0].length];
      return { start, end, kind: "balance", described: !BARE_MONEY.test(m[0]) };
    })
    .filter((b) => !topUps.some((t) => t.start <= b.start && b.end <= t.end));
  return [...topUps, ...balances];
}
