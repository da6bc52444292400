/**
 * Polarity of a word that is not governed by a right's modal: "disputes will not be resolved by
 * arbitration", "there is no class action waiver", "continued use does not mean you accept",
 * "we will never change these terms without your consent". A word is denied when the chain of
 * auxiliaries, adverbs and light verbs just before it holds a negation, or when a negative
 * determiner or subject governs it ("no arbitration", "Nothing in these Terms waives …").
 */
import { lexicon, re, withFlags } from '../lexicon/compose.js';

/** Auxiliaries and modals of a verb chain. */
const AUXILIARY = lexicon('auxiliary', [
  'will', 'shall', 'may', 'must', 'can', 'could', 'would', 'should', 'might', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'do', 'does', 'did', 'has', 'have', 'had', "'ll", 'it', 'there',
]);
/** Negations inside a verb chain. */
const CHAIN_NEGATION = lexicon('chain-negation', [
  'not', 'never', 'no longer', 'cannot', 'can not', "won't", "can't", "shan't", "don't", "doesn't", "didn't", "isn't",
  "aren't", "wasn't", "weren't", "wouldn't", "shouldn't", "mustn't", "hasn't", "haven't", 'neither', 'nor',
]);
/** Adverbs and light verbs that may stand in a chain ("will not necessarily be", "are not required to"). */
const CHAIN_FILLER = lexicon('chain-filler', [
  'also', 'otherwise', 'ever', 'necessarily', 'always', 'only', 'first', 'then', 'automatically', 'finally', 'exclusively',
  'solely', 'in any way', 'in any event', 'under any circumstances', 'be deemed to', 'deemed to', 'construed to', 'construed as',
  'required to', 'obliged to', 'obligated to', 'have to', 'has to', 'need to', 'needs to', 'go to', 'subject to',
  'intended to', 'meant to', 'considered to', 'be', 'by', 'to',
]);

const CHAIN = re`(?:(?:${AUXILIARY}|${CHAIN_NEGATION}|${CHAIN_FILLER})[\s,]{1,40}){1,8}$`;
const NEGATION_IN_CHAIN = re`${CHAIN_NEGATION}`;
/** A negative determiner or quantifier just before the word: "no arbitration", "there is no class action waiver". */
const NEGATIVE_DETERMINER = re`\b(?:no|nothing in|none of|without|there is no|there are no|there will be no|there shall be no)\s{1,4}(?:[\w’'-]{1,40}\s{1,4}){0,2}$`;
/** A negative subject at the start of the clause: "Nothing in this Agreement shall …", "No claim may …". */
const NEGATIVE_SUBJECT = withFlags('i')`^\s{0,4}(?:nothing|neither|no\s{1,4}(?:party|one|person|provision|term|part)\b|none of)\b`;

/** Is the word at `at` denied, within the clause that starts at `clauseStart`? */
export function deniedAt(text: string, at: number, clauseStart = 0): boolean {
  const before = text.slice(Math.max(clauseStart, at - 120), at);
  const chain = CHAIN.exec(before);
  if (chain && NEGATION_IN_CHAIN.test(chain[0])) return true;
  if (NEGATIVE_DETERMINER.test(before.slice(-40))) return true;
  const head = text.slice(clauseStart, at);
  return NEGATIVE_SUBJECT.test(head) && !/[,;]/.test(head);
}
