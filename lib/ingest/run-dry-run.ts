import { readFile } from "node:fs/promises";
import type { Claim, PaymentDetailKind, RequiredItem } from "@/lib/policy/vocabulary";
import { REQUIRED_ITEMS } from "@/lib/policy/vocabulary";
import { extractRequest } from "./extract-request";
import { parseEmail, type ParseEmailOptions } from "./parse-email";
import type { QuarantineReason } from "./parsed-email-types";

/** One line of `npm run ingest -- --dry-run` output. Never carries a full payment detail. */
export interface DryRunResult {
  file: string;
  messageId: string | null;
  from: string | null;
  subject: string;
  serviceName: string | null;
  targetService: string | null;
  amountMinor: number | null;
  currency: string | null;
  claim: Claim | null;
  reason: string | null;
  directRequested: boolean | null;
  paymentDetails: { kind: PaymentDetailKind; masked: string } | null;
  phoneNumbers: string[];
  orderRefs: string[];
  requestRef: string | null;
  accountRef: string | null;
  language: string | null;
  missing: RequiredItem[];
  /** A quarantine reason code, or "unreadable" when the file could not be read. */
  quarantine: QuarantineReason | "unreadable" | null;
  /** Why the file could not be read (only with quarantine "unreadable"). */
  error?: string;
}

export type DryRunOptions = ParseEmailOptions & { defaultCurrency?: string; now?: Date };

function unreadable(file: string, error: unknown): DryRunResult {
  return {
    file,
    messageId: null,
    from: null,
    subject: "",
    serviceName: null,
    targetService: null,
    amountMinor: null,
    currency: null,
    claim: null,
    reason: null,
    directRequested: null,
    paymentDetails: null,
    phoneNumbers: [],
    orderRefs: [],
    requestRef: null,
    accountRef: null,
    language: null,
    missing: [...REQUIRED_ITEMS],
    quarantine: "unreadable",
    error: error instanceof Error ? error.message : String(error),
  };
}

/** Parses and extracts each file, in argument order, touching no database. */
export async function runDryRun(
  files: string[],
  opts: DryRunOptions = {},
): Promise<DryRunResult[]> {
  const results: DryRunResult[] = [];
  for (const file of files) {
    let raw: Buffer;
    try {
      raw = await readFile(file);
    } catch (error) {
      results.push(unreadable(file, error));
      continue;
    }
    const parsed = await parseEmail(raw, opts);
    const x = extractRequest(parsed, { now: opts.now, defaultCurrency: opts.defaultCurrency });
    const payment = x.paymentDetails.value;
    results.push({
      file,
      messageId: parsed.messageId,
      from: parsed.from?.address ?? null,
      subject: parsed.subject,
      serviceName: x.serviceName.value,
      targetService: x.targetService.value,
      amountMinor: x.amount.value?.amountMinor ?? null,
      currency: x.amount.value?.currency ?? null,
      claim: x.claim.value,
      reason: x.reason.value,
      directRequested: x.directRequested.value,
      // The masked form only: CLI output ends up in terminals and logs.
      paymentDetails: payment ? { kind: payment.kind, masked: payment.masked } : null,
      phoneNumbers: x.phoneNumbers.map((p) => p.value),
      orderRefs: x.orderRefs.map((o) => o.value),
      requestRef: x.requestRef.value,
      accountRef: x.accountRef.value,
      language: x.language.value,
      missing: x.missing,
      quarantine: parsed.quarantine?.reason ?? null,
    });
  }
  return results;
}

export const INGEST_USAGE = "usage: npm run --silent ingest -- [--dry-run] FILE.eml...";

/** `--dry-run` anywhere, everything else is a file; `--` ends options. Null when no file is given. */
export function parseIngestArgs(argv: string[]): { dryRun: boolean; files: string[] } | null {
  let dryRun = false;
  let optionsDone = false;
  const files: string[] = [];
  for (const arg of argv) {
    if (!optionsDone && arg === "--") optionsDone = true;
    else if (!optionsDone && arg === "--dry-run") dryRun = true;
    else files.push(arg);
  }
  return files.length > 0 ? { dryRun, files } : null;
}
