import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(__dirname);
const files = fs
  .readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

// Next refuses at run time any "use server" module exporting a non-function (a zod schema, a constant):
// every action breaks. Each file must export only actions built by `action(...)`.
describe("server action modules", () => {
  it("exist", () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    it(`${f} is a "use server" module exporting only actions built by the wrapper`, () => {
      const src = fs.readFileSync(path.join(root, f), "utf8");
      expect(src.startsWith('"use server";')).toBe(true);
      const exported = [
        ...src.matchAll(/^export (?:const|let|var|function|async function|class) (\w+)/gm),
      ].map((m) => m[1]);
      expect(exported.length).toBeGreaterThan(0);
      for (const name of exported) expect(name).toMatch(/Action$/);
      for (const name of exported)
        expect(src).toMatch(new RegExp(`export const ${name} = action\\(`));
    });
  }
});
