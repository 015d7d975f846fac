// Loaded into the server process by the SQLite fault drill (node --import, before scripts/serve.ts): every 200 ms
// it writes the autosave group commit's counters (lib/data/answer-upsert.ts keeps its committer on globalThis as
// bridgeAnswerWrites) to $BENCH_GROUP_COMMIT_DIR/<pid>.json, so the drill can say whether the server batched saves,
// run by run, although every run ends with a SIGKILL (the last ≤ 200 ms of each run are not counted). Plain
// JavaScript: worker threads inherit the --import, and the WAL checkpointer's worker cannot load TypeScript.
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMainThread } from "node:worker_threads";

const dir = process.env.BENCH_GROUP_COMMIT_DIR;
if (dir && isMainThread) {
  const file = path.join(dir, `${process.pid}.json`);
  let last = "";
  setInterval(() => {
    const counts = JSON.stringify(globalThis.bridgeAnswerWrites?.stats() ?? null); // { batches, jobs, largest }
    if (counts === last) return;
    last = counts;
    writeFileSync(`${file}.tmp`, counts);
    renameSync(`${file}.tmp`, file); // the drill never reads half a file
  }, 200).unref();
}
