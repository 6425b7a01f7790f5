import fs from "node:fs";
import path from "node:path";

// drizzle-orm tags its classes with Symbol.for("drizzle:…") names, which survive minification.
const DRIZZLE_MARK = /drizzle:(entityKind|Name|isPgEnum|hasOwnEntityKind|Columns)/;

/** Client chunks of a `next build` (files under .next/static/chunks) that carry drizzle-orm code. */
export function chunksWithDrizzle(buildDir = path.join(process.cwd(), ".next")): string[] {
  const dir = path.join(buildDir, "static", "chunks");
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .filter((f) => DRIZZLE_MARK.test(fs.readFileSync(path.join(dir, f), "utf8")));
}

/** Whether a chunk's text carries drizzle-orm code (exported for the detector's own test). */
export const hasDrizzle = (chunk: string) => DRIZZLE_MARK.test(chunk);
