#!/usr/bin/env node
/**
 * Benchmark: sentences per second of the learned unfair-clause model over the CLAUDETTE sentences
 * (../shared/datasets/claudette, or a directory given as the first argument): labels only
 * (classifyUnfairModel, which runs the rules only where they could change a label), labels with a
 * probability per label (scoreUnfairSentence, the rules on every sentence), and the rules alone.
 * The target is 20,000 sentences per second for labels. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classifyUnfair, classifyUnfairModel, featurize, loadUnfairModel, scoreUnfairSentence } from '../dist/index.js';
import { readClaudette } from '../dist/eval.js';

const dir = process.argv[2] ?? new URL('../../shared/datasets/claudette', import.meta.url).pathname;
const rounds = Number(process.env.ROUNDS ?? 3);
const TARGET = 20_000;
if (!existsSync(dir)) { console.error(`bench: ${dir}: no such directory (pass a CLAUDETTE-style directory)`); process.exit(3); }

const texts = (await readClaudette(dir)).map((s) => s.text);
const model = loadUnfairModel();

function measure(label, fn) {
  for (const t of texts.slice(0, 500)) fn(t); // warm up
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - t0);
  }
  const rate = texts.length / (best / 1000);
  console.log(`${label.padEnd(56)} ${Math.round(rate).toLocaleString('en').padStart(9)} sentences/s  ${best.toFixed(0).padStart(6)} ms`);
  return rate;
}

// how often the rules must run for labels: the text part is too near a threshold to decide alone
const { cut, low, high } = model.bounds;
let undecided = 0;
for (const t of texts) {
  const score = scoreUnfairSentence(t, undefined, model);
  const z = Object.values(score.probabilities).map((p, j) => Math.log(p / (1 - p)) - (model.asset.rules ? classifyUnfair(t).reduce((a, l) => a + model.asset.ruleWeights[j][model.asset.labels.indexOf(l)], 0) : 0));
  if (z.some((x, j) => x + high[j] >= cut[j] - 1e-9 && x + low[j] <= cut[j] + 1e-9)) undecided++;
}

console.log(`unfair-tos: ${texts.length} sentences (${dir}); best of ${rounds} rounds; rules as features: ${model.asset.rules}`);
const labels = measure('classifyUnfairModel (labels)', (t) => classifyUnfairModel(t, undefined, model));
measure('scoreUnfairSentence (labels and probabilities)', (t) => scoreUnfairSentence(t, undefined, model));
measure('featurize (hashed n-grams only)', (t) => featurize(t, model.asset.features));
measure('classifyUnfair (the rules alone)', (t) => classifyUnfair(t));
console.log(`rules needed for labels on ${undecided} of ${texts.length} sentences (${(100 * undecided / texts.length).toFixed(1)}%)`);
console.log(`labels: ${Math.round(labels).toLocaleString('en')} sentences/s, target ${TARGET.toLocaleString('en')}: ${labels >= TARGET ? 'met' : 'NOT met'}`);
