import type { Db } from "../../db/client";
import { seedDemo } from "../../db/seed/seed-demo";

/** Demo data for a fresh database: accounts, orders, outages, SMS logs and the demo sign-ins. */
export async function seedFirstStart(db: Db, log: (line: string) => void): Promise<void> {
  const summary = await seedDemo(db, { now: new Date() });
  log(`Demo data loaded: ${JSON.stringify(summary)}`);
}
