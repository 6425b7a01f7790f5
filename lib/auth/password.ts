import { hash, verify } from "@node-rs/argon2";

// argon2id (algorithm 2) with OWASP's minimum memory/time cost.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash of a random secret: verifying against it costs as much as a real check, so timing reveals no missing account. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(`no-such-user-${Math.random()}`));
}
