import { z } from "zod";

/**
 * Every environment variable the app reads, parsed once at start.
 * Nothing else reads process.env (style.md: t3 env.ts).
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string; when unset `npm start` boots an embedded server and sets it. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * The app's own role (no superuser, owns no table): what the web server and the job runner use.
   * Unset: DATABASE_URL, whose owner could rewrite the audit trail (README: Database roles).
   */
  APP_DATABASE_URL: z.string().url().optional(),
  /** next-auth signing secret; `npm start` generates one under .data/ when unset. */
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Optional OIDC sign-in: all three switch it on. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Company SSO"),
  /** Failed sign-ins allowed per account / per IP within the window. */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(20),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /**
   * Proxies of our own in front of the app, each appending to X-Forwarded-For: the client address
   * is taken that many entries left of the socket address. 0: nothing in front, the socket address.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * The current sealing key, "KEY" or "ID:KEY" (32 bytes, base64 or hex): customers' payment
   * details, raw emails, their bodies and attachments are sealed with it at rest (AES-256-GCM).
   */
  PAYMENT_DETAILS_KEY: z.string().optional(),
  /** Earlier sealing keys, comma-separated "KEY" or "ID:KEY": read only, until `keys:rotate` re-sealed. */
  PAYMENT_DETAILS_OLD_KEYS: z.string().optional(),
  /**
   * HMAC key signing the audit anchors: each full verification's checkpoint, also appended to
   * AUDIT_ANCHOR_FILE outside the database. Keep it away from the database (and its backups' place).
   */
  AUDIT_ANCHOR_KEY: z.string().min(16).optional(),
  /** The append-only file of signed audit anchors (one JSON line per full verification). */
  AUDIT_ANCHOR_FILE: z.string().min(1).default(".data/audit-anchors.log"),
  /** Shared secret for HMAC signatures on POST /api/inbound/email. */
  INBOUND_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** IMAP mailbox polled for refund emails (all of host/user/password switch it on). */
  IMAP_HOST: z.string().optional(),
  IMAP_PORT: z.coerce.number().int().positive().default(993),
  IMAP_TLS: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  IMAP_USER: z.string().optional(),
  IMAP_PASSWORD: z.string().optional(),
  IMAP_FOLDER: z.string().default("INBOX"),
  /** SMTP for replies; without it replies are captured in the demo outbox. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Refund Desk <refunds@example.com>"),
  /** Our own mailbox addresses (comma-separated): mail from them is quarantined as a loop. */
  MAILBOX_ADDRESSES: z
    .string()
    .default("refunds@refund-desk.test")
    .transform((s) =>
      s
        .split(",")
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    ),
  MAX_EMAIL_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
  /** The payment provider's API root; when unset `npm start` starts the sandbox provider and sets it. */
  PAYMENT_PROVIDER_URL: z.string().url().optional(),
  /** Bearer key for the provider's API; `npm start` generates one under .data/ for the sandbox when unset. */
  PAYMENT_PROVIDER_API_KEY: z.string().min(1).optional(),
  /** Shared secret of the provider's X-Provider-Signature webhooks; generated locally when unset. */
  PAYMENT_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** How long one call to the provider may take before it counts as unavailable (and is retried). */
  PAYMENT_PROVIDER_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How long the sandbox provider takes to settle a refund. */
  SANDBOX_SETTLE_DELAY_MS: z.coerce.number().int().min(0).default(3000),
  /** Seconds to wait for a new database connection before the request fails (503). */
  DB_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(5),
  /** Seconds an unused pooled connection stays open; 0 keeps it. */
  DB_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().nonnegative().default(60),
  /** Seconds a pooled connection lives at most, so none outlives a failover for long; 0 keeps it. */
  DB_MAX_LIFETIME_SECONDS: z.coerce.number().int().nonnegative().default(1800),
  /** Milliseconds PostgreSQL lets one statement run before cancelling it (statement_timeout); 0: no limit. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().nonnegative().default(30_000),
  /** Stored emails one IMAP poll processes at once, each holding a connection of the 10 in the pool for its transaction. */
  INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(8).default(8),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The parsed environment; throws once, at first use, with every bad variable named. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Test hook: re-read process.env after a test changed it. */
export function resetEnvCache(): void {
  cached = undefined;
}
