/**
 * The learned unfair-clause model: one logistic regression per UNFAIR-ToS label over hashed n-grams
 * (src/model/features.ts; the asset says which) and the rule outputs of classifyUnfair behind word
 * gates, trained by `npm run train` (scripts/train-unfair.py) on the CLAUDETTE sentences and shipped as one asset, `unfair-model.json`, read on first use. Per-label
 * thresholds were chosen inside document-level cross-validation; the asset also carries the
 * cross-validated figures and the hash of what it was trained from.
 */
import { readFileSync } from 'node:fs';
import { classifyUnfair, UNFAIR_LABELS, type UnfairLabel } from '../classify/unfair.js';
import { TosClausesError } from '../errors.js';
import { compile } from '../lexicon/compose.js';
import { featureNames, featurize, type FeatureSpec, type SentenceContext } from './features.js';

export type { FeatureSpec, SentenceContext } from './features.js';

/** Precision, recall and F1 of one label, as stored in the asset. */
export interface LabelFigures { label: UnfairLabel; precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

/** The figures of one way of labelling, measured on the training corpus. */
export interface ModelFigures { macroF1: number; labels: LabelFigures[] }

/** The model asset as the training script writes it. */
export interface UnfairModelAsset {
  /** Format tag: `tos-clauses/unfair-model@1`. */
  format: string;
  /** The labels, in the order of every per-label array below. */
  labels: UnfairLabel[];
  /** How features are computed. */
  features: FeatureSpec;
  /** Whether the eight rule outputs of classifyUnfair are features (then `ruleWeights` holds their weights). */
  rules: boolean;
  /** Bias per label. */
  intercepts: number[];
  /** Weight of rule label k for model label j, at [j][k]. */
  ruleWeights: number[][];
  /** Scale of the int8 weights per label: weight = scale × stored value. */
  scales: number[];
  /**
   * Base64 of the weights of the buckets that have any: k little-endian uint32 bucket numbers, then
   * k × labels int8 weights (bucket by bucket, labels in order); every other bucket weighs nothing.
   */
  weights: string;
  /** Probability above which a label is given, per label. */
  thresholds: number[];
  /** Cross-validated figures of this model, and of the rules alone on the same corpus. */
  cv: { method: string; folds: number; model: ModelFigures; rules: ModelFigures; [key: string]: unknown };
  /** What the model was trained from: hashes of the inputs and the weights, and the parameters. */
  training: { inputsSha256: string; weightsSha256: string; params: Record<string, unknown>; sentences: number; documents: number; [key: string]: unknown };
  /** Sentences of our own with the rule outputs, features and probabilities the training script computed (for the parity test). */
  sample: Array<{ text: string; context?: SentenceContext; rules?: UnfairLabel[]; features: Array<[number, number]>; probabilities: number[] }>;
}

/** A loaded model. */
export interface UnfairModel {
  /** The asset it was loaded from. */
  asset: UnfairModelAsset;
  /** The int8 weights of every bucket, bucket-major (bucket × labels + label). */
  weights: Int8Array;
  /** Per label: the log-odds of its threshold. */
  bounds: { cut: number[] };
}

/** The probability of each label for one sentence, and the labels given. */
export interface UnfairScore {
  /** Labels whose probability is above their threshold, in the task's order. */
  labels: UnfairLabel[];
  /** Probability per label, in the task's order. */
  probabilities: Record<UnfairLabel, number>;
}

/** One feature's part in a label's score. */
export interface Contribution {
  /** The feature strings of the bucket (`w1:terminate`, `c:rmin`, `rule:Unilateral termination`, `bias`). */
  feature: string;
  /** What it added to the label's log-odds. */
  weight: number;
}

/** Why a label was or was not given. */
export interface LabelExplanation {
  label: UnfairLabel;
  probability: number;
  threshold: number;
  given: boolean;
  /** The largest contributions to the log-odds, by absolute value. */
  top: Contribution[];
}

/**
 * The words without which a rule label is not read as a feature: a rule output counts only when its
 * sentence has one of its label's words. The gate is part of the feature's definition (training reads
 * the rule outputs through {@link gatedRules} too), so it costs no accuracy the cross-validation does
 * not see, and the rules, the slow part, run only on sentences that have such a word.
 */
const RULE_WORDS: Record<UnfairLabel, string[]> = {
  Arbitration: ['arbitra', '\\b(?:AAA|JAMS|ICC|ICDR|LCIA)\\b'],
  'Unilateral change': ['chang', 'modif', 'amend', 'updat', 'alter', 'revis', 'replac', 'var(?:y|ied)', 'adjust', '\\badd', 'supplement', 'withdraw', 'discontinu', 'suspend', 'ceas', 'eliminat', 'reset', 'substitut', 'impos', 'establish', 'introduc', 'creat', 'flexib'],
  'Content removal': ['remov', 'delet', 'disabl', 'block', 'edit', 'refus', 'reject', 'take down', 'screen', 'moderat', 'hide', 'restrict', 'unavailable', 'able to access'],
  Jurisdiction: ['jurisdic', 'venue', 'court', 'forum', 'proceeding', 'brought', 'bring', 'institut', 'commenc', '\\bsue\\b', 'litigat'],
  'Choice of law': ['\\blaws?\\b', 'legislat', 'governed'],
  'Limitation of liability': ['liab', 'responsib', 'loss', 'damage', 'consequential', 'limitation', 'exclusion', 'recover'],
  'Unilateral termination': ['terminat', 'suspen', 'cancel', 'disabl', 'deactivat', 'revok', 'clos', '\\bban', 'discontinu', 'block', 'restrict', 'refus', '\\bend', 'delet', 'remov', 'expir', 'stop', 'ceas', 'risk', 'notice'],
  'Contract by using': ['agree', 'accept', 'consent', 'bound', 'acknowledg', 'deemed', 'constitut', 'signif', 'impl', 'indicat', 'confirm', 'governed', 'legally binding'],
};
/** Patterns matching any of `words`, a dozen words each, so that no pattern grows long. */
function anyOf(words: string[]): RegExp[] {
  const out: RegExp[] = [];
  for (let i = 0; i < words.length; i += 12) out.push(compile(words.slice(i, i + 12).join('|'), 'i'));
  return out;
}
const RULE_GATES = UNFAIR_LABELS.map((l) => anyOf(RULE_WORDS[l]));

/** Per label (task order): whether the sentence has one of the words its rule output needs to count. */
export function ruleGates(text: string): boolean[] {
  return RULE_GATES.map((patterns) => patterns.some((re) => re.test(text)));
}

/** The rule labels the model reads as features: classifyUnfair's, each only where its gate is open (see {@link ruleGates}). */
export function gatedRules(text: string, gates: boolean[] = ruleGates(text)): UnfairLabel[] {
  if (!gates.some(Boolean)) return [];
  return classifyUnfair(text).filter((l) => gates[UNFAIR_LABELS.indexOf(l)]);
}

const FORMAT = 'tos-clauses/unfair-model@1';
const ASSET = 'unfair-model.json';

let cached: UnfairModel | undefined;

/** Check and prepare a parsed asset. */
export function unfairModelFrom(asset: UnfairModelAsset): UnfairModel {
  const n = UNFAIR_LABELS.length;
  if (asset?.format !== FORMAT || asset.labels?.join('|') !== UNFAIR_LABELS.join('|')) {
    throw new TosClausesError('BAD_MODEL', `not a ${FORMAT} asset for the eight UNFAIR-ToS labels`);
  }
  const bytes = Buffer.from(asset.weights, 'base64');
  const k = bytes.length / (4 + n);
  if (!Number.isInteger(k)) throw new TosClausesError('BAD_MODEL', `model weights: ${bytes.length} bytes is not k × ${4 + n}`);
  const weights = new Int8Array(n * 2 ** asset.features.bits);
  for (let r = 0; r < k; r++) {
    const bucket = bytes.readUInt32LE(4 * r);
    if (bucket >= 2 ** asset.features.bits) throw new TosClausesError('BAD_MODEL', `model weights: bucket ${bucket} out of range`);
    for (let j = 0; j < n; j++) weights[bucket * n + j] = bytes.readInt8(4 * k + r * n + j);
  }
  const bounds = { cut: asset.thresholds.map((t) => Math.log(t / (1 - t))) };
  return { asset, weights, bounds };
}

/** The shipped model, read from its asset on first use (or from `path`, which replaces it). */
export function loadUnfairModel(path?: string): UnfairModel {
  if (cached && !path) return cached;
  const where = path ?? new URL(ASSET, import.meta.url);
  let asset: UnfairModelAsset;
  try {
    asset = JSON.parse(readFileSync(where, 'utf8')) as UnfairModelAsset;
  } catch (error) {
    throw new TosClausesError(error instanceof SyntaxError ? 'BAD_MODEL' : 'NOT_FOUND', `${String(where)}: cannot read the unfair-clause model (${(error as Error).message}); run \`npm run train\``);
  }
  const model = unfairModelFrom(asset);
  if (!path) cached = model;
  return model;
}

/** The log-odds per label of one sentence from its n-grams alone (no rule features). */
function textLogits(model: UnfairModel, text: string, context: SentenceContext | undefined): Float64Array {
  const { asset, weights } = model;
  const n = asset.labels.length;
  const { buckets, values } = featurize(text, asset.features, context);
  const sums = new Float64Array(n);
  for (let i = 0; i < buckets.length; i++) {
    const base = buckets[i] * n;
    const v = values[i];
    for (let j = 0; j < n; j++) sums[j] += v * weights[base + j];
  }
  for (let j = 0; j < n; j++) sums[j] = asset.intercepts[j] + asset.scales[j] * sums[j];
  return sums;
}

/** Add the rule features' weights to text log-odds `z`, in place. */
function addRules(model: UnfairModel, z: Float64Array, rules: readonly UnfairLabel[]): Float64Array {
  const { asset } = model;
  for (let j = 0; j < z.length; j++) for (let k = 0; k < z.length; k++) if (rules.includes(asset.labels[k])) z[j] += asset.ruleWeights[j][k];
  return z;
}

/** The log-odds per label of one sentence; `rules` are the rule labels when the model uses them. */
function logits(model: UnfairModel, text: string, context: SentenceContext | undefined, rules: readonly UnfairLabel[] | undefined): Float64Array {
  const z = textLogits(model, text, context);
  return model.asset.rules && rules ? addRules(model, z, rules) : z;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The rule outputs the model reads, when it reads any. */
function rulesFor(model: UnfairModel, text: string): UnfairLabel[] | undefined {
  return model.asset.rules ? gatedRules(text) : undefined;
}

/**
 * Score one sentence (or a provision) with the learned model: a probability per label, and the labels
 * above their cross-validated thresholds. `context` gives the sentence before and the heading above,
 * when the model was trained with them.
 */
export function scoreUnfairSentence(text: string, context?: SentenceContext, model: UnfairModel = loadUnfairModel()): UnfairScore {
  const z = logits(model, text, context, rulesFor(model, text));
  const probabilities = {} as Record<UnfairLabel, number>;
  const labels: UnfairLabel[] = [];
  model.asset.labels.forEach((label, j) => {
    const p = sigmoid(z[j]);
    probabilities[label] = p;
    if (p > model.asset.thresholds[j]) labels.push(label);
  });
  return { labels, probabilities };
}

/**
 * The labels the learned model gives one sentence: those of {@link scoreUnfairSentence}, faster. When
 * the model reads the rules, they run only if a rule whose gate is open could move a label across its
 * threshold (most sentences open no gate, or are far from every threshold whatever the rules say).
 */
export function classifyUnfairModel(text: string, context?: SentenceContext, model: UnfairModel = loadUnfairModel()): UnfairLabel[] {
  const z = textLogits(model, text, context);
  const n = z.length;
  if (model.asset.rules) {
    const gates = ruleGates(text);
    const shift = settled(model, z, gates);
    if (shift) for (let j = 0; j < n; j++) z[j] += shift[j];
    else addRules(model, z, gatedRules(text, gates));
  }
  // p > threshold exactly where the log-odds are above the threshold's (the full score compares probabilities)
  const labels: UnfairLabel[] = [];
  for (let j = 0; j < n; j++) if (sigmoid(z[j]) > model.asset.thresholds[j]) labels.push(model.asset.labels[j]);
  return labels;
}

/**
 * When no outcome of the open rules can move a label across its threshold: per label, a shift of the
 * text log-odds that lands on the same side as every such outcome; otherwise undefined (run the rules).
 */
function settled(model: UnfairModel, z: Float64Array, gates: boolean[]): Float64Array | undefined {
  const n = z.length;
  const shift = new Float64Array(n);
  if (!gates.some(Boolean)) return shift;
  const { cut } = model.bounds;
  for (let j = 0; j < n; j++) {
    // the least and the most the open rule features could add to label j's log-odds
    let low = 0;
    let high = 0;
    for (let k = 0; k < n; k++) {
      const w = model.asset.ruleWeights[j][k];
      if (gates[k]) { if (w < 0) low += w; else high += w; }
    }
    if (z[j] + high < cut[j] - 1e-9) shift[j] = high;
    else if (z[j] + low > cut[j] + 1e-9) shift[j] = low;
    else return undefined;
  }
  return shift;
}

/** Whether {@link classifyUnfairModel} must run the rules for this sentence (for benchmarks). */
export function rulesNeeded(text: string, context?: SentenceContext, model: UnfairModel = loadUnfairModel()): boolean {
  return model.asset.rules && settled(model, textLogits(model, text, context), ruleGates(text)) === undefined;
}

/** Why each label was given or not: its probability, threshold and the largest contributions to its log-odds. */
export function explainUnfair(text: string, context?: SentenceContext, options: { top?: number; model?: UnfairModel } = {}): LabelExplanation[] {
  const model = options.model ?? loadUnfairModel();
  const { asset, weights } = model;
  const n = asset.labels.length;
  const top = options.top ?? 6;
  const { buckets, values } = featurize(text, asset.features, context);
  const names = featureNames(text, asset.features, context);
  const rules = rulesFor(model, text);
  const z = logits(model, text, context, rules);
  return asset.labels.map((label, j) => {
    const parts: Contribution[] = [{ feature: 'bias', weight: asset.intercepts[j] }];
    for (let i = 0; i < buckets.length; i++) {
      const w = values[i] * asset.scales[j] * weights[buckets[i] * n + j];
      if (w !== 0) parts.push({ feature: (names.get(buckets[i]) ?? ['?']).join(' | '), weight: w });
    }
    if (rules) asset.labels.forEach((rule, k) => { if (rules.includes(rule)) parts.push({ feature: `rule:${rule}`, weight: asset.ruleWeights[j][k] }); });
    parts.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.feature.localeCompare(b.feature));
    const probability = sigmoid(z[j]);
    return { label, probability, threshold: asset.thresholds[j], given: probability > asset.thresholds[j], top: parts.slice(0, top).map((c) => ({ feature: c.feature, weight: Math.round(c.weight * 1e4) / 1e4 })) };
  });
}
