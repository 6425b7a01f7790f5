/**
 * The sandbox payment provider as its own process (README "Payment provider"):
 *   npx tsx scripts/sandbox-provider.ts --webhook-url URL --webhook-secret S [flags]
 * Prints "sandbox-provider listening on <url>" once it serves; SIGTERM/SIGINT stop it cleanly.
 */
import { parseSandboxConfig } from "../lib/payouts/sandbox/config";
import { startSandboxService } from "../lib/payouts/sandbox/service";

async function main() {
  const config = parseSandboxConfig(process.argv.slice(2), process.env);
  const log = (msg: string, fields: Record<string, unknown> = {}) =>
    console.log(JSON.stringify({ time: new Date().toISOString(), msg, ...fields }));
  const service = await startSandboxService(config, log);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await service.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  if (config.exitOnStdinClose) {
    process.stdin.on("end", () => void stop());
    process.stdin.on("close", () => void stop());
    process.stdin.resume();
  }
  console.log(`sandbox-provider listening on ${service.url}`);
  log("sandbox-provider configuration", {
    dataDir: config.dataDir,
    webhookUrl: config.webhookUrl,
    settleDelayMs: config.settleDelayMs,
    rules: config.rules,
    apiKeyRequired: config.apiKey !== null,
    testControls: config.testControls,
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
