/**
 * Hashed word and character n-gram features of a sentence, exactly as scripts/train-unfair.py computes
 * them (the training script is the specification; test/model.test.ts checks the two agree).
 *
 * - Normalise: curly and grave apostrophes become `'`, A–Z become a–z (ASCII only, so both languages
 *   agree), and `n't` not followed by a letter or digit becomes ` not` ("don't" and the research copies'
 *   "do n't" alike).
 * - Tokens: the runs of `[a-z0-9]`.
 * - Features: word n-grams `w<n>:<tokens joined by one space>` for n = 1…words; character n-grams
 *   `c:<chars>` of each token padded with one space each side, for n = charMin…charMax; and, when the
 *   model was trained with them, the tokens of the sentence before (`p:<token>`) and of the heading the
 *   sentence sits under (`h:<token>`), each counting a fixed fraction.
 * - Each feature string is hashed with 32-bit FNV-1a over its bytes (all ASCII) and masked to `bits`
 *   bits; counts per bucket become `1 + ln(count)` (sublinear) where the count is at least 1 and stay as
 *   they are below 1; the vector is scaled to unit length.
 */

/** How the features of a model are computed (stored in the model asset). */
export interface FeatureSpec {
  /** Longest word n-gram. */
  words: number;
  /** Shortest character n-gram (0: none). */
  charMin: number;
  /** Longest character n-gram (0: none). */
  charMax: number;
  /** Hash space: 2^bits buckets. */
  bits: number;
  /** Count of a token of the sentence before (0: not used). */
  prev: number;
  /** Count of a token of the heading (0: not used). */
  head: number;
}

/** The context a sentence is read in: the sentence before it and the heading above it. */
export interface SentenceContext {
  /** The sentence (or provision) just before, in the same document. */
  previous?: string;
  /** The heading of the section the sentence is in. */
  heading?: string;
}

/** A sparse, unit-length feature vector: bucket numbers and their values, in parallel. */
export interface FeatureVector { buckets: Int32Array; values: Float64Array }

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of `text` (code units taken as bytes: callers pass ASCII), continuing from `h`. */
export function fnv1a(text: string, h = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return h;
}

const APOSTROPHES = /[\u2018\u2019`]/g;
const UPPER = /[A-Z]+/g;
const NOT = /n't(?![a-z0-9])/g;
const TOKEN = /[a-z0-9]+/g;

/** The normalised tokens of a text (see the module comment). */
export function tokens(text: string): string[] {
  const t = text.replace(APOSTROPHES, "'").replace(UPPER, (s) => s.toLowerCase()).replace(NOT, ' not');
  return t.match(TOKEN) ?? [];
}

/** Called once per feature occurrence with its hash and count; `name` is the feature string, given only to explanations. */
type Sink = (hash: number, weight: number, name?: string) => void;

const PREFIX_C = fnv1a('c:');
const SPACE = 32;

/** Emit every feature of a sentence in context to `sink`. */
function emit(text: string, spec: FeatureSpec, context: SentenceContext | undefined, sink: Sink, named = false): void {
  const toks = tokens(text);
  for (let n = 1; n <= spec.words; n++) {
    const prefix = fnv1a(`w${n}:`);
    for (let i = 0; i + n <= toks.length; i++) {
      let h = fnv1a(toks[i], prefix);
      for (let k = 1; k < n; k++) h = fnv1a(toks[i + k], Math.imul(h ^ SPACE, FNV_PRIME) >>> 0);
      sink(h, 1, named ? `w${n}:${toks.slice(i, i + n).join(' ')}` : undefined);
    }
  }
  if (spec.charMax > 0) {
    for (const tok of toks) {
      const w = ` ${tok} `;
      for (let i = 0; i < w.length; i++) {
        let h = PREFIX_C;
        for (let k = i; k < w.length && k - i < spec.charMax; k++) {
          h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME) >>> 0;
          if (k - i + 1 >= spec.charMin) sink(h, 1, named ? `c:${w.slice(i, k + 1)}` : undefined);
        }
      }
    }
  }
  if (spec.prev > 0 && context?.previous) {
    const prefix = fnv1a('p:');
    for (const tok of tokens(context.previous)) sink(fnv1a(tok, prefix), spec.prev, named ? `p:${tok}` : undefined);
  }
  if (spec.head > 0 && context?.heading) {
    const prefix = fnv1a('h:');
    for (const tok of tokens(context.heading)) sink(fnv1a(tok, prefix), spec.head, named ? `h:${tok}` : undefined);
  }
}

// counts are gathered in one dense scratch array per hash size (reset after each use), not a Map
const scratch = new Map<number, Float64Array>();

/** The hashed, sublinear, unit-length feature vector of a sentence in its context. */
export function featurize(text: string, spec: FeatureSpec, context?: SentenceContext): FeatureVector {
  const mask = spec.bits >= 32 ? 0xffffffff : (1 << spec.bits) - 1;
  let counts = scratch.get(spec.bits);
  if (!counts) scratch.set(spec.bits, (counts = new Float64Array(mask + 1)));
  const touched: number[] = [];
  emit(text, spec, context, (h, weight) => {
    const b = h & mask;
    if (counts[b] === 0) touched.push(b);
    counts[b] += weight;
  });
  const buckets = new Int32Array(touched.length);
  const values = new Float64Array(touched.length);
  let norm = 0;
  for (let i = 0; i < touched.length; i++) {
    const c = counts[touched[i]];
    counts[touched[i]] = 0;
    const v = c >= 1 ? 1 + Math.log(c) : c;
    buckets[i] = touched[i];
    values[i] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < values.length; k++) values[k] /= norm;
  return { buckets, values };
}

/** The feature strings of a sentence in context, by bucket (for explanations; slower than featurize). */
export function featureNames(text: string, spec: FeatureSpec, context?: SentenceContext): Map<number, string[]> {
  const mask = spec.bits >= 32 ? 0xffffffff : (1 << spec.bits) - 1;
  const names = new Map<number, string[]>();
  emit(text, spec, context, (h, _weight, name) => {
    const b = h & mask;
    const list = names.get(b) ?? [];
    if (name !== undefined && !list.includes(name)) list.push(name);
    names.set(b, list);
  }, true);
  return names;
}

/** A heading line: one to six tokens, not ending in `.`, `;`, `:` or `,` (the training script's `is_heading`). */
export function isHeadingLine(text: string): boolean {
  const n = tokens(text).length;
  return n > 0 && n <= 6 && !/[.;:,]$/.test(text.trimEnd());
}
