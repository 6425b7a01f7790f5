import type { ParsedPolicyCase } from "../schema";
import type { Finding } from "./finding";

/** Bars: facts about the account or order that win over everything but the gate. */
export function checkBars(policyCase: ParsedPolicyCase): Finding[] {
  const { account, order } = policyCase;

  // VN-DENY-FRAUD covers the complaint from the local provider or the authorities too.
  const fraudFacts = [
    account.fraud ? "the account is flagged for fraud or unlawful use" : null,
    account.complaint
      ? "a complaint from the local number provider or the authorities was received"
      : null,
  ].filter((fact): fact is string => fact !== null);
  const fraud: Finding = {
    id: "VN-DENY-FRAUD",
    matched: fraudFacts.length > 0,
    fact:
      fraudFacts.length > 0
        ? fraudFacts.join("; ")
        : "no fraud flag and no complaint on the account",
  };

  // VN-DENY-KYC-REFUSED: only when the matched order requires the documents.
  const kycRefused = account.kyc === "refused" && order?.kycRequired === true;
  const kyc: Finding = {
    id: "VN-DENY-KYC-REFUSED",
    matched: kycRefused,
    fact: kycRefused
      ? "the number requires identity documents and the client refuses to provide them"
      : order?.kycRequired
        ? `the number requires identity documents; the client's verification is ${account.kyc}`
        : "the order does not require identity documents",
  };

  const ignored = order?.restrictionsIgnored === true;
  const restrictions: Finding = {
    id: "VN-DENY-RESTRICTIONS-IGNORED",
    matched: ignored,
    fact: ignored
      ? "the client ignored the SMS restrictions of the number"
      : "no ignored SMS restrictions on record",
  };

  return [fraud, kyc, restrictions];
}
