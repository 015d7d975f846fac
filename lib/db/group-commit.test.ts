import { describe, expect, it } from "vitest";
import { groupCommitter } from "./group-commit";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("groupCommitter", () => {
  it("commits what arrives in one turn together, and what arrives during a commit in the next batch", async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const committer = groupCommitter<number, number>({
      maxBatch: 100,
      commit: async (jobs) => {
        batches.push(jobs);
        if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return jobs.map((j) => j * 10);
      },
    });
    const first = [1, 2, 3].map((n) => committer.add(n));
    await tick();
    expect(batches).toEqual([[1, 2, 3]]);
    const second = [4, 5].map((n) => committer.add(n)); // while the first commit is under way
    await tick();
    expect(batches).toHaveLength(1);
    release();
    expect(await Promise.all(first)).toEqual([10, 20, 30]);
    expect(await Promise.all(second)).toEqual([40, 50]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
    expect(committer.stats()).toEqual({ batches: 2, jobs: 5, largest: 3 });
  });

  it("answers nobody before the commit holding their job has finished", async () => {
    let committed = false;
    const committer = groupCommitter<number, boolean>({
      maxBatch: 10,
      commit: async (jobs) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        committed = true;
        return jobs.map(() => committed);
      },
    });
    expect(await committer.add(1)).toBe(true);
  });

  it("splits a queue longer than maxBatch", async () => {
    const sizes: number[] = [];
    const committer = groupCommitter<number, number>({ maxBatch: 4, commit: async (jobs) => (sizes.push(jobs.length), jobs) });
    expect(await Promise.all(Array.from({ length: 10 }, (_, i) => committer.add(i)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sizes).toEqual([4, 4, 2]);
  });

  it("a failing batch is retried job by job: only the bad job fails", async () => {
    const committer = groupCommitter<number, number>({
      maxBatch: 10,
      commit: async (jobs) => {
        if (jobs.includes(13)) throw new Error("bad row");
        return jobs;
      },
    });
    const results = await Promise.allSettled([1, 13, 2].map((n) => committer.add(n)));
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error("bad row"));
    // and the committer goes on
    expect(await committer.add(7)).toBe(7);
  });

  it("an unavailable database fails the whole batch at once, without retrying each job", async () => {
    let commits = 0;
    const committer = groupCommitter<number, number>({
      maxBatch: 10,
      commit: async () => {
        commits++;
        throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
      },
    });
    const results = await Promise.allSettled([1, 2, 3].map((n) => committer.add(n)));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(commits).toBe(1);
  });
});
