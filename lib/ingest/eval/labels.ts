import { z } from "zod";
import { CLAIMS, REQUIRED_ITEMS } from "@/lib/policy/vocabulary";

/** Payment kinds as the corpus writes them (its "wallet" is the product's "wallet"). */
export const LABEL_PAYMENT_KINDS = [
  "card",
  "iban",
  "bank_account",
  "paypal",
  "wallet",
  "crypto",
] as const;

/**
 * One `NAME.expected.json` of the evaluation corpus, written by hand beside
 * the email (lib/ingest/eval-corpus/<batch>/README.md has the conventions).
 * Quarantined mail has every request field null.
 */
export const corpusLabelsSchema = z.object({
  language: z.string().nullable(),
  claim: z.enum(CLAIMS).nullable(),
  /** Acceptable spellings as written in the mail; a prediction containing one matches. */
  serviceName: z.array(z.string().min(1)).min(1).nullable(),
  amount: z.object({ minor: z.number().int().nonnegative(), currency: z.string() }).nullable(),
  directRequested: z.boolean().nullable(),
  /** tail: the last four letters or digits of the identifier (for PayPal, of the whole address). */
  payment: z.object({ kind: z.enum(LABEL_PAYMENT_KINDS), tail: z.string() }).nullable(),
  phoneNumbers: z.array(z.string()).nullable(),
  orderRefs: z.array(z.string()).nullable(),
  missing: z.array(z.enum(REQUIRED_ITEMS)).nullable(),
  quarantine: z.string().nullable(),
  notes: z.string().optional(),
});
export type CorpusLabels = z.infer<typeof corpusLabelsSchema>;

/** What the extractor said about one email, in the labels' terms. */
export interface Observation {
  quarantine: string | null;
  language: string | null;
  /** null when the classifier did not recognise a claim (confidence below its threshold). */
  claim: string | null;
  serviceName: string | null;
  amount: { minor: number; currency: string } | null;
  directRequested: boolean | null;
  payment: { kind: string; tail: string } | null;
  phoneNumbers: string[];
  orderRefs: string[];
  missing: string[];
}
