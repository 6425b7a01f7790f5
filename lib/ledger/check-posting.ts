import { accountKey, type AccountRef } from "./account-ref";

/** One line of a posting: debit (+) or credit (−) of an account, in the posting's currency. */
export type PostingLine = { account: AccountRef; amountMinor: number };

export type PostingProblem =
  | { code: "too_few_lines"; count: number }
  | { code: "not_integer"; index: number; amountMinor: number }
  | { code: "zero_line"; index: number }
  | { code: "unbalanced"; sum: number }
  | { code: "bad_currency"; currency: string }
  | { code: "bad_key"; key: string };

/**
 * Whether lines make one balanced transaction (money-spec.md "Conventions"):
 * at least two lines, each a non-zero safe integer, summing to zero, in one
 * ISO currency, under a non-empty idempotency key. Pure; the database checks
 * the same at commit, this says why first.
 */
export function checkPosting(
  key: string,
  currency: string,
  lines: PostingLine[],
): PostingProblem[] {
  const problems: PostingProblem[] = [];
  if (!/^[a-z][a-z-]*:[A-Za-z0-9:_-]+$/.test(key) || key.length > 200)
    problems.push({ code: "bad_key", key });
  if (!/^[A-Z]{3}$/.test(currency)) problems.push({ code: "bad_currency", currency });
  if (lines.length < 2) problems.push({ code: "too_few_lines", count: lines.length });
  let sum = 0n;
  lines.forEach((l, index) => {
    if (!Number.isSafeInteger(l.amountMinor))
      problems.push({ code: "not_integer", index, amountMinor: l.amountMinor });
    else if (l.amountMinor === 0) problems.push({ code: "zero_line", index });
    else sum += BigInt(l.amountMinor);
  });
  if (sum !== 0n) problems.push({ code: "unbalanced", sum: Number(sum) });
  return problems;
}

/** Lines on the same account merged (a posting touches each account once), zero results dropped. */
export function mergeLines(lines: PostingLine[], currency: string): PostingLine[] {
  const byKey = new Map<string, PostingLine>();
  for (const l of lines) {
    const k = accountKey(l.account, currency);
    const prev = byKey.get(k);
    byKey.set(k, { account: l.account, amountMinor: (prev?.amountMinor ?? 0) + l.amountMinor });
  }
  return [...byKey.values()].filter((l) => l.amountMinor !== 0);
}

/** "debit A, credit B" for `amountMinor` > 0: the two lines of a simple transfer. */
export function transfer(
  debit: AccountRef,
  credit: AccountRef,
  amountMinor: number,
): PostingLine[] {
  return [
    { account: debit, amountMinor },
    { account: credit, amountMinor: -amountMinor },
  ];
}
