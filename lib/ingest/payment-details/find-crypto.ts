import { matchAll } from "../make-field";
import { base58CheckVersion, isBech32Valid } from "../validate-payment-numbers";
import { type Candidate, matched } from "./candidate";

const BECH32 = /\bbc1[ac-hj-np-z02-9]{11,71}\b/gi;
const BASE58 = /\b[13T][1-9A-HJ-NP-Za-km-z]{25,34}\b/g;
const ETH = /\b0x[a-fA-F0-9]{40}\b/g;
// Addresses by their shape alone (TRON, Bitcoin, Ethereum), when a crypto word stands before them: customers
// type the address they want paid to, and one that fails its checksum is a typo for the reviewer to confirm.
const CRYPTO_SHAPE =
  /(?<![\p{L}\d])(?:T[1-9A-HJ-NP-Za-km-z]{33}|bc1[02-9ac-hj-np-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34})(?![\p{L}\d])/gu;
const CRYPTO_WORD =
  /usdt|trc|erc|btc|bitcoin|биткоин|eth|ether|crypto|крипт|tron|address|адрес|кошел|wallet/i;

/** Crypto addresses that pass their checksum (Bitcoin, TRON), and Ethereum addresses. */
export function findCryptoAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(text, BECH32))
    if (isBech32Valid(m[0])) out.push(matched("crypto", m[0], 0.95, m));
  for (const m of matchAll(text, BASE58)) {
    const version = base58CheckVersion(m[0]);
    // 0x00/0x05: Bitcoin P2PKH/P2SH; 0x41: TRON (USDT TRC20).
    if (version === 0 || version === 5 || version === 0x41)
      out.push(matched("crypto", m[0], 0.95, m));
  }
  for (const m of matchAll(text, ETH)) out.push(matched("crypto", m[0], 0.85, m));
  return out;
}

/** Crypto addresses by their shape, when a crypto word stands before them. */
export function findCryptoShapes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchAll(text, CRYPTO_SHAPE)) {
    if (CRYPTO_WORD.test(text.slice(Math.max(0, m.index - 100), m.index)))
      out.push(matched("crypto", m[0], 0.6, m));
  }
  return out;
}
