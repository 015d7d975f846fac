// Group commit: writes that arrive while another batch is being committed wait for it and then go to the
// database together, in one statement and so one transaction and one fsync. A lone write goes at once (on the
// next turn of the event loop, with whatever else arrived in the same turn); under load the batches grow by
// themselves, and every caller is answered only after the commit that holds its write. Used by autosave on
// SQLite (lib/data/answer-upsert.ts), where every commit's fsync (synchronous=FULL) ran on the event loop once
// per answer: the tail of the autosave bench (decision 46).
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export interface GroupCommitOptions<J, R> {
  /** Commits a batch; returns one result per job, in order. */
  commit: (jobs: J[]) => Promise<R[]>;
  /** At most this many jobs per batch. */
  maxBatch: number;
}

export interface GroupCommitter<J, R> {
  /** Queues the job; settles once the batch holding it has been committed (or has failed). */
  add: (job: J) => Promise<R>;
  /** Batches committed so far, and the jobs in them (for the tests and the bench). */
  stats: () => { batches: number; jobs: number; largest: number };
}

interface Queued<J, R> {
  job: J;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export function groupCommitter<J, R>({ commit, maxBatch }: GroupCommitOptions<J, R>): GroupCommitter<J, R> {
  let queue: Queued<J, R>[] = [];
  let busy = false;
  const counts = { batches: 0, jobs: 0, largest: 0 };

  const run = async () => {
    busy = true;
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      counts.batches++;
      counts.jobs += batch.length;
      counts.largest = Math.max(counts.largest, batch.length);
      await settle(batch);
    }
    busy = false;
  };

  /**
   * One commit for the batch; if it fails, each job alone, so one bad write cannot fail the others. Not when the
   * database is unavailable: every job would wait out its own timeout in turn, so the whole batch fails at once
   * (autosave keeps the answers and retries).
   */
  const settle = async (batch: Queued<J, R>[]) => {
    try {
      const results = await commit(batch.map((q) => q.job));
      batch.forEach((q, i) => q.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1 || isDatabaseUnavailable(error)) return batch.forEach((q) => q.reject(error));
      for (const q of batch) {
        try {
          q.resolve((await commit([q.job]))[0]!);
        } catch (alone) {
          q.reject(alone);
        }
      }
    }
  };

  return {
    add: (job) =>
      new Promise<R>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        if (!busy) {
          busy = true; // the batch starts on the next turn, with everything that arrives in this one
          setImmediate(() => void run());
        }
      }),
    stats: () => ({ ...counts }),
  };
}
