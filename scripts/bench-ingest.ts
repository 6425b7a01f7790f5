/**
 * Ingest throughput benchmark: N distinct, realistic emails pushed one after
 * another through the same pipeline every channel uses (ingestEmail: store
 * raw, parse, extract, thread, match, create/update, evaluate, draft reply).
 *
 *   npm run bench:ingest [-- --count 10000] [-- --stages] [-- --concurrency 8]
 *
 * Uses a throwaway embedded PostgreSQL, or a fresh database on the server
 * named by DATABASE_URL (dropped afterwards). Prints emails/s overall and per
 * 1 000-email window, RSS / heap sampled every 100 emails, and a final JSON
 * summary line. --stages also times the CPU-only stages on a sample.
 * A second pass, on a fresh database, runs --concurrency N (default 8) ingests
 * in flight at once in this one Node process, as one IMAP poll
 * (INGEST_CONCURRENCY) or concurrent webhook deliveries do; --concurrency 1
 * skips it. The JSON line reports both (emailsPerSecond and
 * emailsPerSecondConcurrent), with Node and PostgreSQL CPU per email.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { createDb, type Db } from "../db/client";
import { startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { EMBEDDED_APP_ROLE } from "../db/roles/app-privileges";
import { ensureAppRole, roleOf, urlAs } from "../db/roles/ensure-app-role";
import { customers, orders } from "../db/schema";
import { resetEnvCache } from "../lib/env";
import { extractRequest } from "../lib/ingest/extract-request";
import { parseEmail } from "../lib/ingest/parse-email";
import { ingestEmail } from "../lib/requests/ingest-email";
import { dedupeKeyOf } from "../lib/requests/store-raw-email";

const args = process.argv.slice(2);
const argValue = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const COUNT = Number(argValue("--count") ?? 10_000);
const STAGES = args.includes("--stages");
/**
 * Emails in flight at once in the second pass (1: sequential pass only). Defaults to 8, what one
 * IMAP poll processes at once (INGEST_CONCURRENCY) and what concurrent webhook deliveries reach.
 */
const CONCURRENCY = Number(argValue("--concurrency") ?? 8);
const WINDOW = 1000;
const SAMPLE_EVERY = 100;
const CUSTOMERS = 500;
if (!Number.isInteger(COUNT) || COUNT <= 0) throw new Error("--count must be a positive integer");
if (!Number.isInteger(CONCURRENCY) || CONCURRENCY <= 0)
  throw new Error("--concurrency must be a positive integer");

const MB = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;

// Deterministic PRNG so every run feeds the same corpus.
let state = 0x2545f491;
const rnd = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 0x100000000;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;

const FIRST = [
  "Anna",
  "Jonas",
  "Grace",
  "Mehmet",
  "Olga",
  "Pierre",
  "Sofia",
  "Liam",
  "Ivan",
  "Mia",
  "Noah",
  "Elena",
];
const LAST = [
  "Kowalski",
  "Berg",
  "Kim",
  "Yilmaz",
  "Petrova",
  "Durand",
  "Rossi",
  "Smith",
  "Sokolov",
  "Novak",
  "Brown",
  "Garcia",
];
const CARDS = [
  "4242 4242 4242 4242",
  "4111 1111 1111 1111",
  "5555 5555 5555 4444",
  "4000 0566 5566 5556",
  "3782 822463 10005",
];
const IBANS = [
  "DE89 3704 0044 0532 0130 00",
  "GB29 NWBK 6016 1331 9268 19",
  "FR14 2004 1010 0505 0001 3M02 606",
  "NL91 ABNA 0417 1643 00",
];

type Account = { email: string; name: string; orders: Array<{ ref: string; phone: string }> };

function phoneOf(i: number): string {
  return `+4479${String(10_000_000 + i).slice(-8)}`;
}

function pretty(phone: string): string {
  return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
}

function paymentSentence(): string {
  const r = rnd();
  if (r < 0.45) return `Please refund to my card ${pick(CARDS)}.`;
  if (r < 0.75) return `Please send the money back to my bank account, IBAN ${pick(IBANS)}.`;
  if (r < 0.9)
    return `You can refund me via PayPal: ${pick(FIRST).toLowerCase()}.${Math.floor(rnd() * 1e6)}@example.net`;
  return "";
}

function bodyFor(
  i: number,
  a: Account | null,
  order: { ref: string; phone: string } | null,
): string {
  const amount = `${pick(["$", "€", "£"])}${(5 + Math.floor(rnd() * 60)).toFixed(0)}.${String(Math.floor(rnd() * 100)).padStart(2, "0")}`;
  const claims = [
    `My rented number ${order ? pretty(order.phone) : "+44 7911 123456"} has not worked for ${2 + Math.floor(rnd() * 5)} days now, no calls or SMS come through.`,
    "My virtual number was blocked by the local operator yesterday without any reason on my side.",
    "I ordered a disposable number for WhatsApp but the SMS never arrived.",
    "I topped up my balance by accident and would like the money back.",
    "I changed my mind about the rented number, I no longer need it.",
    "The order could not be completed although the website allowed me to order that number.",
  ];
  const ref = order && rnd() < 0.7 ? ` (order ${order.ref})` : "";
  const lines = [
    `Hello${rnd() < 0.5 ? " Refund team" : ""},`,
    "",
    `${pick(claims)}${ref}`,
    `I paid ${amount} for it.${rnd() < 0.3 ? " Please refund." : ""}`,
    paymentSentence(),
    "",
    rnd() < 0.5
      ? `Ticket note #${i}: sent from my phone, sorry for typos.`
      : `Reference for my records: case ${i}.`,
    "",
    `Best regards,\n${a?.name ?? `${pick(FIRST)} ${pick(LAST)}`}`,
  ];
  if (rnd() < 0.25)
    lines.push(
      "",
      "> On Mon, someone wrote:",
      "> previous message quoted here",
      "> more quoted text",
    );
  return lines.join("\n");
}

function eml(headers: Record<string, string>, body: string): Buffer {
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  return Buffer.from(
    `${head}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body.replace(/\n/g, "\r\n")}\r\n`,
  );
}

/** N distinct emails: mostly new requests from known and unknown senders, some replies threading onto earlier ones. */
function generateEmails(n: number, accounts: Account[]): Array<{ raw: Buffer; receivedAt: Date }> {
  const out: Array<{ raw: Buffer; receivedAt: Date }> = [];
  const start = Date.parse("2026-03-02T08:00:00Z");
  const sent: Array<{ messageId: string; from: string; subject: string }> = [];
  for (let i = 0; i < n; i++) {
    const receivedAt = new Date(start + i * 17_000);
    const date = new Date(receivedAt.getTime() - 5_000).toUTCString();
    const messageId = `bench-${i}-${Math.floor(rnd() * 1e9).toString(36)}@mail.example.com`;
    if (sent.length > 10 && rnd() < 0.12) {
      const parent = sent[Math.floor(rnd() * sent.length)]!;
      const body = `Hi,\n\nfollowing up on my request. ${paymentSentence() || "Any news?"}\n\nThanks`;
      out.push({
        raw: eml(
          {
            From: parent.from,
            To: "refunds@refund-desk.test",
            Subject: `Re: ${parent.subject}`,
            Date: date,
            "Message-ID": `<${messageId}>`,
            "In-Reply-To": `<${parent.messageId}>`,
            References: `<${parent.messageId}>`,
          },
          body,
        ),
        receivedAt,
      });
      continue;
    }
    const known = rnd() < 0.7 ? accounts[Math.floor(rnd() * accounts.length)]! : null;
    const order = known ? pick(known.orders) : null;
    const from = known
      ? `${known.name} <${known.email}>`
      : `${pick(FIRST)} ${pick(LAST)} <user${i}@example.org>`;
    const subject =
      pick([
        "Refund request",
        "Number not working",
        "Please refund",
        "Money back",
        "Problem with my order",
      ]) + ` ${i}`;
    out.push({
      raw: eml(
        {
          From: from,
          To: "Refunds <refunds@refund-desk.test>",
          Subject: subject,
          Date: date,
          "Message-ID": `<${messageId}>`,
        },
        bodyFor(i, known, order),
      ),
      receivedAt,
    });
    sent.push({ messageId, from, subject });
  }
  return out;
}

async function seedAccounts(db: Db): Promise<Account[]> {
  const accounts: Account[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    accounts.push({
      email: `customer${i}@example.com`,
      name,
      orders: [0, 1].map((k) => ({ ref: `ORD-${300000 + i * 2 + k}`, phone: phoneOf(i * 2 + k) })),
    });
  }
  const rows = await db
    .insert(customers)
    .values(
      accounts.map((a, i) => ({
        accountRef: `ACC-${50000 + i}`,
        email: a.email,
        name: a.name,
        currency: "USD",
      })),
    )
    .returning({ id: customers.id });
  await db.insert(orders).values(
    accounts.flatMap((a, i) =>
      a.orders.map((o, k) => ({
        ref: o.ref,
        customerId: rows[i]!.id,
        kind: k === 0 ? ("rented_number" as const) : ("disposable_number" as const),
        serviceName: "Rented number",
        phoneNumber: o.phone,
        paidMinor: 1999,
        currency: "USD",
        periodStart: new Date("2026-02-15T00:00:00Z"),
        periodEnd: new Date("2026-03-15T00:00:00Z"),
      })),
    ),
  );
  return accounts;
}

/** The role the pipeline runs as, as in the app (null: the owner, when DATABASE_URL comes without APP_DATABASE_URL). */
type AppLogin = { user: string; password: string } | null;

/** A PostgreSQL server to bench on: a throwaway embedded one, or the server named by DATABASE_URL. */
async function openServer(): Promise<{
  adminUrl: string;
  app: AppLogin;
  close: () => Promise<void>;
}> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const appUrl = process.env.APP_DATABASE_URL;
    const app = appUrl
      ? { user: roleOf(appUrl), password: decodeURIComponent(new URL(appUrl).password) }
      : null;
    return { adminUrl: external, app, close: async () => undefined };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-bench-"));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    database: "refund_desk_bench",
    persistent: false,
  });
  const app = { user: EMBEDDED_APP_ROLE, password: randomBytes(18).toString("base64url") };
  const admin = postgres(server.url, { max: 1, onnotice: () => undefined });
  await ensureAppRole(admin, app.user, app.password).finally(() => admin.end());
  return {
    adminUrl: server.url,
    app,
    close: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database on that server for one pass (dropped afterwards). */
async function openDatabase(
  adminUrl: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const name = `rd_bench_${Date.now()}_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    close: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** CPU-only stages on a sample, to see where the time goes besides the database. */
async function timeStages(sample: Array<{ raw: Buffer }>): Promise<Record<string, number>> {
  const per = (ms: number) => Math.round((ms / sample.length) * 1000) / 1000;
  let t = performance.now();
  for (const e of sample) dedupeKeyOf(e.raw);
  const dedupe = performance.now() - t;
  const parsed = [];
  t = performance.now();
  for (const e of sample)
    parsed.push(await parseEmail(e.raw, { ownAddresses: ["refunds@refund-desk.test"] }));
  const parse = performance.now() - t;
  t = performance.now();
  for (const p of parsed) extractRequest(p);
  const extract = performance.now() - t;
  return {
    dedupeMsPerEmail: per(dedupe),
    parseMsPerEmail: per(parse),
    extractMsPerEmail: per(extract),
  };
}

/**
 * CPU time (ms) used so far by every process named "postgres" on this machine (Linux /proc), to
 * show how the work splits between Node and the database. Backends that exit take their time
 * with them, so read it while the pass's connections are still open. null where /proc is absent.
 */
function postgresCpuMs(): number | null {
  if (!fs.existsSync("/proc/self/stat")) return null;
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let total = 0;
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, close) !== "postgres") continue;
      const fields = stat.slice(close + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick; // utime, stime
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

type Window = {
  upTo: number;
  emailsPerSec: number;
  rssMb: number;
  heapUsedMb: number;
  peakRssMb: number;
  peakHeapMb: number;
};
type PassResult = {
  concurrency: number;
  elapsedMs: number;
  emailsPerSec: number;
  cpuMsPerEmail: number;
  postgresCpuMsPerEmail: number | null;
  outcomes: Record<string, number>;
  windows: Window[];
  memory: {
    baselineRssMb: number;
    baselineHeapMb: number;
    peakRssMb: number;
    peakHeapMb: number;
    checkpoints: Record<string, { peakRssMb: number; peakHeapMb: number }>;
    heapGrowthFirstToLastWindowMb: number;
  };
};

/**
 * One measured pass on a fresh database: seed, generate, warm up, then push
 * COUNT emails through ingestEmail with `concurrency` workers (1 = one
 * sequential stream). Each email goes through the full pipeline.
 */
async function runPass(adminUrl: string, app: AppLogin, concurrency: number): Promise<PassResult> {
  const database = await openDatabase(adminUrl);
  let handle: ReturnType<typeof createDb> | undefined;
  try {
    await runMigrations(database.url, { appRole: app?.user ?? null });
    const url = app ? urlAs(database.url, app.user, app.password) : database.url;
    process.env.DATABASE_URL = url;
    resetEnvCache();
    handle = createDb(url, Math.max(2, concurrency + 1));
    const db = handle.db;
    state = 0x2545f491; // same corpus in every pass
    const accounts = await seedAccounts(db);
    const tGen = performance.now();
    const emails = generateEmails(COUNT, accounts);
    const genMs = performance.now() - tGen;
    const totalBytes = emails.reduce((s, e) => s + e.raw.length, 0);
    console.log(
      `[concurrency ${concurrency}] generated ${COUNT} emails (${MB(totalBytes)} MB, avg ${Math.round(totalBytes / COUNT)} B) in ${Math.round(genMs)} ms; ${CUSTOMERS} customers, ${CUSTOMERS * 2} orders`,
    );

    // Warm-up outside the measurement (JIT, connection, prepared statements) on separate emails.
    const warm = generateEmails(50, accounts).map((e, i) => ({
      ...e,
      raw: Buffer.from(e.raw.toString().replace(/Message-ID: <bench-/, `Message-ID: <warm${i}-`)),
    }));
    for (const e of warm)
      await ingestEmail(db, { raw: e.raw, channel: "cli", receivedAt: e.receivedAt });

    global.gc?.();
    const base = process.memoryUsage();
    const outcomes: Record<string, number> = {};
    const windows: Window[] = [];
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    let winPeakRss = 0;
    let winPeakHeap = 0;
    const checkpoints: Record<string, { peakRssMb: number; peakHeapMb: number }> = {};
    const cpu0 = process.cpuUsage();
    const pg0 = postgresCpuMs();
    const start = performance.now();
    let winStart = start;
    let done = 0;
    const completed = (kind: string) => {
      outcomes[kind] = (outcomes[kind] ?? 0) + 1;
      const n = ++done;
      if (n % SAMPLE_EVERY === 0 || n === emails.length) {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
        winPeakRss = Math.max(winPeakRss, m.rss);
        winPeakHeap = Math.max(winPeakHeap, m.heapUsed);
        if (n === 1000 || n === 5000 || n === 10_000 || n === emails.length)
          checkpoints[String(n)] = { peakRssMb: MB(peakRss), peakHeapMb: MB(peakHeap) };
      }
      if (n % WINDOW === 0 || n === emails.length) {
        const now = performance.now();
        const size = n % WINDOW === 0 ? WINDOW : n % WINDOW;
        const m = process.memoryUsage();
        const w = {
          upTo: n,
          emailsPerSec: Math.round((size / (now - winStart)) * 1000 * 10) / 10,
          rssMb: MB(m.rss),
          heapUsedMb: MB(m.heapUsed),
          peakRssMb: MB(winPeakRss),
          peakHeapMb: MB(winPeakHeap),
        };
        windows.push(w);
        console.log(
          `  ${String(n).padStart(6)} emails  ${String(w.emailsPerSec).padStart(7)} emails/s  rss ${w.rssMb} MB (window peak ${w.peakRssMb})  heap ${w.heapUsedMb} MB (window peak ${w.peakHeapMb})`,
        );
        winStart = now;
        winPeakRss = 0;
        winPeakHeap = 0;
      }
    };
    let next = 0;
    const worker = async () => {
      while (next < emails.length) {
        const e = emails[next++]!;
        const r = await ingestEmail(db, { raw: e.raw, channel: "cli", receivedAt: e.receivedAt });
        completed(r.duplicate ? "duplicate" : (r.outcome?.kind ?? "none"));
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsedMs = performance.now() - start;
    const cpu = process.cpuUsage(cpu0);
    const pg1 = postgresCpuMs();
    const postgresCpuMsPerEmail =
      pg0 !== null && pg1 !== null ? Math.round(((pg1 - pg0) / COUNT) * 100) / 100 : null;
    const overall = Math.round((COUNT / elapsedMs) * 1000 * 10) / 10;
    const firstW = windows[0];
    const lastW = windows[windows.length - 1];
    const cpuMsPerEmail = Math.round(((cpu.user + cpu.system) / 1000 / COUNT) * 100) / 100;
    console.log(
      `[concurrency ${concurrency}] overall: ${overall} emails/s over ${COUNT} emails in ${Math.round(elapsedMs)} ms; Node CPU ${cpuMsPerEmail} ms/email, PostgreSQL CPU ${postgresCpuMsPerEmail ?? "?"} ms/email (target ≥ 200: ${overall >= 200 ? "met" : "NOT met"})`,
    );
    console.log(
      `[concurrency ${concurrency}] memory: baseline rss ${MB(base.rss)} MB heap ${MB(base.heapUsed)} MB; peak rss ${MB(peakRss)} MB heap ${MB(peakHeap)} MB`,
    );
    return {
      concurrency,
      elapsedMs: Math.round(elapsedMs),
      emailsPerSec: overall,
      cpuMsPerEmail,
      postgresCpuMsPerEmail,
      outcomes,
      windows,
      memory: {
        baselineRssMb: MB(base.rss),
        baselineHeapMb: MB(base.heapUsed),
        peakRssMb: MB(peakRss),
        peakHeapMb: MB(peakHeap),
        checkpoints,
        heapGrowthFirstToLastWindowMb:
          firstW && lastW ? Math.round((lastW.heapUsedMb - firstW.heapUsedMb) * 10) / 10 : 0,
      },
    };
  } finally {
    await handle?.sql.end();
    await database.close();
  }
}

async function main(): Promise<void> {
  process.env.PAYMENT_DETAILS_KEY ??= randomBytes(32).toString("base64");
  const server = await openServer();
  let sequential: PassResult;
  let concurrent: PassResult | undefined;
  try {
    sequential = await runPass(server.adminUrl, server.app, 1);
    concurrent =
      CONCURRENCY > 1 ? await runPass(server.adminUrl, server.app, CONCURRENCY) : undefined;
  } finally {
    await server.close();
  }
  let stages: Record<string, number> | undefined;
  if (STAGES) {
    state = 0x2545f491;
    const fake: Account[] = [
      {
        email: "customer0@example.com",
        name: "Anna Kowalski",
        orders: [{ ref: "ORD-300000", phone: phoneOf(0) }],
      },
    ];
    stages = await timeStages(generateEmails(Math.min(1000, COUNT), fake));
    console.log(`CPU stages (per email, ${Math.min(1000, COUNT)}-email sample):`, stages);
  }
  const slim = (p: PassResult) => ({
    concurrency: p.concurrency,
    elapsedMs: p.elapsedMs,
    emailsPerSec: p.emailsPerSec,
    cpuMsPerEmail: p.cpuMsPerEmail,
    postgresCpuMsPerEmail: p.postgresCpuMsPerEmail,
    outcomes: p.outcomes,
    windows: p.windows.map((w) => ({
      upTo: w.upTo,
      emailsPerSec: w.emailsPerSec,
      peakRssMb: w.peakRssMb,
      peakHeapMb: w.peakHeapMb,
    })),
    memory: p.memory,
  });
  console.log(
    JSON.stringify({
      bench: "ingest",
      count: COUNT,
      emailsPerSecond: sequential.emailsPerSec,
      emailsPerSecondConcurrent: concurrent?.emailsPerSec ?? null,
      concurrency: concurrent?.concurrency ?? 1,
      targetMet: {
        sequential: sequential.emailsPerSec >= 200,
        concurrent: concurrent ? concurrent.emailsPerSec >= 200 : null,
      },
      windowRates: sequential.windows.map((w) => ({ upTo: w.upTo, emailsPerSec: w.emailsPerSec })),
      windowRatesConcurrent:
        concurrent?.windows.map((w) => ({ upTo: w.upTo, emailsPerSec: w.emailsPerSec })) ?? null,
      peakMemory: sequential.memory.checkpoints,
      peakMemoryConcurrent: concurrent?.memory.checkpoints ?? null,
      sequential: slim(sequential),
      concurrent: concurrent ? slim(concurrent) : null,
      stages,
      node: process.version,
      cpus: os.cpus().length,
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
