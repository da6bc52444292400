/**
 * `tos-clauses/eval`: the scoring behind `tos-clauses eval`, for those who measure the library on
 * their own gold files (the format of ../shared/gold/FORMAT.md) or on a CLAUDETTE-style corpus.
 * Not part of the main API: these shapes follow the evaluation, not the clauses.
 */
export { evaluate, scoreItem, sectionMatches, samePeriod, totals, summaryLine, GoldSchema } from './eval/index.js';
export type { Gold, GoldItem, ItemScore, Totals } from './eval/index.js';
export { readClaudette, scoreUnfair, CLAUDETTE_TAGS } from './eval/unfair.js';
export type { LabelledSentence, CategoryScore } from './eval/unfair.js';
export { detokenize } from './classify/unfair.js';
