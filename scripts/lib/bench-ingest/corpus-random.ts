// Deterministic PRNG so every run feeds the same corpus.
let state = 0x2545f491;

/** Starts the corpus over: every pass and the stage sample get the same emails. */
export function resetCorpusRandom(): void {
  state = 0x2545f491;
}

export const rnd = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x100000000;
};
export const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
