/**
 * Evaluation of the unfair-clause classifier on a CLAUDETTE-style corpus: `sentences/NAME.txt` and
 * `tags/NAME.txt`, one sentence and its tags a line. Precision, recall and F1 per category at
 * sentence level, and the macro-F1 over the eight.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyUnfair, UNFAIR_LABELS, type UnfairLabel } from '../classify/unfair.js';
import { TosClausesError } from '../errors.js';
import { dropEnd } from '../lexicon/text.js';

/** CLAUDETTE tag prefixes and the UNFAIR-ToS label each stands for. */
export const CLAUDETTE_TAGS: Record<string, UnfairLabel> = {
  a: 'Arbitration', ch: 'Unilateral change', cr: 'Content removal', j: 'Jurisdiction', law: 'Choice of law',
  ltd: 'Limitation of liability', ter: 'Unilateral termination', use: 'Contract by using',
};

/** One labelled sentence. */
export interface LabelledSentence { doc: string; line: number; text: string; labels: UnfairLabel[] }

/** Precision, recall and F1 of one category. */
export interface CategoryScore { label: UnfairLabel; tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }

/** Read every labelled sentence of a CLAUDETTE-style directory. */
export async function readClaudette(dir: string): Promise<LabelledSentence[]> {
  let names: string[];
  try {
    names = (await readdir(join(dir, 'sentences'))).filter((n) => n.endsWith('.txt')).sort();
  } catch {
    throw new TosClausesError('NOT_FOUND', `${dir}: no sentences/ folder (expected sentences/NAME.txt and tags/NAME.txt)`);
  }
  const out: LabelledSentence[] = [];
  for (const name of names) {
    const sentences = (await readFile(join(dir, 'sentences', name), 'utf8')).split('\n');
    const tags = (await readFile(join(dir, 'tags', name), 'utf8')).split('\n');
    sentences.forEach((text, i) => {
      if (!text.trim()) return;
      const labels = new Set<UnfairLabel>();
      for (const tag of (tags[i] ?? '').trim().split(/\s+/)) {
        const label = CLAUDETTE_TAGS[dropEnd(tag, /\d/)];
        if (label && /\d$/.test(tag)) labels.add(label);
      }
      out.push({ doc: name, line: i + 1, text, labels: UNFAIR_LABELS.filter((l) => labels.has(l)) });
    });
  }
  return out;
}

/** Score the classifier on labelled sentences. */
export function scoreUnfair(data: LabelledSentence[], classify: (s: string) => UnfairLabel[] = classifyUnfair): { categories: CategoryScore[]; macroF1: number } {
  const counts = new Map(UNFAIR_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  for (const s of data) {
    const got = new Set(classify(s.text));
    for (const l of UNFAIR_LABELS) {
      const c = counts.get(l)!;
      const want = s.labels.includes(l);
      if (want && got.has(l)) c.tp++;
      else if (got.has(l)) c.fp++;
      else if (want) c.fn++;
    }
  }
  const categories = UNFAIR_LABELS.map((label) => {
    const { tp, fp, fn } = counts.get(label)!;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, tp, fp, fn, precision, recall, f1 };
  });
  return { categories, macroF1: categories.reduce((n, c) => n + c.f1, 0) / categories.length };
}
