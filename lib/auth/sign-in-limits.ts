import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";

/** Failures allowed per IP and per account string inside the window; a locked account stays locked as long. */
export type SignInLimits = { perAccount: number; perIp: number; windowMinutes: number };

/** Outcome of counting one attempt: `allowed` false once the key is over its limit. */
export type Counted = { allowed: boolean; consumed: number; msLeft: number };

/** A node-postgres style statement (`$1`… placeholders) as drizzle SQL with the values bound. */
export function bindStatement(text: string, values: readonly unknown[] = []): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const m of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, m.index)), sql`${values[Number(m[1]) - 1]}`);
    last = m.index + m[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

/**
 * rate-limiter-flexible's PostgreSQL store speaks node-postgres (`query({ text, values })` →
 * `{ rows, rowCount }`); this runs its statements through drizzle on our connection pool.
 */
function storeClientOf(db: Db) {
  return {
    query: async (q: { text: string; values?: unknown[] }) => {
      const rows = await db.execute(bindStatement(q.text, q.values));
      return { rows, rowCount: rows.count };
    },
  };
}

export type Limiter = {
  /** Counts one attempt atomically (one INSERT … ON CONFLICT … RETURNING) and says whether it is within the limit. */
  count(key: string): Promise<Counted>;
  /** Gives back one attempt (a sign-in that succeeded). */
  refund(key: string): Promise<void>;
  /** Forgets the key (an unlocked account). */
  clear(key: string): Promise<void>;
};

function limiter(
  db: Db,
  keyPrefix: string,
  points: number,
  windowMinutes: number,
  prunes = false,
): Limiter {
  const rl = new RateLimiterPostgres({
    storeClient: storeClientOf(db),
    storeType: "client",
    tableName: "rate_limits",
    // The table comes from a migration; the library must not run DDL as the app.
    tableCreated: true,
    // Rows expired over an hour ago are deleted every 5 minutes by the library; one limiter
    // doing it covers the whole table.
    clearExpiredByTimeout: prunes,
    keyPrefix,
    points,
    duration: windowMinutes * 60,
  });
  return {
    async count(key) {
      try {
        const res = await rl.consume(key);
        return { allowed: true, consumed: res.consumedPoints, msLeft: res.msBeforeNext };
      } catch (err) {
        // Over the limit the library rejects with its result; anything else is a store failure.
        if (err instanceof RateLimiterRes)
          return { allowed: false, consumed: err.consumedPoints, msLeft: err.msBeforeNext };
        throw err;
      }
    },
    async refund(key) {
      await rl.reward(key, 1);
    },
    async clear(key) {
      await rl.delete(key);
    },
  };
}

type Limiters = { ip: Limiter; account: Limiter; invite: Limiter };
const cache = new WeakMap<Db, Map<string, Limiters>>();

/**
 * The limiters of one database handle, built once per limits (each RateLimiterPostgres keeps a
 * pruning timer). Keys: the client address for `ip` and `invite`, the lower-cased email for `account`.
 */
export function signInLimiters(db: Db, limits: SignInLimits): Limiters {
  const byLimits = cache.get(db) ?? new Map<string, Limiters>();
  cache.set(db, byLimits);
  const id = `${limits.perAccount}/${limits.perIp}/${limits.windowMinutes}`;
  let made = byLimits.get(id);
  if (!made) {
    made = {
      ip: limiter(db, "signin_ip", limits.perIp, limits.windowMinutes, true),
      account: limiter(db, "signin_account", limits.perAccount, limits.windowMinutes),
      // Invitation links: a token is 24 random bytes, but guessing still costs nothing without a limit.
      invite: limiter(db, "invite_ip", limits.perIp, limits.windowMinutes),
    };
    byLimits.set(id, made);
  }
  return made;
}

export const minutesOf = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));
