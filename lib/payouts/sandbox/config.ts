import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DEFAULT_FAILURE_RULES, type FailureRules } from "./rules";

export type SandboxConfig = {
  host: string;
  /** 0: any free port (printed in the "listening" line). */
  port: number;
  /** Folder of the refunds journal (refunds.jsonl). */
  dataDir: string;
  webhookUrl: string;
  webhookSecret: string;
  /** When set, /v1 calls need `Authorization: Bearer <apiKey>`. */
  apiKey: string | null;
  settleDelayMs: number;
  rules: FailureRules;
  /** First retry of a failed webhook delivery; doubles each time up to webhookRetryMaxMs. */
  webhookRetryBaseMs: number;
  webhookRetryMaxMs: number;
  /** Enables /__sandbox/* (fault injection, full listing). Never in a shared deployment. */
  testControls: boolean;
  /** Exit when stdin closes, so a sandbox spawned by a parent never outlives it. */
  exitOnStdinClose: boolean;
};

/** Each flag, its environment variable, and how it parses. Flags win over the environment. */
const OPTIONS = {
  host: { env: "SANDBOX_HOST", type: "string" },
  port: { env: "SANDBOX_PORT", type: "string" },
  "data-dir": { env: "SANDBOX_DATA_DIR", type: "string" },
  "webhook-url": { env: "SANDBOX_WEBHOOK_URL", type: "string" },
  "webhook-secret": { env: "SANDBOX_WEBHOOK_SECRET", type: "string" },
  "api-key": { env: "SANDBOX_API_KEY", type: "string" },
  "settle-delay-ms": { env: "SANDBOX_SETTLE_DELAY_MS", type: "string" },
  "fail-card-suffixes": { env: "SANDBOX_FAIL_CARD_SUFFIXES", type: "string" },
  "fail-account-suffixes": { env: "SANDBOX_FAIL_ACCOUNT_SUFFIXES", type: "string" },
  "fail-bank-words": { env: "SANDBOX_FAIL_BANK_WORDS", type: "string" },
  "fail-amounts": { env: "SANDBOX_FAIL_AMOUNTS", type: "string" },
  "webhook-retry-base-ms": { env: "SANDBOX_WEBHOOK_RETRY_BASE_MS", type: "string" },
  "webhook-retry-max-ms": { env: "SANDBOX_WEBHOOK_RETRY_MAX_MS", type: "string" },
  "test-controls": { env: "SANDBOX_TEST_CONTROLS", type: "boolean" },
  "exit-on-stdin-close": { env: null, type: "boolean" },
} as const;

const list = z.string().transform((s) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean),
);
const millis = z.coerce.number().int().min(0).max(86_400_000);

const rawSchema = z.object({
  host: z.string().min(1).default("127.0.0.1"),
  port: z.coerce.number().int().min(0).max(65535).default(0),
  "data-dir": z.string().min(1).default(path.join(".data", "sandbox-provider")),
  "webhook-url": z.url({ protocol: /^https?$/ }),
  "webhook-secret": z.string().min(16, "at least 16 characters"),
  "api-key": z.string().min(1).optional(),
  "settle-delay-ms": millis.default(3000),
  "fail-card-suffixes": list.optional(),
  "fail-account-suffixes": list.optional(),
  "fail-bank-words": list.optional(),
  "fail-amounts": list
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[1-9][0-9]{0,14}$/, "a positive whole number")
          .transform(Number),
      ),
    )
    .optional(),
  "webhook-retry-base-ms": millis.min(1).default(500),
  "webhook-retry-max-ms": millis.min(1).default(60_000),
  "test-controls": z.boolean().default(false),
  "exit-on-stdin-close": z.boolean().default(false),
});

/** Reads flags (e.g. `--settle-delay-ms 500`) and SANDBOX_* variables; throws naming every bad one. */
export function parseSandboxConfig(
  argv: string[],
  env: Record<string, string | undefined>,
): SandboxConfig {
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(Object.entries(OPTIONS).map(([k, o]) => [k, { type: o.type }])),
    strict: true,
    allowPositionals: false,
  });
  const raw: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(OPTIONS)) {
    const fromEnv = o.env ? env[o.env] : undefined;
    const value = (values as Record<string, unknown>)[name] ?? fromEnv;
    if (value === undefined) continue;
    raw[name] =
      o.type === "boolean" && typeof value === "string" ? /^(1|true|yes)$/i.test(value) : value;
  }
  const parsed = rawSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid sandbox provider configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return {
    host: c.host,
    port: c.port,
    dataDir: path.resolve(c["data-dir"]),
    webhookUrl: c["webhook-url"],
    webhookSecret: c["webhook-secret"],
    apiKey: c["api-key"] ?? null,
    settleDelayMs: c["settle-delay-ms"],
    rules: {
      cardSuffixes: c["fail-card-suffixes"] ?? DEFAULT_FAILURE_RULES.cardSuffixes,
      accountSuffixes: c["fail-account-suffixes"] ?? DEFAULT_FAILURE_RULES.accountSuffixes,
      bankWords: c["fail-bank-words"] ?? DEFAULT_FAILURE_RULES.bankWords,
      amounts: c["fail-amounts"] ?? DEFAULT_FAILURE_RULES.amounts,
    },
    webhookRetryBaseMs: c["webhook-retry-base-ms"],
    webhookRetryMaxMs: Math.max(c["webhook-retry-max-ms"], c["webhook-retry-base-ms"]),
    testControls: c["test-controls"],
    exitOnStdinClose: c["exit-on-stdin-close"],
  };
}
