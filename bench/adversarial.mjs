#!/usr/bin/env node
/**
 * Adversarial benchmark: hostile inputs (issue 8's table, and inputs the fuzzer below finds) at 1 MB,
 * each timed against 1 MB of ordinary agreement text (the corpus, ../shared/corpus or the first
 * argument), plus the corpus four times over as one document against once. Every measurement runs in
 * its own process with a time budget: an input that is still superlinear stops doubling when a step
 * goes over the budget, and its time at 1 MB is extrapolated from the growth of the last step.
 *
 *   node bench/adversarial.mjs [corpus-dir]       the table (npm run bench runs it)
 *   FUZZ=200 node bench/adversarial.mjs           also fuzz: 200 random repeated units, the worst kept
 *   BUDGET=20000 ...                              time budget of one step, in ms (default 15000)
 *
 * Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { INPUTS, PIECES, repeat } from './inputs.mjs';

const SIZE = 1_000_000;
const self = fileURLToPath(import.meta.url);

function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function corpusDocs(dir) {
  const walk = (at) => {
    const st = statSync(at);
    if (st.isDirectory()) return readdirSync(at).flatMap((n) => walk(join(at, n)));
    return /\.(?:md|markdown|txt|html?)$/i.test(at) && !/(?:^|\/)(?:README|LICENSE|SOURCE)[^/]*$/i.test(at) ? [at] : [];
  };
  return walk(dir).map((path) => ({ path, text: readFileSync(path, 'utf8'), format: /\.html?$/i.test(path) ? 'html' : /\.txt$/i.test(path) ? 'text' : 'markdown' }));
}

// ---- child: time one input -------------------------------------------------------------------------
if (process.argv[2] === '--one') {
  const { parseAgreement } = await import(process.env.DIST ? new URL(process.env.DIST, 'file://' + process.cwd() + '/').href : '../dist/index.js');
  const [, , , kind, arg, sizeArg] = process.argv;
  parseAgreement('## 1. Termination\n\nWe may terminate this agreement on thirty days notice.\n'); // load the lazy parts
  let docs;
  if (kind === 'input') docs = [{ text: INPUTS[arg](Number(sizeArg)), format: 'markdown' }];
  else if (kind === 'unit') docs = [{ text: repeat(JSON.parse(arg), Number(sizeArg), ''), format: 'markdown' }];
  else if (kind === 'corpus') docs = corpusDocs(arg);
  else if (kind === 'corpus-one') {
    const all = corpusDocs(arg).filter((d) => d.format !== 'html').map((d) => d.text).join('\n\n');
    docs = [{ text: Array(Number(sizeArg)).fill(all).join('\n\n'), format: 'markdown' }];
  }
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  let outcome = 'parsed';
  const t0 = performance.now();
  for (const d of docs) {
    try { parseAgreement(d.text, { format: d.format, maxBytes: Infinity }); } catch (error) { outcome = error.code ? `refused ${error.code}` : `crashed: ${String(error.message).slice(0, 60)}`; }
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, chars, outcome }));
  process.exit(0);
}

// ---- parent -------------------------------------------------------------------------------------------
const budget = Number(process.env.BUDGET ?? 15000);
const dir = process.argv[2] ?? new URL('../../shared/corpus', import.meta.url).pathname;

function once(args, timeout = budget * 4) {
  const r = spawnSync(process.execPath, ['--stack-size=984', self, '--one', ...args], { encoding: 'utf8', timeout, maxBuffer: 1 << 20 });
  if (r.error || r.status !== 0) return { ms: Infinity, chars: 0, outcome: r.error ? 'over the time limit' : `exit ${r.status}: ${r.stderr.split('\n').find((l) => /Error/.test(l)) ?? ''}` };
  return JSON.parse(r.stdout);
}

/** Time an input at 1 MB, doubling from 1/32 of it while each step stays under the budget. */
function grow(kind, arg) {
  let size = SIZE / 32;
  let last;
  for (;;) {
    const r = once([kind, arg, String(size)]);
    if (!Number.isFinite(r.ms)) {
      if (!last) return { ...r, ms: Infinity, note: r.outcome };
      return { ms: Infinity, chars: size, outcome: last.outcome, note: `${r.outcome} at ${size} chars` };
    }
    if (size >= SIZE) return { ...r, exponent: last ? Math.log2(r.ms / last.ms) : undefined };
    if (last && r.ms > budget / 3 && (r.ms / last.ms > 2.5 || r.ms * 2.5 > budget)) {
      // extrapolate from the growth of the last doubling
      const exponent = Math.max(1, Math.log2(r.ms / last.ms));
      return { ...r, ms: r.ms * (SIZE / size) ** exponent, exponent, note: `extrapolated from ${size} chars (${r.ms.toFixed(0)} ms, ×${(r.ms / last.ms).toFixed(1)} per doubling)` };
    }
    last = r;
    size *= 2;
  }
}

const corpus = once(['corpus', dir]);
if (!Number.isFinite(corpus.ms)) { console.error(`bench: the corpus at ${dir} could not be timed (${corpus.outcome})`); process.exit(3); }
const ordinary = corpus.ms * (SIZE / corpus.chars);
const rows = [];
for (const name of Object.keys(INPUTS)) {
  const fixed = /nested/.test(name);
  const r = fixed ? once(['input', name, '0']) : grow('input', name);
  rows.push([name, r]);
}
if (process.env.FUZZ) {
  const random = lcg(Number(process.env.SEED ?? 8));
  const found = [];
  for (let i = 0; i < Number(process.env.FUZZ); i++) {
    let unit = '';
    for (let k = 1 + Math.floor(random() * 4); k > 0; k--) unit += PIECES[Math.floor(random() * PIECES.length)];
    const small = once(['unit', JSON.stringify(unit), '20000'], budget);
    const large = once(['unit', JSON.stringify(unit), '40000'], budget);
    const ratio = large.ms / small.ms;
    if (large.ms > 50 && ratio > 2.8) found.push([unit, ratio, large.ms]);
  }
  found.sort((a, b) => b[2] - a[2]);
  for (const [unit] of found.slice(0, 8)) rows.push([`fuzz: ${JSON.stringify(unit)} repeated`, grow('unit', JSON.stringify(unit))]);
}
const one = once(['corpus-one', dir, '1']);
const four = once(['corpus-one', dir, '4'], budget * 20);

const fmt = (ms) => (Number.isFinite(ms) ? (ms >= 10000 ? `${(ms / 1000).toFixed(0)} s` : `${ms.toFixed(0)} ms`) : '—');
console.log(`ordinary text: the corpus (${corpus.chars} characters, ${dir}) at ${fmt(corpus.ms)}: ${fmt(ordinary)} per 1 MB`);
console.log(`${'input (1 MB, through parseAgreement)'.padEnd(44)} ${'time'.padStart(9)}  ${'× ordinary'.padStart(10)}  outcome`);
for (const [name, r] of rows) {
  const ratio = Number.isFinite(r.ms) ? (r.ms / ordinary).toFixed(2) : '—';
  console.log(`${name.padEnd(44)} ${fmt(r.ms).padStart(9)}  ${ratio.padStart(10)}  ${r.outcome}${r.note ? ` (${r.note})` : ''}`);
}
console.log(`corpus as one document: once ${fmt(one.ms)} (${one.chars} characters), four times over ${fmt(four.ms)}: ×${(four.ms / one.ms).toFixed(2)} (at most 4.4)`);
