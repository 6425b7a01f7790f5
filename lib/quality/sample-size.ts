/**
 * How many of `population` decisions a sample of `percent` % draws: rounded
 * up, so a small population still yields one to look at, and never more
 * than there are.
 */
export function sampleSize(population: number, percent: number): number {
  if (population <= 0 || percent <= 0) return 0;
  return Math.min(population, Math.ceil((population * percent) / 100));
}

/** Agreed share of the reviewed decisions, 0–1; null when none was reviewed yet. */
export function qualityScore(agreed: number, reviewed: number): number | null {
  return reviewed > 0 ? agreed / reviewed : null;
}
