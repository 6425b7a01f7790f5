import { formatMinor } from "../money";
import type { ParsedPolicyCase } from "../schema";
import { at, grant, miss, type EntitlementFinding, type Finding } from "./finding";

const MINUTE_MS = 60_000;
/** DISP-AUTO-NO-SMS: the activation waits this long for its SMS ... */
export const DISPOSABLE_WAIT_MS = 15 * MINUTE_MS;
/** ... and the automatic refund must be booked by this long after activation. */
export const DISPOSABLE_REFUND_BY_MS = 20 * MINUTE_MS;

/** DISP-AUTO-NO-SMS: answered from the automation's state (INT-DISPOSABLE-WINDOW). */
export function checkDisposableRefund(policyCase: ParsedPolicyCase): EntitlementFinding {
  const { order } = policyCase;
  if (!order || order.kind !== "disposable_number") {
    return miss(
      "DISP-AUTO-NO-SMS",
      order
        ? `the order is a ${order.kind}, not a disposable number`
        : "no order matched the request",
    );
  }
  if (order.sms.some((sms) => sms.shownInTable))
    return miss("DISP-AUTO-NO-SMS", "an SMS is shown in the incoming SMS table");
  const activatedAt = order.activatedAt ?? null;
  if (activatedAt === null) return miss("DISP-AUTO-NO-SMS", "the activation time is unknown");

  const activated = at(activatedAt);
  const now = at(policyCase.now);
  const minutes = Math.floor((now - activated) / MINUTE_MS);
  const empty = `the incoming SMS table is empty ${minutes} min after activation`;
  if (order.autoRefundedAt !== null) {
    return grant(
      "DISP-AUTO-NO-SMS",
      `${empty}; the automatic refund was booked at ${order.autoRefundedAt}`,
      {
        amountMinor: order.paidMinor,
        hold: { outcome: "already_refunded", refundedAt: at(order.autoRefundedAt) },
      },
    );
  }
  if (now < activated + DISPOSABLE_WAIT_MS) {
    return grant(
      "DISP-AUTO-NO-SMS",
      `${empty}; the activation still waits for its SMS until minute 15`,
      {
        amountMinor: order.paidMinor,
        hold: { outcome: "wait", waitUntil: activated + DISPOSABLE_WAIT_MS },
      },
    );
  }
  if (now <= activated + DISPOSABLE_REFUND_BY_MS) {
    return grant("DISP-AUTO-NO-SMS", `${empty}; the automatic refund is due by minute 20`, {
      amountMinor: order.paidMinor,
      hold: { outcome: "wait", waitUntil: activated + DISPOSABLE_REFUND_BY_MS },
    });
  }
  if (order.paidMinor === 0) return miss("DISP-AUTO-NO-SMS", `${empty}, but nothing was paid`);
  return grant(
    "DISP-AUTO-NO-SMS",
    `${empty} and no automatic refund was booked by minute 20: refund ${formatMinor(order.paidMinor, order.currency)} by hand`,
    { amountMinor: order.paidMinor, flags: ["auto_refund_missed"] },
  );
}

/** DISP-DENY-SMS-SHOWN: the SMS text is displayed in the ordering table. */
export function checkSmsShown(policyCase: ParsedPolicyCase): Finding {
  const { order } = policyCase;
  if (!order || order.kind !== "disposable_number") {
    return { id: "DISP-DENY-SMS-SHOWN", matched: false, fact: "not a disposable number order" };
  }
  const shown = order.sms.filter((sms) => sms.shownInTable).length;
  return shown > 0
    ? {
        id: "DISP-DENY-SMS-SHOWN",
        matched: true,
        fact: `${shown} SMS text(s) are displayed in the ordering table`,
      }
    : {
        id: "DISP-DENY-SMS-SHOWN",
        matched: false,
        fact: "no SMS text is displayed in the ordering table",
      };
}
