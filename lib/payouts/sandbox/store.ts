import path from "node:path";
import { z } from "zod";
import {
  providerWebhookEventSchema,
  type ProviderWebhookEvent,
} from "../provider/provider-webhook";
import { providerRefundSchema } from "../provider/refund-schema";
import type { ProviderRefund } from "../provider/types";
import { openJournal } from "./journal";

/** A refund as the sandbox keeps it. The requisites themselves are not kept: only their kind and a fingerprint. */
export type RefundEntry = {
  refund: ProviderRefund;
  /** SHA-256 of the canonical request body: the same key with another body is refused. */
  fingerprint: string;
  createdAt: number;
  /** When the settlement is due (epoch ms). */
  settleAt: number;
  /** Decided by the failure rules when the refund was accepted. */
  outcome: { status: "succeeded" | "failed"; failureReason: string | null };
  destinationKind: string;
  metadata: Record<string, string>;
  /** The outcome's webhook event, once settled. */
  event: ProviderWebhookEvent | null;
  deliveredAt: number | null;
  deliveryAttempts: number;
};

const lineSchema = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("created"),
    at: z.number(),
    refund: providerRefundSchema,
    fingerprint: z.string(),
    settleAt: z.number(),
    outcome: z.object({
      status: z.enum(["succeeded", "failed"]),
      failureReason: z.string().nullable(),
    }),
    destinationKind: z.string(),
    metadata: z.record(z.string(), z.string()),
  }),
  z.object({ op: z.literal("settled"), at: z.number(), event: providerWebhookEventSchema }),
  z.object({
    op: z.literal("delivered"),
    at: z.number(),
    eventId: z.string(),
    attempts: z.number(),
  }),
]);
type Line = z.infer<typeof lineSchema>;

export type SandboxStore = Awaited<ReturnType<typeof openSandboxStore>>;

/**
 * The sandbox's refunds: in memory, every change first appended durably to
 * <dataDir>/refunds.jsonl, and the memory rebuilt from that file at start.
 */
export async function openSandboxStore(dataDir: string) {
  const { journal, records } = await openJournal(path.join(dataDir, "refunds.jsonl"));
  const byId = new Map<string, RefundEntry>();
  const byKey = new Map<string, RefundEntry>();
  const byEvent = new Map<string, RefundEntry>();

  function apply(line: Line): void {
    if (line.op === "created") {
      const { op: _op, at, ...fields } = line;
      const entry: RefundEntry = {
        ...fields,
        createdAt: at,
        event: null,
        deliveredAt: null,
        deliveryAttempts: 0,
      };
      byId.set(line.refund.providerRefundId, entry);
      byKey.set(line.refund.idempotencyKey, entry);
      return;
    }
    if (line.op === "settled") {
      const entry = byId.get(line.event.refund.providerRefundId);
      if (!entry) throw new Error(`journal: settlement of unknown refund ${line.event.id}`);
      entry.refund = line.event.refund;
      entry.event = line.event;
      byEvent.set(line.event.id, entry);
      return;
    }
    const entry = byEvent.get(line.eventId);
    if (!entry) throw new Error(`journal: delivery of unknown event ${line.eventId}`);
    entry.deliveredAt = line.at;
    entry.deliveryAttempts = line.attempts;
  }

  records.forEach((r, i) => {
    const parsed = lineSchema.safeParse(r);
    if (!parsed.success) throw new Error(`journal: line ${i + 1} is not a sandbox record`);
    apply(parsed.data);
  });

  /** Appends durably, then changes memory: nothing unrecorded is ever visible. */
  async function record(line: Line): Promise<void> {
    await journal.append([line]);
    apply(line);
  }

  return {
    byId: (id: string) => byId.get(id),
    byKey: (key: string) => byKey.get(key),
    all: () => [...byId.values()],
    create: (e: Omit<Line & { op: "created" }, "op" | "at">) =>
      record({ op: "created", at: Date.now(), ...e }),
    settle: (event: ProviderWebhookEvent) => record({ op: "settled", at: Date.now(), event }),
    markDelivered: (eventId: string, attempts: number) =>
      record({ op: "delivered", at: Date.now(), eventId, attempts }),
    close: () => journal.close(),
  };
}
