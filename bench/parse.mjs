#!/usr/bin/env node
/**
 * Benchmark: throughput of parseAgreement over the agreements (.md, .txt, .html) of ../shared/corpus (or a directory
 * given as the first argument), next to bare remark-parse on the same files, and peak memory.
 * Run `npm run build` first; `npm run bench` runs this file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { parseAgreement, formatFromPath } from '../dist/index.js';

const dir = process.argv[2] ?? new URL('../../shared/corpus', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 3);

let skipped = 0;
function files(at) {
  let st;
  try { st = statSync(at); } catch { console.error(`bench: ${at}: no such directory (pass a directory of agreements)`); process.exit(3); }
  if (!st.isDirectory()) return [at];
  return readdirSync(at).flatMap((name) => files(join(at, name))).filter((f) => {
    if (/\.(?:json|tsv)$/i.test(f) || /(?:^|\/)(?:README|LICENSE|SOURCE)[^/]*$/i.test(f)) return false;
    const ok = /\.(?:md|markdown|txt|html?)$/i.test(f);
    if (!ok) skipped++;
    return ok;
  });
}

const docs = files(dir).map((path) => ({ path, text: readFileSync(path, 'utf8'), format: formatFromPath(path) }));
if (!docs.length) { console.error(`bench: no .md or .txt files under ${dir}`); process.exit(4); }
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const mb = bytes / 1024 / 1024;

let peak = process.memoryUsage().rss;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
const timer = setInterval(sample, 5);

function measure(label, fn) {
  fn(docs[0]); // warm up: loads modules (compromise on the first candidate provision)
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const d of docs) { fn(d); sample(); }
    times.push(performance.now() - t0);
  }
  const best = Math.min(...times);
  return { label, ms: best, mbs: mb / (best / 1000) };
}

const processor = unified().use(remarkParse).use(remarkGfm);
const remark = measure('remark-parse + remark-gfm (parse only)', (d) => processor.parse(d.text));
const ours = measure('parseAgreement (full pipeline)', (d) => parseAgreement(d.text, { format: d.format }));
clearInterval(timer);
sample();

const slowest = docs.map((d) => { const t0 = performance.now(); parseAgreement(d.text, { format: d.format }); return [performance.now() - t0, d]; })
  .sort((a, b) => b[0] - a[0]).slice(0, 3);

console.log(`corpus: ${docs.length} files, ${mb.toFixed(2)} MB (${relative(process.cwd(), dir) || dir})${skipped ? `, ${skipped} in formats not read yet skipped` : ''}; best of ${rounds} rounds`);
for (const r of [remark, ours]) console.log(`${r.label.padEnd(40)} ${r.mbs.toFixed(2).padStart(7)} MB/s  ${r.ms.toFixed(0).padStart(6)} ms`);
const clauses = docs.reduce((n, d) => n + parseAgreement(d.text, { format: d.format }).clauses.length, 0);
console.log(`parseAgreement / remark: ${(ours.ms / remark.ms).toFixed(1)}x the time; ${clauses} clauses found`);
console.log(`slowest files: ${slowest.map(([ms, d]) => `${relative(dir, d.path)} ${ms.toFixed(0)} ms`).join(', ')}`);
console.log(`peak memory (RSS): ${(peak / 1024 / 1024).toFixed(0)} MB`);
