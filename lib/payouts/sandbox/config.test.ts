import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSandboxConfig } from "./config";
import { DEFAULT_FAILURE_RULES } from "./rules";

const required = ["--webhook-url", "http://127.0.0.1:3000/api/payouts/webhook"];
const env = { SANDBOX_WEBHOOK_SECRET: "whsec_0123456789abcdef" };

describe("parseSandboxConfig", () => {
  it("defaults: loopback, a free port, .data/sandbox-provider, 3 s, the default rules, no controls", () => {
    expect(parseSandboxConfig(required, env)).toEqual({
      host: "127.0.0.1",
      port: 0,
      dataDir: path.resolve(".data/sandbox-provider"),
      webhookUrl: "http://127.0.0.1:3000/api/payouts/webhook",
      webhookSecret: env.SANDBOX_WEBHOOK_SECRET,
      apiKey: null,
      settleDelayMs: 3000,
      rules: DEFAULT_FAILURE_RULES,
      webhookRetryBaseMs: 500,
      webhookRetryMaxMs: 60_000,
      testControls: false,
      exitOnStdinClose: false,
    });
  });

  it("reads every flag, and flags win over SANDBOX_* variables", () => {
    const c = parseSandboxConfig(
      [
        ...required,
        "--port=4010",
        "--settle-delay-ms",
        "250",
        "--fail-card-suffixes",
        "4242, 0002",
        "--fail-account-suffixes",
        "",
        "--fail-amounts",
        "1313,99",
        "--test-controls",
      ],
      {
        ...env,
        SANDBOX_SETTLE_DELAY_MS: "9999",
        SANDBOX_API_KEY: "sk_1",
        SANDBOX_FAIL_BANK_WORDS: "GONE",
      },
    );
    expect(c).toMatchObject({
      port: 4010,
      settleDelayMs: 250,
      apiKey: "sk_1",
      testControls: true,
      rules: {
        cardSuffixes: ["4242", "0002"],
        accountSuffixes: [],
        bankWords: ["GONE"],
        amounts: [1313, 99],
      },
    });
  });

  it("switches test controls on from SANDBOX_TEST_CONTROLS=1 only", () => {
    expect(parseSandboxConfig(required, { ...env, SANDBOX_TEST_CONTROLS: "1" }).testControls).toBe(
      true,
    );
    expect(parseSandboxConfig(required, { ...env, SANDBOX_TEST_CONTROLS: "0" }).testControls).toBe(
      false,
    );
  });

  it.each([
    ["no webhook URL", [], env, "webhook-url"],
    ["a short secret", required, { SANDBOX_WEBHOOK_SECRET: "short" }, "webhook-secret"],
    ["a non-http webhook", ["--webhook-url", "ftp://x/y"], env, "webhook-url"],
    ["a negative delay", [...required, "--settle-delay-ms", "-1"], env, "settle-delay-ms"],
    ["a fractional amount rule", [...required, "--fail-amounts", "13.13"], env, "fail-amounts"],
  ])("refuses %s, naming the flag", (_name, argv, e, flag) => {
    expect(() => parseSandboxConfig(argv, e)).toThrow(new RegExp(`--${flag}`));
  });

  it("refuses an unknown flag", () => {
    expect(() => parseSandboxConfig([...required, "--settle-delay", "1"], env)).toThrow(
      /Unknown option/,
    );
  });
});
