type StaleChange = { at: string; action: string; by?: unknown };

/** The changes a STALE refusal lists (its details, as recordDecision's AppError sends them). */
export function staleChanges(details: unknown): StaleChange[] {
  if (typeof details !== "object" || details === null || !("changes" in details)) return [];
  const { changes } = details;
  return Array.isArray(changes) ? changes.filter(isStaleChange) : [];
}
const isStaleChange = (c: unknown): c is StaleChange =>
  typeof c === "object" &&
  c !== null &&
  "at" in c &&
  typeof c.at === "string" &&
  "action" in c &&
  typeof c.action === "string";
