/** How a failed send is shown and whether another attempt can help. */
export type SmtpFailure = {
  /** Shown on the Outbox page: says what happened in the department's words, never the server's text. */
  reason: string;
  /** A refusal for good (5xx, a bad address): no further attempts. */
  permanent: boolean;
};

type MailError = { code?: unknown; responseCode?: unknown };

const CONNECTION_CODES = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ECONNREFUSED"]);

/**
 * Classifies a nodemailer error. The raw message (server text, host names, addresses)
 * belongs in the log; only this reason is stored on the reply.
 */
export function classifySmtpFailure(err: unknown): SmtpFailure {
  const e = (typeof err === "object" && err !== null ? err : {}) as MailError;
  const code = typeof e.code === "string" ? e.code : undefined;
  const status = typeof e.responseCode === "number" ? e.responseCode : undefined;
  if (code === "EAUTH")
    return { reason: "The mail server refused our sign-in (check SMTP_URL).", permanent: false };
  if (code === "EENVELOPE" && (status === undefined || status >= 500))
    return { reason: "The mail server refused the recipient address.", permanent: true };
  if (status !== undefined && status >= 500)
    return { reason: "The mail server refused the message.", permanent: true };
  if (status !== undefined && status >= 400)
    return { reason: "The mail server asked us to try again later.", permanent: false };
  if (code && CONNECTION_CODES.has(code))
    return { reason: "Could not reach the mail server.", permanent: false };
  return { reason: "Sending failed for a technical reason.", permanent: false };
}
