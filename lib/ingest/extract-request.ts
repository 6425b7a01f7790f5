import type { Claim, RequiredItem } from "@/lib/policy/vocabulary";
import { buildBodyParts } from "./build-body-text";
import { classifyClaim } from "./classify-claim";
import { detectDirectRequest } from "./detect-direct-request";
import { detectLanguage } from "./detect-language";
import { extractAmount } from "./extract-amount";
import { extractPaymentDetails, paymentDetailSpans } from "./extract-payment-details";
import { extractPhoneNumbers } from "./extract-phone-numbers";
import { extractReferences } from "./extract-references";
import {
  extractServiceName,
  extractTargetService,
  type ExtractServiceNameOptions,
} from "./extract-service-name";
import { classifierInput, sharedModels, type Models } from "./learn/models";
import { phoneCountries } from "./phone-countries";
import type { ParsedEmail } from "./parsed-email-types";
import type { Extraction } from "./extraction-types";

// What a claim says the service name is about (extract-service-name.ts).
const ABOUT: Partial<Record<Claim, ExtractServiceNameOptions["about"]>> = {
  accidental_topup: "top_up",
  unused_balance: "balance",
  caller_id_unavailable: "caller_id",
};

export interface ExtractRequestOptions {
  /** Reference time; reserved for relative dates ("since yesterday"), so results stay reproducible. */
  now?: Date;
  /** ISO 4217 code for a bare number next to a refund word ("refund 30"). Without it such numbers are not amounts. */
  defaultCurrency?: string;
  /** The learnt classifiers; the process's own (trained from training-set.json) unless given. */
  models?: Models;
}

/**
 * Reads a parsed mail into the request fields REQ-INCOMPLETE asks for plus
 * the references used for matching. Deterministic and offline: exact rules
 * for numbers, money and identifiers; the claim and the direct-refund
 * request by classifiers trained on labelled mail (learn/).
 */
export function extractRequest(
  parsed: Pick<ParsedEmail, "text" | "forwarded" | "subject"> & Partial<Pick<ParsedEmail, "from">>,
  opts: ExtractRequestOptions = {},
): Extraction {
  const { bodyText, ownEnd, signature } = buildBodyParts(parsed);
  const subject = parsed.subject;
  const language = detectLanguage(bodyText || subject);
  const references = extractReferences(bodyText, subject);
  const payment = extractPaymentDetails(bodyText);
  const paymentSpans = paymentDetailSpans(bodyText);
  const refSpans = references.orderRefs.flatMap((r) => (r.span ? [r.span] : []));
  const amount = extractAmount(bodyText, {
    defaultCurrency: opts.defaultCurrency,
    exclude: [...paymentSpans, ...refSpans],
  });
  const targetService = extractTargetService(bodyText, subject);
  const models = opts.models ?? sharedModels();
  // Read once for the three classifiers and the reason sentence.
  const read = classifierInput(subject, bodyText, payment.value?.kind ?? null);
  const { claim, reason } = classifyClaim(subject, bodyText, models, read);
  const serviceName = extractServiceName(bodyText, subject, {
    about: ABOUT[claim.guess ?? "other"],
    quoted: parsed.text,
  });
  // The customer's own words and signature only: numbers in forwarded or quoted mail are someone
  // else's (support lines, an older signature). A wallet's id may be the customer's phone too.
  const countries = phoneCountries({
    language: language.value,
    serviceName: serviceName.value,
    currency: amount.value?.currency ?? null,
    from: parsed.from?.address ?? null,
  });
  const walletIsPhone = /\s(?:\+\d+|[78]\d{10})$/.test(payment.value?.value ?? "");
  const notPhones = [
    ...paymentSpans.filter((s) => s.kind !== "wallet" || !walletIsPhone),
    ...refSpans,
    ...(references.accountRef.span ? [references.accountRef.span] : []),
    ...(amount.span ? [amount.span] : []),
  ];
  const phoneNumbers = [
    ...extractPhoneNumbers(bodyText, { countries, exclude: notPhones, end: ownEnd }),
    ...extractPhoneNumbers(signature, { countries }).map((p) => ({ ...p, span: null })),
  ].filter((p, i, all) => all.findIndex((q) => q.value === p.value) === i);

  const missing: RequiredItem[] = [];
  if (serviceName.value === null) missing.push("serviceName");
  if (amount.value === null) missing.push("amount");
  if (reason.value === null) missing.push("reason");
  if (payment.value === null) missing.push("paymentDetails");

  return {
    bodyText,
    language,
    serviceName,
    targetService,
    amount,
    reason,
    claim,
    directRequested: detectDirectRequest(subject, bodyText, models, read),
    paymentDetails: payment,
    phoneNumbers,
    orderRefs: references.orderRefs,
    requestRef: references.requestRef,
    accountRef: references.accountRef,
    missing,
  };
}
