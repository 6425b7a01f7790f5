import { env } from "@/lib/env";
import { parseKeyring } from "@/lib/ingest/keyring";
import type { Keyring } from "@/lib/ingest/secret-box";

let cached: { config: string; ring: Keyring } | undefined;

/**
 * The sealing keyring of this process: PAYMENT_DETAILS_KEY (current) and PAYMENT_DETAILS_OLD_KEYS.
 * Parsed again only when the environment changed (tests switch keys); throws, naming the
 * variable, when the current key is missing or an entry is malformed.
 */
export function sealingKeyring(): Keyring {
  const { PAYMENT_DETAILS_KEY: current, PAYMENT_DETAILS_OLD_KEYS: old } = env();
  const config = `${current ?? ""}\n${old ?? ""}`;
  if (cached?.config !== config) cached = { config, ring: parseKeyring({ current, old }) };
  return cached.ring;
}
