import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openJournal } from "./journal";

const dirs: string[] = [];
const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rd-journal-"));
  dirs.push(dir);
  return path.join(dir, "sub", "refunds.jsonl");
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("openJournal", () => {
  it("appends records that a later open reads back in order, parallel appends included", async () => {
    const file = tempFile();
    const { journal, records } = await openJournal(file);
    expect(records).toEqual([]);
    await Promise.all(Array.from({ length: 20 }, (_, i) => journal.append([{ i }])));
    await journal.append([{ a: 1 }, { b: 2 }]);
    await journal.close();
    const again = await openJournal(file);
    expect(again.records).toHaveLength(22);
    expect(again.records.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => ({ i })));
    expect(again.records.slice(20)).toEqual([{ a: 1 }, { b: 2 }]);
    await again.journal.close();
  });

  it("cuts away a last line torn by a crash, and appends after it cleanly", async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"n":1}\n{"n":2}\n{"n":3,"half');
    const { journal, records } = await openJournal(file);
    expect(records).toEqual([{ n: 1 }, { n: 2 }]);
    await journal.append([{ n: 4 }]);
    await journal.close();
    expect(fs.readFileSync(file, "utf8")).toBe('{"n":1}\n{"n":2}\n{"n":4}\n');
  });

  it("refuses to open a journal damaged before its last line", async () => {
    const file = tempFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"n":1}\nnot json\n{"n":3}\n');
    await expect(openJournal(file)).rejects.toThrow(/line 2 is not JSON/);
  });

  it("refuses appends after close", async () => {
    const { journal } = await openJournal(tempFile());
    await journal.close();
    await expect(journal.append([{ late: true }])).rejects.toThrow(/closed/);
  });
});
