import type postgres from "postgres";

/**
 * Creates the app's login role on a server we administer (the embedded one, the test servers), or
 * sets its password again: no superuser, no role or database creation, no membership of the owner.
 * A DATABASE_URL deployment creates its role itself (README: Database roles).
 */
export async function ensureAppRole(
  sql: postgres.Sql,
  role: string,
  password: string,
): Promise<void> {
  const name = `"${role.replace(/"/g, '""')}"`;
  const literal = `'${password.replace(/'/g, "''")}'`;
  const [exists] = await sql`SELECT 1 FROM pg_roles WHERE rolname = ${role}`;
  const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
  await sql.unsafe(
    `${exists ? "ALTER" : "CREATE"} ROLE ${name} WITH ${attributes} PASSWORD ${literal}`,
  );
}

/** The same server and database as `url`, signed in as another role. */
export function urlAs(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** The role a connection string signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
