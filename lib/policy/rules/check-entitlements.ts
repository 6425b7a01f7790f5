import type { ClauseId } from "../clauses";
import { formatMinor, proRataMinor } from "../money";
import type { ParsedPolicyCase, PolicyOrder } from "../schema";
import { at, formatDuration, grant, miss, type EntitlementFinding } from "./finding";
import { measureOrderOutages } from "./order-outages";

const RENTED_ENTITLEMENTS = [
  "VN-BAL-OUTAGE-24H",
  "VN-BAL-OPERATOR-BLOCK",
  "VN-BAL-NOT-PROVIDED",
  "VN-DIRECT-ORDER-NOT-COMPLETED",
  "VN-DIRECT-PROVIDER-FAULT",
] as const satisfies readonly ClauseId[];

/** The unused remainder of the paid period from `from` (clipped to the period) to period end. */
function remainderMinor(order: PolicyOrder, from: number): number {
  const start = at(order.periodStart);
  const end = at(order.periodEnd);
  if (end <= start) return 0;
  return proRataMinor(order.paidMinor, end - Math.min(Math.max(from, start), end), end - start);
}

function outage24h(order: PolicyOrder, now: number): EntitlementFinding {
  const measure = measureOrderOutages(order, now);
  if (measure.episodes.length === 0)
    return miss("VN-BAL-OUTAGE-24H", "no counted outage inside the paid period");
  if (measure.qualifying.length === 0) {
    return miss(
      "VN-BAL-OUTAGE-24H",
      `the longest outage lasted ${formatDuration(measure.longestMs)}, not more than 24 h`,
    );
  }
  const periodMs = at(order.periodEnd) - at(order.periodStart);
  const amountMinor = proRataMinor(order.paidMinor, measure.qualifyingMs, periodMs);
  const fact = `the number did not work for ${formatDuration(measure.qualifyingMs)} in ${measure.qualifying.length} episode(s) of more than 24 h inside the paid period: ${formatMinor(amountMinor, order.currency)} of ${formatMinor(order.paidMinor, order.currency)}`;
  return amountMinor > 0
    ? grant("VN-BAL-OUTAGE-24H", fact, { amountMinor })
    : miss("VN-BAL-OUTAGE-24H", `${fact}; nothing to refund`);
}

function operatorBlock(order: PolicyOrder): EntitlementFinding {
  if (order.status !== "blocked_by_operator" || order.statusAt === null) {
    return miss(
      "VN-BAL-OPERATOR-BLOCK",
      "the local operator has not blocked or disconnected the number",
    );
  }
  const amountMinor = remainderMinor(order, at(order.statusAt));
  const fact = `the local operator blocked the number at ${order.statusAt}: the unused remainder is ${formatMinor(amountMinor, order.currency)}`;
  return amountMinor > 0
    ? grant("VN-BAL-OPERATOR-BLOCK", fact, { amountMinor })
    : miss("VN-BAL-OPERATOR-BLOCK", `${fact}; nothing to refund`);
}

function notProvided(
  order: PolicyOrder,
  id: ClauseId,
  cause: PolicyOrder["notProvidedCause"],
  what: string,
): EntitlementFinding {
  if (order.status !== "not_provided" || order.notProvidedCause !== cause)
    return miss(id, `not the case that ${what}`);
  if (order.paidMinor === 0) return miss(id, `${what}, but nothing was paid`);
  return grant(id, `${what}: everything paid, ${formatMinor(order.paidMinor, order.currency)}`, {
    amountMinor: order.paidMinor,
    allowsDirect: id === "VN-DIRECT-ORDER-NOT-COMPLETED",
  });
}

function providerFault(order: PolicyOrder, now: number): EntitlementFinding {
  const open = order.outages
    .filter(
      (o) =>
        o.cause === "local_provider" &&
        at(o.reportedAt) <= now &&
        (o.resolvedAt === null || at(o.resolvedAt) > now),
    )
    .map((o) => at(o.reportedAt));
  if (open.length === 0)
    return miss("VN-DIRECT-PROVIDER-FAULT", "no unresolved outage caused by the local provider");
  if (order.replacementAvailable) {
    return miss(
      "VN-DIRECT-PROVIDER-FAULT",
      "the local provider's outage is unresolved but a replacement exists for the same country/city",
    );
  }
  const reportedAt = Math.min(...open);
  const amountMinor = remainderMinor(order, reportedAt);
  const fact = `the number stopped working through the local provider's fault (reported ${new Date(reportedAt).toISOString()}) and no replacement exists for the same country/city: the unused remainder is ${formatMinor(amountMinor, order.currency)}`;
  return amountMinor > 0
    ? grant("VN-DIRECT-PROVIDER-FAULT", fact, { amountMinor, allowsDirect: true })
    : miss("VN-DIRECT-PROVIDER-FAULT", `${fact}; nothing to refund`);
}

/** The VN-* entitlements; they concern rented virtual numbers only (INT-ENTITLEMENTS-ARE-FACTS). */
export function checkRentedEntitlements(policyCase: ParsedPolicyCase): EntitlementFinding[] {
  const { order } = policyCase;
  if (!order || order.kind !== "rented_number") {
    const fact = order
      ? `only a rented virtual number earns this refund; the order is a ${order.kind}`
      : "no order matched the request";
    return RENTED_ENTITLEMENTS.map((id) => miss(id, fact));
  }
  const now = at(policyCase.now);
  return [
    outage24h(order, now),
    operatorBlock(order),
    notProvided(
      order,
      "VN-BAL-NOT-PROVIDED",
      "beyond_control",
      "the paid number could not be provided for reasons beyond the company's control",
    ),
    notProvided(
      order,
      "VN-DIRECT-ORDER-NOT-COMPLETED",
      "fulfilment_failure",
      "the order could not be completed although the website allowed ordering the number",
    ),
    providerFault(order, now),
  ];
}
