/**
 * The learned unfair-clause model in `eval`: its document-level cross-validated figures, computed by
 * scripts/train-unfair.py and stored with the asset (they need the training, which eval does not
 * repeat), printed beside the rule-only figures eval computes on the same corpus.
 */
import type { CategoryScore } from './unfair.js';
import { loadUnfairModel } from '../model/unfair.js';

/**
 * Print the model's cross-validated precision, recall and F1 per label beside the rules' figures;
 * return the floor breaches (a macro-F1 under `floor`).
 */
export function reportUnfairModel(rules: { categories: CategoryScore[]; macroF1: number }, floor: number | undefined, print: (line: string) => void): string[] {
  const { cv } = loadUnfairModel().asset;
  const f = (x: number) => x.toFixed(2);
  print(`unfair-tos model, ${cv.folds}-fold cross-validation over documents (held-out documents only; stored with the model by npm run train):`);
  for (const m of cv.model.labels) {
    const r = rules.categories.find((c) => c.label === m.label)!;
    print(`  ${m.label.padEnd(24)} precision ${f(m.precision)}  recall ${f(m.recall)}  F1 ${f(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})   rules alone F1 ${f(r.f1)}`);
  }
  print(`  macro-F1 ${cv.model.macroF1.toFixed(3)} (rules alone ${rules.macroF1.toFixed(3)}, on the documents they were written against)`);
  return floor !== undefined && cv.model.macroF1 + 1e-9 < floor ? [`unfair-tos model cross-validated macro-F1 ${cv.model.macroF1.toFixed(3)} < floor ${floor}`] : [];
}
