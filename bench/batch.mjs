#!/usr/bin/env node
/**
 * Benchmark: batch throughput of `tos-clauses extract <dir> --ndjson` (files per second, end to end:
 * start-up, the worker pool, reading, parsing, serialising) with 1 worker and with one per core, over
 * ../shared/corpus (or the directory given as the first argument) given REPEAT times (default 4, so
 * that start-up is not most of the time), and the peak memory (RSS) of the process over it once and
 * four times as many, to show memory stays bounded by the window in flight, not the number of files.
 * Run `npm run build` first; `npm run bench` runs this file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';

const dir = process.argv[2] ?? new URL('../../shared/corpus', import.meta.url).pathname;
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 3);
const repeat = Number(process.env.REPEAT ?? 4);
if (!existsSync(dir)) { console.error(`bench: ${dir}: no such directory (pass a directory of agreements)`); process.exit(3); }
if (!existsSync(cli)) { console.error('bench: dist/cli.js is missing: run `npm run build` first'); process.exit(3); }

/** Peak resident memory of a running process, in MB (Linux; undefined elsewhere). */
function peakOf(pid) {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch { return undefined; }
}

/** One run of the CLI: records written, seconds, peak RSS. */
function once(inputs, workers) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, 'extract', ...inputs, '--ndjson', '--quiet', '--workers', String(workers)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let records = 0;
    let peak;
    child.stdout.on('data', (chunk) => { for (const b of chunk) if (b === 10) records++; });
    const poll = setInterval(() => { peak = peakOf(child.pid) ?? peak; }, 20);
    child.on('error', reject);
    child.on('exit', () => { clearInterval(poll); resolve({ records, seconds: (performance.now() - t0) / 1000, peak }); });
  });
}

async function best(inputs, workers) {
  let top;
  for (let r = 0; r < rounds; r++) {
    const run = await once(inputs, workers);
    if (!top || run.seconds < top.seconds) top = { ...run, peak: Math.max(run.peak ?? 0, top?.peak ?? 0) || undefined };
  }
  return top;
}

const cores = availableParallelism();
const mb = (v) => (v === undefined ? '?' : `${v.toFixed(0)} MB`);
const inputs = Array(repeat).fill(dir);
const one = await best(inputs, 1);
const all = await best(inputs, cores);
console.log(`batch: extract ${dir} (x${repeat}) --ndjson, ${one.records} files, best of ${rounds} rounds, ${cores} cores`);
console.log(`${'1 worker'.padEnd(12)} ${(one.records / one.seconds).toFixed(1).padStart(7)} files/s  ${one.seconds.toFixed(2)} s  peak ${mb(one.peak)}`);
console.log(`${`${cores} workers`.padEnd(12)} ${(all.records / all.seconds).toFixed(1).padStart(7)} files/s  ${all.seconds.toFixed(2)} s  peak ${mb(all.peak)}`);
const more = await once(Array(repeat * 4).fill(dir), cores);
console.log(`4x the files (${more.records}): ${(more.records / more.seconds).toFixed(1)} files/s, peak ${mb(more.peak)} (${mb(all.peak)} for ${all.records})`);
