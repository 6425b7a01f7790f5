import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type Presence = {
  requestId: string;
  userId: string;
  name: string;
  state: "viewing" | "left";
};

/** Tells every live stream (every server process) that someone has a request open, or left it. */
export async function announcePresence(db: Db, p: Presence): Promise<void> {
  await db.execute(sql`SELECT pg_notify('request_presence', ${JSON.stringify(p)})`);
}
