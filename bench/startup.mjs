#!/usr/bin/env node
/**
 * Start-up benchmark: `tos-clauses --help`, `--version` and an argument error against a bare
 * `node -e 0`, run interleaved, median wall time of RUNS runs each (default 30). The goal is 1.3x.
 * `hyperfine -N 'node -e 0' 'node dist/cli.js --help'` measures the same with more care.
 * Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const runs = Number(process.env.RUNS ?? 30);
const cases = [['node -e 0', ['-e', '0']], ['tos-clauses --help', [cli, '--help']], ['tos-clauses --version', [cli, '--version']], ['tos-clauses frobnicate (argument error)', [cli, 'frobnicate']]];
const times = cases.map(() => []);
for (let r = 0; r < runs; r++) {
  cases.forEach(([, args], i) => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times[i].push(performance.now() - t0);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const base = median(times[0]);
console.log(`start-up, median of ${runs} runs:`);
cases.forEach(([label], i) => console.log(`${label.padEnd(40)} ${median(times[i]).toFixed(0).padStart(5)} ms  ${(median(times[i]) / base).toFixed(2)}x node -e 0`));
