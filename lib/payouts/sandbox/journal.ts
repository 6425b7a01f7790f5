import fs from "node:fs";
import path from "node:path";

/**
 * An append-only JSONL file. append() resolves only once its lines are on
 * disk (write + fdatasync); lines waiting while a sync runs go out together
 * in the next one (group commit), so parallel callers share a sync.
 */
export type Journal = {
  append(records: object[]): Promise<void>;
  close(): Promise<void>;
};

type Waiter = { text: string; resolve: () => void; reject: (e: unknown) => void };

/**
 * Opens (creating) the journal and returns every record in it. A last line
 * without its newline is a write cut off by a crash, never acknowledged: it
 * is cut away. Any other unreadable line means the file was damaged: refuse.
 */
export async function openJournal(file: string): Promise<{ journal: Journal; records: unknown[] }> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existed = fs.existsSync(file);
  const text = existed ? fs.readFileSync(file, "utf8") : "";
  const end = text.lastIndexOf("\n") + 1;
  if (end < text.length) fs.truncateSync(file, Buffer.byteLength(text.slice(0, end)));
  const records = text
    .slice(0, end)
    .split("\n")
    .slice(0, -1)
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new Error(`${file}: line ${i + 1} is not JSON; the journal is damaged`);
      }
    });
  const fh = await fs.promises.open(file, "a");
  if (!existed) {
    // The new file's directory entry must be durable too, or a crash can lose the whole file.
    const dir = await fs.promises.open(path.dirname(file), "r");
    await dir.sync().finally(() => dir.close());
  }

  let queue: Waiter[] = [];
  let writing: Promise<void> | null = null;
  let broken: unknown = null;

  async function drain(): Promise<void> {
    // Yield first, so `writing` is set before this can finish and clear it.
    await Promise.resolve();
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        if (broken) throw broken;
        await fh.appendFile(batch.map((w) => w.text).join(""));
        await fh.datasync();
        for (const w of batch) w.resolve();
      } catch (err) {
        // After a failed write the file may end in a partial line: stop appending, so that
        // line stays the last one and the next start cuts it away.
        broken ??= err;
        for (const w of batch) w.reject(err);
      }
    }
    writing = null;
  }

  const journal: Journal = {
    append(recs) {
      if (broken) return Promise.reject(broken);
      const done = new Promise<void>((resolve, reject) => {
        queue.push({ text: recs.map((r) => `${JSON.stringify(r)}\n`).join(""), resolve, reject });
      });
      writing ??= drain();
      return done;
    },
    async close() {
      await writing;
      broken ??= new Error("journal closed");
      await fh.close();
    },
  };
  return { journal, records };
}
