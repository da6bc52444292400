#!/usr/bin/env node
/**
 * Benchmark: sentences per second of the learned unfair-clause model over the CLAUDETTE sentences
 * (../shared/datasets/claudette, or a directory given as the first argument): labels only
 * (classifyUnfairModel, which runs the rules only where an open rule could change a label), labels
 * with a probability per label (scoreUnfairSentence, the rules wherever a gate opens), and the rules alone.
 * The target is 20,000 sentences per second for labels. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classifyUnfair, classifyUnfairModel, featurize, loadUnfairModel, rulesNeeded, scoreUnfairSentence } from '../dist/index.js';
import { readClaudette } from '../dist/eval.js';

const dir = process.argv[2] ?? new URL('../../shared/datasets/claudette', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 3);
const TARGET = 20_000;
if (!existsSync(dir)) { console.error(`bench: ${dir}: no such directory (pass a CLAUDETTE-style directory)`); process.exit(3); }

const texts = (await readClaudette(dir)).map((s) => s.text);
const model = loadUnfairModel();

// the machine may be shared: the rate is given by wall time and by this process's CPU time
function measure(label, fn) {
  for (const t of texts.slice(0, 500)) fn(t); // warm up
  let best = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  const rate = texts.length / (best / 1000);
  const cpuRate = texts.length / (cpu / 1000);
  const fmt = (x) => Math.round(x).toLocaleString('en').padStart(9);
  console.log(`${label.padEnd(50)} ${fmt(rate)} sentences/s (wall ${best.toFixed(0)} ms)  ${fmt(cpuRate)} per CPU-second`);
  return { rate, cpuRate };
}

const undecided = texts.filter((t) => rulesNeeded(t, undefined, model)).length;

console.log(`unfair-tos: ${texts.length} sentences (${dir}); best of ${rounds} rounds; rules as features: ${model.asset.rules}`);
const labels = measure('classifyUnfairModel (labels)', (t) => classifyUnfairModel(t, undefined, model));
measure('scoreUnfairSentence (labels and probabilities)', (t) => scoreUnfairSentence(t, undefined, model));
measure('featurize (hashed n-grams only)', (t) => featurize(t, model.asset.features));
measure('classifyUnfair (the rules alone)', (t) => classifyUnfair(t));
console.log(`rules needed for labels on ${undecided} of ${texts.length} sentences (${(100 * undecided / texts.length).toFixed(1)}%)`);
console.log(`labels: ${Math.round(labels.rate).toLocaleString('en')} sentences/s by wall time, ${Math.round(labels.cpuRate).toLocaleString('en')} per CPU-second; target ${TARGET.toLocaleString('en')}: ${labels.rate >= TARGET ? 'met' : labels.cpuRate >= TARGET ? 'met in CPU time (the machine was busy)' : 'NOT met'}`);
