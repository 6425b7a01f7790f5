import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverActionExportProblems } from "@/test-support/server-action-exports";

const projectRoot = path.join(__dirname, "..", "..");
const sources = ["app", "lib"].flatMap((dir) =>
  fs
    .readdirSync(path.join(projectRoot, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f)),
);
const useServer = sources.filter((f) =>
  /^\s*["']use server["']/.test(fs.readFileSync(path.join(projectRoot, f), "utf8")),
);

const sound = `"use server";
import { action } from "@/lib/server/action";
const schema = z.object({});
export const doThingAction = action({ name: "t", schema, permission: "queue.read" }, async () => 1);
`;

describe('"use server" modules export only actions built by action()', () => {
  it("finds the action modules, wherever they are", () => {
    expect(useServer.filter((f) => f.startsWith(path.join("app", "actions")))).toHaveLength(
      fs
        .readdirSync(path.join(projectRoot, "app", "actions"), {
          recursive: true,
          encoding: "utf8",
        })
        .filter((f) => f.endsWith("-action.ts")).length,
    );
  });

  for (const f of useServer)
    it(f, () => {
      expect(
        serverActionExportProblems(fs.readFileSync(path.join(projectRoot, f), "utf8"), f),
      ).toEqual([]);
    });

  it("passes a sound module, exported types included", () => {
    expect(serverActionExportProblems(sound)).toEqual([]);
    const typed = `${sound}export type Result = { n: number };\nexport type { Other } from "./other";\n`;
    expect(serverActionExportProblems(typed)).toEqual([]);
  });

  it.each([
    ["an exported function", "export async function deleteEverything() {}"],
    ["a const not built by action()", "export const rawAction = async () => 1;"],
    ["a wrapper of another name", "export const sneakyAction = otherWrapper({}, async () => 1);"],
    ["a let", "export let laterAction = action({}, async () => 1);"],
    ["a re-export", 'export { helper } from "./helper";'],
    ["a star re-export", 'export * from "./helper";'],
    ["a default export", "export default action({}, async () => 1);"],
    ["a class", "export class Thing {}"],
    ["an action not named …Action", "export const remove = action({}, async () => 1);"],
  ])("flags %s", (_label, line) => {
    expect(serverActionExportProblems(sound + line + "\n").length).toBeGreaterThan(0);
  });

  it('flags a module without "use server" first, and one exporting nothing', () => {
    expect(serverActionExportProblems(sound.replace('"use server";', ""))).not.toEqual([]);
    expect(serverActionExportProblems('"use server";\nconst x = 1;\n')).toEqual([
      "exports no action",
    ]);
  });
});
