import { randomUUID } from "node:crypto";
import {
  ProviderRejectedError,
  ProviderUnavailableError,
  type PaymentProvider,
  type ProviderRefund,
  type ProviderRefundRequest,
} from "../provider/types";

/**
 * An in-process stand-in for a payment provider, for the state-machine tests
 * (the flows end to end run against the sandbox provider's own process).
 * Keeps one refund per idempotency key, like a real provider; can fail a
 * payment reference, answer late (after accepting), or be down.
 */
export class FakeProvider implements PaymentProvider {
  readonly name = "sandbox";
  readonly refunds = new Map<string, ProviderRefund>();
  calls = 0;
  /** Accept and keep the refund, then throw as if the answer timed out — this many times. */
  timeoutsAfterAccept = 0;
  down = false;
  failRefs = new Set<string>();
  rejectNext: string | null = null;

  async refund(req: ProviderRefundRequest): Promise<ProviderRefund> {
    this.calls++;
    if (this.down) throw new ProviderUnavailableError("connection refused");
    if (this.rejectNext) {
      const reason = this.rejectNext;
      this.rejectNext = null;
      throw new ProviderRejectedError("rejected", reason);
    }
    let refund = this.refunds.get(req.idempotencyKey);
    if (!refund) {
      refund = {
        providerRefundId: `re_${randomUUID().slice(0, 12)}`,
        idempotencyKey: req.idempotencyKey,
        status: "pending",
        amountMinor: req.amountMinor,
        currency: req.currency,
        failureReason: null,
      };
      this.refunds.set(req.idempotencyKey, refund);
    }
    if (this.timeoutsAfterAccept > 0) {
      this.timeoutsAfterAccept--;
      throw new ProviderUnavailableError("timed out after 10000 ms");
    }
    return { ...refund };
  }

  async findRefund(key: string): Promise<ProviderRefund | null> {
    const r = this.refunds.get(key);
    return r ? { ...r } : null;
  }

  /** The provider's later answer: settles (or fails, for a failing reference) what it holds. */
  settle(key: string, ref?: string): ProviderRefund {
    const r = this.refunds.get(key);
    if (!r) throw new Error(`no refund under ${key}`);
    const failed = ref !== undefined && this.failRefs.has(ref);
    Object.assign(
      r,
      failed
        ? { status: "failed", failureReason: "card_declined: the card issuer refused the refund" }
        : { status: "succeeded" },
    );
    return { ...r };
  }
}
