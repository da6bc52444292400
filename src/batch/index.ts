/**
 * A batch over many files: a pool of worker threads (piscina) sized to the cores reads them, the
 * records come out in the inputs' order, and at most a small window of files is in flight, so memory
 * stays bounded whatever the number of files. A progress bar goes to stderr, only on a terminal.
 */
import { availableParallelism } from 'node:os';
import { expandInputs } from './inputs.js';
import { failed, runTask, type Outcome, type Task } from './task.js';

/** Options of {@link runBatch}. */
export interface BatchOptions {
  /** Worker threads; 0 reads every file in the main thread. */
  workers: number;
  /** The task for one file. */
  task: (path: string) => Task;
  /** Called with each outcome, in the inputs' order; awaited (a full stdout pauses the batch). */
  emit: (outcome: Outcome) => Promise<void> | void;
  /** Called as files finish, for a progress bar: files done, failed, and the total when counted. */
  progress?: { start(total: number): void; update(done: number, failed: number): void; stop(): void };
}

/** What a batch did, for its summary line. */
export interface BatchStats {
  files: number;
  failed: number;
  /** Failures by error code. */
  codes: Record<string, number>;
  /** The exit code of the first failure (a file, or a question of it); 0 when none. */
  exitCode: number;
  workers: number;
  ms: number;
}

/** The number of worker threads by default: one per core. */
export const defaultWorkers = (): number => availableParallelism();

/** Run a batch over the inputs (files, directories, globs); see {@link BatchOptions}. */
export async function runBatch(inputs: string[], options: BatchOptions): Promise<BatchStats> {
  const t0 = performance.now();
  const stats: BatchStats = { files: 0, failed: 0, codes: {}, exitCode: 0, workers: options.workers, ms: 0 };
  let run: (task: Task) => Promise<Outcome> = runTask;
  let close = async () => {};
  if (options.workers > 0) {
    const { Piscina } = await import('piscina');
    const pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, minThreads: options.workers, maxThreads: options.workers, idleTimeout: 1000 });
    run = (task) => pool.run(task).catch((error: unknown) => failed(task.path, error, task.output));
    close = () => pool.destroy();
  }
  if (options.progress) {
    let total = 0;
    for await (const _ of expandInputs(inputs)) total++;
    options.progress.start(total);
  }
  // in flight, oldest first: each is printed once it and every one before it are done
  const window = Math.max(4, options.workers * 4);
  const pending: Array<Promise<Outcome>> = [];
  let done = 0;
  let failedSoFar = 0;
  const flush = async () => {
    const outcome = await pending.shift()!;
    stats.files++;
    if (outcome.error) {
      stats.failed++;
      stats.codes[outcome.error.code] = (stats.codes[outcome.error.code] ?? 0) + 1;
    }
    if (outcome.exitCode && !stats.exitCode) stats.exitCode = outcome.exitCode;
    await options.emit(outcome);
  };
  try {
    for await (const input of expandInputs(inputs)) {
      const task = options.task(input.path);
      const outcome = input.error ? Promise.resolve(failed(input.path, input.error, task.output)) : run(task);
      pending.push(outcome.then((o) => {
        if (o.error) failedSoFar++;
        options.progress?.update(++done, failedSoFar);
        return o;
      }));
      if (pending.length >= window) await flush();
    }
    while (pending.length) await flush();
  } finally {
    options.progress?.stop();
    await close();
  }
  stats.ms = performance.now() - t0;
  return stats;
}

/** The summary line of a batch: "49 files: 48 ok, 1 failed (EMPTY 1) in 3.2 s, 15.3 files/s, 2 workers". */
export function summaryOf(stats: BatchStats): string {
  const codes = Object.entries(stats.codes).map(([code, n]) => `${code} ${n}`).join(', ');
  const seconds = stats.ms / 1000;
  const rate = seconds > 0 ? stats.files / seconds : 0;
  const workers = stats.workers ? `${stats.workers} worker${stats.workers === 1 ? '' : 's'}` : 'in the main thread';
  return `${stats.files} file${stats.files === 1 ? '' : 's'}: ${stats.files - stats.failed} ok, ${stats.failed} failed${codes ? ` (${codes})` : ''} in ${seconds.toFixed(1)} s, ${rate.toFixed(1)} files/s, ${workers}`;
}
