// A worker thread of the production server (scripts/serve.ts) that checkpoints the embedded database's WAL into
// the database file, so the app's own connection never does: with SQLite's automatic checkpoint, every ~1,000
// pages one autosave commit also copied the WAL into the database and fsynced it, on the event loop, in the
// middle of a request (the autosave bench's tail; decision 46). The app's connection runs with
// wal_autocheckpoint = 0 when BRIDGE_SQLITE_CHECKPOINTS=background (lib/db/adapter.ts), which serve.ts sets
// once this worker has said "ready" (it has opened the database). PASSIVE never waits for readers or writers:
// what it cannot copy now, it copies next time.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { file, intervalMs } = workerData;
const db = new Database(file, { fileMustExist: true });
db.pragma("synchronous = FULL"); // the copy into the database file is fsynced before the WAL is reused
db.pragma("busy_timeout = 0");
parentPort?.postMessage("ready");
setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    // another checkpoint (another process) holds it: next time
  }
}, intervalMs);
