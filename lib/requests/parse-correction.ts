import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { parseMajorAmount } from "@/lib/decisions/decision-schema";
import { maskPaymentDetail } from "@/lib/ingest/mask-payment-detail";
import { isIsoCurrency, minorDigits } from "@/lib/policy/money";
import { CLAIMS, PAYMENT_DETAIL_KINDS, type PaymentDetailKind } from "@/lib/policy/vocabulary";
import { AppError } from "@/lib/server/app-error";

/** Fields a reviewer may correct when the extractor got them wrong: every field it extracts. */
export const CORRECTABLE_FIELDS = [
  "serviceName",
  "amount",
  "currency",
  "claim",
  "reasonText",
  "directRequested",
  "paymentDetails",
  "phoneNumbers",
  "orderRefs",
  "language",
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** The columns a correction writes; a payment detail arrives in full and is sealed by the caller. */
export type CorrectionPatch = {
  serviceName?: string | null;
  reasonText?: string | null;
  amountRequestedMinor?: number | null;
  currency?: string;
  claim?: (typeof CLAIMS)[number];
  claimConfidence?: null;
  directRequested?: boolean;
  paymentDetailKind?: PaymentDetailKind | null;
  paymentDetailMasked?: string | null;
  phoneNumbers?: string[];
  orderRefs?: string[];
  language?: "en" | "ru";
};

const refuse = (message: string) =>
  new AppError("INVALID_INPUT", { userMessage: message, fieldErrors: { value: [message] } });
const list = (v: string) =>
  v
    .split(/[,;\n]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * A corrected value as typed → the columns it sets (pure). Payment details
 * return the kind and the masked form only; the full value is the caller's to seal.
 */
export function parseCorrection(
  field: CorrectableField,
  value: string,
  o: { currency: string | null; detailKind?: string },
): CorrectionPatch {
  const v = value.trim();
  switch (field) {
    case "serviceName":
    case "reasonText":
      return { [field]: v === "" ? null : v.slice(0, 2000) };
    case "amount": {
      if (v === "") return { amountRequestedMinor: null };
      const minor = parseMajorAmount(v, minorDigits(o.currency ?? "USD"));
      if (minor === null) throw refuse("Enter an amount like 12.50");
      return { amountRequestedMinor: minor };
    }
    case "currency": {
      const code = v.toUpperCase();
      if (!isIsoCurrency(code)) throw refuse("Use an ISO 4217 currency code like USD or EUR");
      return { currency: code };
    }
    case "claim": {
      const c = z.enum(CLAIMS).safeParse(v);
      if (!c.success) throw refuse("Unknown reason category");
      // The reviewer's claim is certain: no classifier confidence applies to it any more.
      return { claim: c.data, claimConfidence: null };
    }
    case "directRequested":
      return { directRequested: v === "true" };
    case "paymentDetails": {
      if (v === "") return { paymentDetailKind: null, paymentDetailMasked: null };
      const kind = z.enum(PAYMENT_DETAIL_KINDS).safeParse(o.detailKind);
      if (!kind.success) throw refuse("Choose the kind of payment details");
      if (v.replace(/\W/g, "").length < 4) throw refuse("Enter the full payment details");
      return { paymentDetailKind: kind.data, paymentDetailMasked: maskPaymentDetail(kind.data, v) };
    }
    case "phoneNumbers":
      return {
        phoneNumbers: list(v).map((p) => {
          const n = parsePhoneNumberFromString(p.replace(/^00/, "+"));
          if (!n?.isPossible())
            throw refuse(`“${p}” is not a phone number in international form (+44 20 7946 0018)`);
          return n.number;
        }),
      };
    case "orderRefs":
      return {
        orderRefs: list(v.toUpperCase()).map((ref) => {
          const m = /^(?:ORD-?)?(\d{6,})$/.exec(ref);
          if (!m) throw refuse(`“${ref}” is not an order reference like ORD-123456`);
          return `ORD-${m[1]}`;
        }),
      };
    case "language":
      if (v !== "en" && v !== "ru")
        throw refuse("Replies are written in English (en) or Russian (ru)");
      return { language: v };
  }
}
