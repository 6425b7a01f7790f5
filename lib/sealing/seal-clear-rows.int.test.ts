import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { findFullPaymentNumbers } from "@/lib/ingest/find-full-payment-numbers";
import { setPipelineEnv } from "@/lib/requests/test-support/pipeline-env";
import { sealingKeyring } from "./keyring-from-env";
import { openStoredBytes, openStoredText } from "./open-sealed";
import { sealClearRows } from "./rotate-keys";
import { describeFindings, scanPlaintext } from "./scan-plaintext";

const CARD = "4111 1111 1111 1111";
const IBAN = "DE89 3704 0044 0532 0130 00";
const RAW = Buffer.concat([
  Buffer.from(
    `From: Old <old@example.com>\r\nSubject: Refund to ${CARD}\r\nMessage-ID: <old-1@example.com>\r\n\r\nPlease refund to my card ${CARD} or IBAN ${IBAN}.\r\n`,
  ),
  Buffer.from([0xe9, 0x00, 0xff]),
]);
const TEXT = `Please refund to my card ${CARD} or IBAN ${IBAN}.`;
const HTML = `<p>Please refund to my card <b>4111</b> 1111 1111 1111 or IBAN ${IBAN}.</p>`;
const REASON = `Please refund to my card ${CARD}.`;
const ERROR = `Failed query: update "inbound_emails" set "body_text" = $1\nparams: ${TEXT}`;

/** The committed migrations up to and including `last`, in a folder of their own. */
function migrationsUpTo(last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-migrations-"));
  const src = path.join(process.cwd(), "db", "migrations");
  const journal = JSON.parse(fs.readFileSync(path.join(src, "meta", "_journal.json"), "utf8")) as {
    entries: Array<{ idx: number; tag: string }>;
  };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  fs.mkdirSync(path.join(dir, "meta"));
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  for (const e of journal.entries)
    fs.copyFileSync(path.join(src, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

describe("sealing a database from before sealing (migration 0021 and the seal step)", () => {
  const name = `rd_seal_${Date.now()}_${process.pid}`;
  const owner = new URL(inject("ownerDatabaseUrl"));
  owner.pathname = `/${name}`;
  const admin = postgres(inject("ownerDatabaseUrl"), { max: 1, onnotice: () => undefined });
  let handle: ReturnType<typeof createDb>;

  beforeAll(async () => {
    setPipelineEnv();
    await admin.unsafe(`CREATE DATABASE ${name}`);
    // The schema as it was before sealing, and rows written the way that release wrote them.
    const old = postgres(owner.toString(), { max: 1, onnotice: () => undefined });
    await migrate(drizzle(old), { migrationsFolder: migrationsUpTo(20) });
    const [req] = await old`
      INSERT INTO refund_requests (ref, status, from_address, subject, reason_text, received_at)
      VALUES ('RR-2026-000001', 'to_review', 'old@example.com', ${`Refund to ${CARD}`}, ${REASON}, now())
      RETURNING id`;
    const [email] = await old`
      INSERT INTO inbound_emails (channel, raw, size_bytes, sha256, dedupe_key, subject, body_text, body_html,
        state, request_id, last_error, quarantine_detail)
      VALUES ('upload', ${RAW}, ${RAW.length}, 'x', 'mid:old-1@example.com', ${`Refund to ${CARD}`}, ${TEXT}, ${HTML},
        'processed', ${req!.id}, ${ERROR}, ${ERROR})
      RETURNING id`;
    await old`INSERT INTO email_attachments (email_id, filename, content_type, size_bytes, sha256, content)
      VALUES (${email!.id}, 'card.txt', 'text/plain', 19, 'y', ${Buffer.from(CARD)})`;
    await old.end();
    await runMigrations(owner.toString(), { appRole: null });
    handle = createDb(owner.toString(), 2);
  });
  afterAll(async () => {
    await handle?.sql.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("finds the rows in the clear after the migration, and none once the seal step ran; a second run finds nothing to do", async () => {
    const before = await scanPlaintext(handle.db);
    expect(new Set(before.map((f) => `${f.table}.${f.column}`))).toEqual(
      new Set([
        "inbound_emails.raw",
        "inbound_emails.subject",
        "inbound_emails.body_text",
        "inbound_emails.body_html",
        "inbound_emails.last_error",
        "inbound_emails.quarantine_detail",
        "email_attachments.content",
        "refund_requests.subject",
        "refund_requests.reason_text",
      ]),
    );
    expect(describeFindings(before)).not.toContain(CARD);

    const report = await sealClearRows(handle.db, sealingKeyring(), { batchSize: 1 });
    expect(report).toEqual({ inbound_emails: 1, email_attachments: 1 });
    expect(describeFindings(await scanPlaintext(handle.db))).toBe("");
    expect(await sealClearRows(handle.db, sealingKeyring())).toEqual({
      inbound_emails: 0,
      email_attachments: 0,
    });
  });

  it("keeps the message byte for byte and the bodies as sent, sealed; masked where shown", async () => {
    const [email] = await handle.sql`SELECT * FROM inbound_emails`;
    expect(email!.raw).toBeNull();
    expect(openStoredBytes({ sealed: email!.raw_sealed, clear: null }).equals(RAW)).toBe(true);
    expect(openStoredText(email!.body_text_sealed)).toBe(TEXT);
    expect(openStoredText(email!.body_html_sealed)).toBe(HTML);
    expect(email!.body_text).toBe(
      TEXT.replace(CARD, "•••• •••• •••• 1111").replace(IBAN, "•••• •••• •••• •••• ••30 00"),
    );
    expect(email!.body_html).toContain("<b>••••</b> •••• •••• 1111");
    expect(findFullPaymentNumbers(JSON.stringify(email))).toEqual([]);
    const [attachment] = await handle.sql`SELECT * FROM email_attachments`;
    expect(attachment!.content).toBeNull();
    expect(openStoredBytes({ sealed: attachment!.content_sealed, clear: null }).toString()).toBe(
      CARD,
    );
    const [request] = await handle.sql`SELECT subject, reason_text FROM refund_requests`;
    expect(request).toEqual({
      subject: "Refund to •••• •••• •••• 1111",
      reason_text: "Please refund to my card •••• •••• •••• 1111.",
    });
  });
});
