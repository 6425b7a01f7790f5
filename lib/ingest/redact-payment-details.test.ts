import { beforeAll, describe, expect, it } from "vitest";
import { extractRequest } from "./extract-request";
import { parseEmail } from "./parse-email";
import {
  maskKeepingLength,
  maskPaymentDetailsIn,
  maskPaymentDetailsInBytes,
  redact,
  secretsOf,
  searchTextOf,
} from "./redact-payment-details";
import { sharedModels } from "./learn/models";

const CARD = "4242 4242 4242 4242";
const IBAN = "DE89 3704 0044 0532 0130 00";

async function extracted(subject: string, body: string) {
  const parsed = await parseEmail(
    Buffer.from(
      `From: Anna <anna@example.com>\r\nTo: refunds@desk.test\r\nSubject: ${subject}\r\nMessage-ID: <r1@x>\r\n\r\n${body}`,
    ),
  );
  return { parsed, extraction: extractRequest(parsed, { now: new Date("2026-01-12T10:00:00Z") }) };
}

// The models train at a process's first extraction (seconds on a busy machine), not in a test's time.
beforeAll(() => void sharedModels(), 120_000);

describe("redacting payment details", () => {
  it("masks all letters and digits but the last four, keeping separators and length", () => {
    expect(maskKeepingLength(CARD)).toBe("•••• •••• •••• 4242");
    expect(maskKeepingLength(IBAN)).toBe("•••• •••• •••• •••• ••30 00");
    expect(maskKeepingLength("abc")).toBe("abc");
  });

  it("finds the card and the IBAN as secrets, longest first", async () => {
    const { extraction } = await extracted(
      "Refund",
      `My number stopped working. Please refund $12.50 to my card ${CARD}, or IBAN ${IBAN}.`,
    );
    const secrets = secretsOf(extraction);
    expect(secrets).toContain(CARD);
    expect(secrets.some((s) => s.replace(/\s/g, "") === IBAN.replace(/\s/g, ""))).toBe(true);
    expect([...secrets].sort((a, b) => b.length - a.length)).toEqual(secrets);
  });

  it("stores no full payment detail anywhere in the extraction, and every span still points at its text", async () => {
    const { extraction } = await extracted(
      "Refund",
      `I paid $12.50 for my rented number. Please refund to my card ${CARD}. Thanks`,
    );
    expect(extraction.paymentDetails.value?.value.replace(/\s/g, "")).toBe(CARD.replace(/\s/g, ""));
    const redacted = redact(extraction);
    const json = JSON.stringify(redacted);
    expect(json).not.toContain(CARD);
    expect(json).not.toContain(CARD.replace(/\s/g, ""));
    expect(redacted.paymentDetails.value?.value).toBe(extraction.paymentDetails.value?.masked);
    expect(redacted.bodyText).toHaveLength(extraction.bodyText.length);
    expect(redacted.bodyText).toContain("•••• •••• •••• 4242");
    const span = redacted.paymentDetails.span!;
    expect(redacted.bodyText.slice(span.start, span.end)).toBe(span.text);
    expect(redacted.amount).toEqual(extraction.amount);
  });

  it("indexes the sender, the subject and the masked body for search, never the full number", async () => {
    const { parsed, extraction } = await extracted(
      `Card ${CARD} refund`,
      `Please refund to my card ${CARD}. Order ORD-104233, number +44 7911 123456.`,
    );
    const secrets = secretsOf(extraction);
    const text = searchTextOf(parsed, redact(extraction, secrets), secrets);
    expect(text).toContain("anna@example.com");
    expect(text).toContain("ORD-104233");
    expect(text).toContain("4242");
    expect(text).not.toContain(CARD);
    expect(text).toContain("Card •••• •••• •••• 4242 refund");
  });

  it("leaves an email without payment details as it was", async () => {
    const { extraction } = await extracted("Hello", "My number does not work, refund $5 please.");
    expect(secretsOf(extraction)).toEqual([]);
    expect(redact(extraction)).toEqual(extraction);
  });

  it("masks every payment-detail candidate in a text and the secrets given, keeping its length", () => {
    const text = `Card ${CARD}, IBAN ${IBAN}, order ORD-104233.`;
    const masked = maskPaymentDetailsIn(text, ["ORD-104233"]);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(
      "Card •••• •••• •••• 4242, IBAN •••• •••• •••• •••• ••30 00, order •••-••4233.",
    );
    const wallet = maskPaymentDetailsIn("Please pay to my Qiwi wallet +79161234567 today");
    expect(wallet).not.toContain("79161234567");
    expect(wallet).toContain("4567 today");
    expect(maskPaymentDetailsIn("nothing here, $12.50")).toBe("nothing here, $12.50");
  });

  it("masks card numbers and IBANs in bytes of any ASCII-compatible charset, every other byte kept", () => {
    const cp1251 = Buffer.concat([
      Buffer.from([0xca, 0xe0, 0xf0, 0xf2, 0xe0, 0x20]),
      Buffer.from(`${CARD}\r\n${IBAN}\r\n`, "latin1"),
    ]);
    const out = maskPaymentDetailsInBytes(cp1251);
    expect(out.subarray(0, 6)).toEqual(cp1251.subarray(0, 6));
    expect(out.toString("latin1")).toContain("**** **** **** 4242\r\n**** **** **** **** **30 00");
    expect(out).toHaveLength(cp1251.length);
  });
});
