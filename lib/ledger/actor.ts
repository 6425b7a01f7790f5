/** Who moves money: a signed-in person, or a named job of the runner. */
export type MoneyActor = { userId: string } | { job: string };

export const actorColumns = (a: MoneyActor) =>
  "userId" in a ? { actorId: a.userId, actorJob: null } : { actorId: null, actorJob: a.job };

/** The audit log's actor: a person's id, or null for a job (named in the entry's data). */
export const auditActorId = (a: MoneyActor): string | null => ("userId" in a ? a.userId : null);
