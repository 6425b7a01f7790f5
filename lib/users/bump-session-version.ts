import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";

export type BumpSessionVersionOptions = {
  userId: string;
  /** Only bump from this version (a sign-out by a token still live); omit to bump regardless. */
  from?: number;
};

/** Ends every session of the user issued so far: their tokens carry the old version. */
export async function bumpSessionVersion(db: Tx, opts: BumpSessionVersionOptions): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(
      and(
        eq(users.id, opts.userId),
        opts.from === undefined ? undefined : eq(users.sessionVersion, opts.from),
      ),
    );
}
