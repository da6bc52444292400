/**
 * The learned unfair-clause model: the TypeScript features and probabilities are the training script's
 * (on sentences of our own, stored in the asset by scripts/train-unfair.py), the shipped asset is the
 * one the training inputs produce, and the model labels plain sentences of our own wording sensibly.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  classifyUnfair, classifyUnfairModel, gatedRules, ruleGates, explainUnfair, featurize, fnv1a, labelProvisions, loadUnfairModel,
  scoreUnfairSentence, tokens, UNFAIR_LABELS, type UnfairLabel,
} from '../src/index.js';
import { readClaudette } from '../src/evaluation.js';

const root = join(import.meta.dirname, '..');
const assetPath = join(root, 'src', 'model', 'unfair-model.json');
const claudette = join(root, '..', 'shared', 'datasets', 'claudette');
const model = loadUnfairModel();
const { asset } = model;
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('features: the TypeScript computes what the training script computes', () => {
  it('normalises and tokenises as the specification says', () => {
    expect(tokens('We WON’T remove `Posts` — don\'t worry, do n\'t (i) 30 days; Café')).toEqual(
      ['we', 'wo', 'not', 'remove', 'posts', 'do', 'not', 'worry', 'do', 'not', 'i', '30', 'days', 'caf']);
  });

  it('hashes with 32-bit FNV-1a', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('has a sample of our own sentences, some with context', () => {
    expect(asset.sample.length).toBeGreaterThanOrEqual(15);
    expect(asset.sample.some((s) => s.context)).toBe(true);
  });

  for (const s of asset.sample) {
    it(`same buckets, values, rule outputs and probabilities: "${s.text.slice(0, 60)}"`, () => {
      const got = featurize(s.text, asset.features, s.context);
      const pairs = [...got.buckets].map((b, i) => [b, got.values[i]] as [number, number]).sort((a, b) => a[0] - b[0]);
      expect(pairs.map((p) => p[0])).toEqual(s.features.map((p) => p[0]));
      pairs.forEach(([, v], i) => expect(v).toBeCloseTo(s.features[i][1], 10));
      if (asset.rules) expect(gatedRules(s.text)).toEqual(s.rules);
      const { probabilities } = scoreUnfairSentence(s.text, s.context, model);
      UNFAIR_LABELS.forEach((l, j) => expect(probabilities[l]).toBeCloseTo(s.probabilities[j], 9));
    });
  }
});

describe('the shipped asset is the one the training script produces', () => {
  it('is one file of at most 2 MB, with figures from document-level cross-validation', () => {
    expect(statSync(assetPath).size).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(asset.cv.method).toMatch(/GroupKFold over documents/);
    expect(asset.cv.model.labels.map((l) => l.label)).toEqual([...UNFAIR_LABELS]);
    expect(asset.training.documents).toBe(41);
  });

  it('its weights hash to the digest the training script recorded', () => {
    const floats = [...asset.intercepts, ...asset.scales, ...asset.ruleWeights.flat()];
    const bytes = Buffer.alloc(8 * floats.length);
    floats.forEach((x, i) => bytes.writeDoubleLE(x, 8 * i));
    expect(sha256(Buffer.concat([Buffer.from(asset.weights, 'base64'), bytes]))).toBe(asset.training.weightsSha256);
  });

  it('its inputs hash is that of the data, the training script, the sample, the rule outputs and the parameters here', async (ctx) => {
    if (!existsSync(claudette)) return ctx.skip();
    const parts = asset.training.inputs as Record<string, string>;
    const data = await readClaudette(claudette);
    expect(data.length).toBe(asset.training.sentences);
    const expected: Record<string, string> = {};
    const files: string[] = [];
    for (const name of [...new Set(data.map((d) => d.doc))]) {
      for (const sub of ['sentences', 'tags']) files.push(`${sub}/${name} ${sha256(readFileSync(join(claudette, sub, name)))}\n`);
    }
    // the documents are one part: the asset names no document
    expected.data = sha256(files.sort().join(''));
    for (const rel of ['scripts/train-unfair.py', 'scripts/unfair-sample.txt']) expected[rel] = sha256(readFileSync(join(root, rel)));
    if (asset.rules) expected.rules = sha256(data.map((d) => gatedRules(d.text).join('|') + '\n').join(''));
    const paramsJson = asset.training.paramsJson as string;
    expect(JSON.parse(paramsJson)).toEqual(asset.training.params);
    expected.params = sha256(paramsJson);
    // a mismatch here means the asset is stale: run `npm run train` (the rules, the data or the script changed)
    expect(parts).toEqual(expected);
    expect(sha256(Object.entries(parts).map(([k, v]) => `${k} ${v}\n`).join(''))).toBe(asset.training.inputsSha256);
  });

  // re-fitting takes about half a minute and needs scikit-learn; without it the digests above still hold
  const python = ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import sklearn']).status === 0);
  it.skipIf(!python || !existsSync(claudette))('re-fitting gives the same weights (python3-sklearn present)', () => {
    const r = spawnSync(python!, [join(root, 'scripts', 'train-unfair.py'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toMatch(/: same$/m);
    expect(r.status).toBe(0);
  }, 300_000);
});

const cases: Array<[string, UnfairLabel[]]> = [
  ['We may suspend or close your account at any time, for any reason, and without warning.', ['Unilateral termination']],
  ['The provider may change the service or these terms at any time without notice.', ['Unilateral change']],
  ['We can delete any post or photo that we think breaks the community rules.', ['Content removal']],
  ['These terms are governed by the laws of Ontario.', ['Choice of law']],
  ['Any dispute between us will be decided by binding arbitration under the rules of the arbitration body.', ['Arbitration']],
  ['IN NO EVENT WILL THE PROVIDER BE LIABLE FOR ANY INDIRECT OR CONSEQUENTIAL DAMAGES.', ['Limitation of liability']],
  ['By using the app you agree to these terms.', ['Contract by using']],
  ['Our support team answers email on weekdays.', []],
  ['Please choose a strong password and keep it secret.', []],
];

describe('the learned model', () => {
  for (const [text, labels] of cases) {
    it(`labels "${text}"`, () => {
      expect(scoreUnfairSentence(text).labels).toEqual(labels);
      expect(classifyUnfairModel(text)).toEqual(labels);
    });
  }

  it('gives a probability per label, in the task order, above its threshold exactly for the labels given', () => {
    const { labels, probabilities } = scoreUnfairSentence(cases[0][0]);
    expect(Object.keys(probabilities)).toEqual([...UNFAIR_LABELS]);
    UNFAIR_LABELS.forEach((l, j) => expect(labels.includes(l)).toBe(probabilities[l] > asset.thresholds[j]));
  });

  it('labels without running the rules where they cannot change the outcome, and the same labels as the full score', () => {
    for (const s of [...asset.sample, ...cases.map(([text]) => ({ text, context: undefined }))]) {
      expect(classifyUnfairModel(s.text, s.context)).toEqual(scoreUnfairSentence(s.text, s.context).labels);
    }
  });

  it('reads a rule output only behind its gate words, and runs no rule where no gate opens', () => {
    expect(ruleGates('Our help desk is open on weekdays.').some(Boolean)).toBe(false);
    expect(gatedRules('Our help desk is open on weekdays.')).toEqual([]);
    const text = 'Any dispute will be resolved by binding arbitration.';
    expect(ruleGates(text)[UNFAIR_LABELS.indexOf('Arbitration')]).toBe(true);
    expect(gatedRules(text)).toEqual(classifyUnfair(text).filter((l) => ruleGates(text)[UNFAIR_LABELS.indexOf(l)]));
    expect(gatedRules(text)).toContain('Arbitration');
  });

  it('explains each label by the features that weighed most', () => {
    const explained = explainUnfair('We may terminate your account at any time without notice.');
    expect(explained.map((e) => e.label)).toEqual([...UNFAIR_LABELS]);
    const ter = explained.find((e) => e.label === 'Unilateral termination')!;
    expect(ter.given).toBe(true);
    expect(ter.top.length).toBeGreaterThan(0);
    expect(ter.top.some((c) => c.weight > 0 && /terminat|rule:Unilateral termination/.test(c.feature))).toBe(true);
    const sorted = ter.top.map((c) => Math.abs(c.weight));
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });

  it('labels each provision of a whole agreement with its section and span', () => {
    const text = readFileSync(join(root, 'fixtures', 'cloud-numbered', 'agreement.md'), 'utf8');
    const provisions = labelProvisions(text);
    expect(provisions.length).toBeGreaterThan(10);
    const immediate = provisions.find((p) => p.section === '5.2(b)(ii)')!;
    expect(immediate.labels).toContain('Unilateral termination');
    expect(text.slice(immediate.span.start.offset, immediate.span.end.offset)).toContain('terminate this Agreement immediately upon notice');
    for (const p of provisions) expect(p.span.end.offset).toBeGreaterThan(p.span.start.offset);
  });
});
