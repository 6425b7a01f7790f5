import type postgres from "postgres";
import { appPrivilegesOf, QUEUE_SCHEMA } from "./app-privileges";

/** pg-boss 11's schema version, the oldest pg-boss 12 migrates from. */
const OLDEST_MIGRATABLE_QUEUE_SCHEMA = 25;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Run by the owner after the migrations: gives the app role exactly the rights of
 * app-privileges.ts on every table (all at once, in one transaction), USAGE on the sequences,
 * the same by default on tables and sequences later migrations create, and the queue schema as
 * its own. Refuses a role that could act as the owner: a superuser, or a member of the owner.
 */
export async function grantAppRole(sql: postgres.Sql, role: string): Promise<void> {
  const [me] = await sql<{ user: string }[]>`SELECT current_user AS user`;
  const owner = me!.user;
  // No role of its own (APP_DATABASE_URL unset): the app runs as the owner, which has every right already.
  if (role === owner) return prepareQueueSchema(sql, role);
  const [r] = await sql<{ super: boolean; actsAsOwner: boolean }[]>`
    SELECT rolsuper AS super, pg_has_role(${role}, ${owner}, 'USAGE') AS "actsAsOwner"
    FROM pg_roles WHERE rolname = ${role}`;
  if (!r)
    throw new Error(`the app's database role "${role}" does not exist (README: Database roles)`);
  if (r.super || r.actsAsOwner)
    throw new Error(
      `the app's database role "${role}" is a superuser or can act as the owner "${owner}": ` +
        "it could rewrite the audit trail. Give the app a role of its own (README: Database roles).",
    );
  const tables = await sql<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`;
  const app = ident(role);
  await sql.begin(async (tx) => {
    await tx.unsafe(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await tx.unsafe(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
    for (const t of tables)
      await tx.unsafe(`GRANT ${appPrivilegesOf(t.name).join(", ")} ON ${ident(t.name)} TO ${app}`);
    await tx.unsafe(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`);
    await tx.unsafe(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    await tx.unsafe(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    );
    await tx.unsafe(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO ${app}`);
  });
  await prepareQueueSchema(sql, role);
}

/**
 * pg-boss creates its tables itself, and a table per queue as queues are made, so its schema
 * belongs to the app role (which owns nothing else). A queue schema owned by anyone else (left
 * from when the app ran as the owner), or too old for pg-boss 12 to migrate, is dropped once:
 * every job's work is found again from the application's tables (scheduled jobs are re-created
 * at start, replies and payouts due are found by their sweeps), job history is diagnostics only.
 */
export async function prepareQueueSchema(sql: postgres.Sql, role: string): Promise<void> {
  const [schema] = await sql<{ owner: string; versioned: boolean }[]>`
    SELECT pg_get_userbyid(nspowner) AS owner, to_regclass(${`${QUEUE_SCHEMA}.version`}) IS NOT NULL AS versioned
    FROM pg_namespace WHERE nspname = ${QUEUE_SCHEMA}`;
  let outdated = false;
  if (schema?.versioned) {
    const [row] = await sql.unsafe(`SELECT version FROM ${ident(QUEUE_SCHEMA)}.version LIMIT 1`);
    outdated = Number(row?.version ?? 0) < OLDEST_MIGRATABLE_QUEUE_SCHEMA;
  }
  if (schema && (schema.owner !== role || outdated))
    await sql.unsafe(`DROP SCHEMA ${ident(QUEUE_SCHEMA)} CASCADE`);
  await sql.unsafe(
    `CREATE SCHEMA IF NOT EXISTS ${ident(QUEUE_SCHEMA)} AUTHORIZATION ${ident(role)}`,
  );
}
