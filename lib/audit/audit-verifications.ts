// Full verifications of the audit chain, one file per verb; this module keeps the names callers import.
export {
  ABANDONED_AFTER_MS,
  claimAuditVerification,
  FULL_VERIFICATION_EVERY_MS,
} from "./claim-audit-verification";
export { requestAuditVerification, VERIFY_CHANNEL } from "./request-audit-verification";
export { runAuditVerification, type RunAuditVerificationOptions } from "./run-audit-verification";
export { auditChainStatus, PAGE_CHECK_LIMIT, type AuditChainStatus } from "./audit-chain-status";
