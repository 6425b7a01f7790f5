import { PAY } from "./payment-methods";
import { formatMoney, makeFakers, makePerson, makePhone, type Market } from "./make-people";
import type { Scenario } from "./scenario-types";
import { type Ctx, TEMPLATES } from "./routine-templates";

const MARKETS: Market[] = ["us", "ru", "gb", "ru", "de", "us", "ru", "gb", "de", "ru"];

/** Ten faker-built scenarios over the routine templates; deterministic for a seed. */
export function routineScenarios(seed: number, takenEmails: Set<string>): Scenario[] {
  const fakers = makeFakers(seed + 7);
  return MARKETS.map((market, i) => {
    const t = TEMPLATES[i % TEMPLATES.length]!;
    const p = makePerson(fakers, market, takenEmails);
    const where = makePhone(fakers[market], market);
    const paidMinor = t.price[p.lang];
    const ctx: Ctx = {
      p,
      order: `ORD-${410001 + i}`,
      phone: where.phone,
      amount: formatMoney(paidMinor, p.currency),
      account: `ACC-${21001 + i}`,
    };
    const { email, price: _price, ...rest } = t;
    return {
      ...rest,
      key: `routine-${i + 1}-${t.expectedClause.toLowerCase()}`,
      customer: {
        accountRef: ctx.account,
        name: p.name,
        email: p.email,
        currency: p.currency,
        payment: p.lang === "ru" ? PAY.mir2201 : PAY.visa4242,
      },
      order: { ...t.order, ref: ctx.order, ...where, paidMinor },
      email: { lang: p.lang, ...email(ctx) },
    };
  });
}
