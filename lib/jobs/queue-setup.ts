import type { PgBoss } from "pg-boss";
import type { JobDefinition } from "./define-job";

/**
 * Creates the job's queue, or brings an existing one to its definition's expiry, retries and
 * heartbeat (every job sent to it, by send or by schedule, inherits them). A queue's policy
 * cannot change in place: a definition that changes it must come with a migration of the queue.
 */
export async function ensureQueue(
  boss: PgBoss,
  def: JobDefinition,
  heartbeatSeconds: number,
): Promise<void> {
  const options = {
    expireInSeconds: def.expireInSeconds,
    retryLimit: def.retry.limit,
    retryDelay: def.retry.delaySeconds,
    retryBackoff: true,
    heartbeatSeconds,
    // Wakes this runner's worker as soon as a job is sent, instead of at its next poll.
    notify: true,
  };
  const existing = await boss.getQueue(def.name);
  if (!existing) return boss.createQueue(def.name, { ...options, policy: def.policy });
  if (existing.policy !== def.policy)
    throw new Error(
      `queue ${def.name} has policy "${existing.policy}" but its definition says "${def.policy}"`,
    );
  await boss.updateQueue(def.name, options);
}

/** A NOTIFY payload as job data: a JSON object, or nothing (a bare id or an empty payload wakes the job with `{}`). */
export function parsePayload(payload: string): object {
  if (!payload.trim().startsWith("{")) return {};
  const parsed: unknown = JSON.parse(payload);
  return typeof parsed === "object" && parsed !== null ? parsed : {};
}
