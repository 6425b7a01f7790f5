import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../embedded";
import { runMigrations } from "../migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Integration tests run on real PostgreSQL: a throwaway embedded server, or a
 * fresh database on the server named by DATABASE_URL (dropped afterwards).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = `rd_test_${Date.now()}_${process.pid}`;
    const admin = postgres(external, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    await runMigrations(url.toString());
    project.provide("databaseUrl", url.toString());
    return async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-int-"));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    database: "refund_desk_test",
    persistent: false,
  });
  await runMigrations(server.url);
  project.provide("databaseUrl", server.url);
  return async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
