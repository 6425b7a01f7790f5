import type { ParsedEmail, Quarantine } from "./parsed-email-types";

export interface DetectQuarantineOptions {
  /** Our own mailbox addresses (e.g. "refunds@company.com"); mail from them is a loop. */
  ownAddresses?: string[];
}

// RFC 3834: anything but "no" marks machine-generated mail.
const AUTO_PRECEDENCE = /^(bulk|junk|auto_reply|auto-reply)$/i;
const AUTO_SUBJECT =
  /^\s*(?:(?:re|aw|fw|fwd):\s*)*(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|auto-?antwort|vacation reply|i am (?:currently )?out of|absence|автоответ|автоматический ответ|нет на месте|в отпуске)/i;
const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|bounce[s]?)(?:[+@]|$)/i;
const BOUNCE_SUBJECT =
  /^\s*(?:undeliver(?:ed|able)|delivery status notification \((?:failure|delay)\)|mail delivery (?:failed|failure|subsystem)|returned mail|недоставленное сообщение|не удалось доставить)/i;

/** Decides whether a parsed mail must stay out of the request flow. First matching rule wins. */
export function detectQuarantine(
  mail: ParsedEmail,
  opts: DetectQuarantineOptions = {},
): Quarantine | null {
  const h = mail.headers;
  const from = mail.from?.address ?? "";
  if (!from || !/^[^@\s]+@[^@\s]+$/.test(from)) {
    return {
      reason: "no_sender",
      detail: from ? `From is not an address: ${from.slice(0, 100)}` : "no From address",
    };
  }
  const own = new Set((opts.ownAddresses ?? []).map((a) => a.trim().toLowerCase()));
  if (h["x-refund-desk-loop"] !== undefined)
    return { reason: "loop", detail: "X-Refund-Desk-Loop header present" };
  if (own.has(from)) return { reason: "loop", detail: `sent from our own address ${from}` };

  const contentType = (h["content-type"] ?? "").toLowerCase();
  // An abuse / feedback report (ARF, RFC 5965) quotes our mail back: never a customer's request.
  if (
    contentType.startsWith("multipart/report") &&
    /report-type\s*=\s*"?feedback-report/.test(contentType)
  ) {
    return { reason: "feedback_report", detail: "multipart/report feedback-report (ARF)" };
  }
  if (mail.attachments.some((a) => a.contentType === "message/feedback-report")) {
    return { reason: "feedback_report", detail: "contains a message/feedback-report part" };
  }
  if (BOUNCE_SENDER.test(from)) return { reason: "bounce", detail: `sent by ${from}` };
  if (
    contentType.startsWith("multipart/report") &&
    /report-type\s*=\s*"?delivery-status/.test(contentType)
  ) {
    return { reason: "bounce", detail: "multipart/report delivery-status" };
  }
  if (mail.attachments.some((a) => a.contentType === "message/delivery-status")) {
    return { reason: "bounce", detail: "contains a message/delivery-status part" };
  }
  if (h["return-path"]?.trim() === "<>" && BOUNCE_SUBJECT.test(mail.subject)) {
    return { reason: "bounce", detail: `null sender and subject "${mail.subject.slice(0, 80)}"` };
  }

  const autoSubmitted = h["auto-submitted"]?.split(";")[0]?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no")
    return { reason: "auto_reply", detail: `Auto-Submitted: ${autoSubmitted}` };
  if (h["x-autoreply"] !== undefined || h["x-autorespond"] !== undefined) {
    return { reason: "auto_reply", detail: "X-Autoreply/X-Autorespond header present" };
  }
  const precedence = h.precedence?.trim();
  if (precedence && AUTO_PRECEDENCE.test(precedence))
    return { reason: "auto_reply", detail: `Precedence: ${precedence}` };
  if (AUTO_SUBJECT.test(mail.subject))
    return { reason: "auto_reply", detail: `subject "${mail.subject.slice(0, 80)}"` };
  return null;
}
