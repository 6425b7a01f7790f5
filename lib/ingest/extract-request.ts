import type { CountryCode } from "libphonenumber-js";
import type { RequiredItem } from "@/lib/policy/vocabulary";
import { buildBodyText } from "./build-body-text";
import { classifyClaim } from "./classify-claim";
import { detectDirectRequest } from "./detect-direct-request";
import { detectLanguage } from "./detect-language";
import { extractAmount } from "./extract-amount";
import { extractPaymentDetails, paymentDetailSpans } from "./extract-payment-details";
import { extractPhoneNumbers } from "./extract-phone-numbers";
import { extractReferences } from "./extract-references";
import { extractServiceName, extractTargetService } from "./extract-service-name";
import { field } from "./make-field";
import type { Extraction, ParsedEmail } from "./types";

export interface ExtractRequestOptions {
  /** Reference time; reserved for relative dates ("since yesterday"), so results stay reproducible. */
  now?: Date;
  /** ISO 4217 code for a bare number next to a refund word ("refund 30"). Without it such numbers are not amounts. */
  defaultCurrency?: string;
}

// Country assumed for national-format phone numbers, by mail language.
const PHONE_COUNTRY: Record<string, CountryCode> = { ru: "RU", uk: "UA" };

/**
 * Reads a parsed mail into the request fields REQ-INCOMPLETE asks for plus
 * the references used for matching. Deterministic and offline: rules only.
 */
export function extractRequest(
  parsed: Pick<ParsedEmail, "text" | "forwarded" | "subject">,
  opts: ExtractRequestOptions = {},
): Extraction {
  const bodyText = buildBodyText(parsed);
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
  const phoneNumbers = extractPhoneNumbers(bodyText, {
    defaultCountry: language.value ? PHONE_COUNTRY[language.value] : undefined,
    exclude: [...paymentSpans, ...refSpans, ...(amount.span ? [amount.span] : [])],
  });
  const serviceName = extractServiceName(bodyText, subject);
  const targetService = extractTargetService(bodyText, subject);
  let { claim, reason } = classifyClaim(bodyText, { targetService: targetService.value });
  if (claim.value === null) {
    // A subject like "Number blocked by operator" still names the claim; there is no span to show.
    const fromSubject = classifyClaim(subject, { targetService: targetService.value });
    if (fromSubject.claim.value !== null && fromSubject.claim.value !== "other") {
      claim = field(fromSubject.claim.value, (fromSubject.claim.confidence ?? 0) - 0.15, null);
      reason = field(subject, 0.5, null);
    }
  }

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
    claim: { ...claim, recognised: claim.value !== null, guess: claim.value },
    directRequested: detectDirectRequest(bodyText),
    paymentDetails: payment,
    phoneNumbers,
    orderRefs: references.orderRefs,
    requestRef: references.requestRef,
    accountRef: references.accountRef,
    missing,
  };
}
