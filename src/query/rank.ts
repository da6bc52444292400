/**
 * Ranking helpers shared by every query: content-word stems of a question, overlap with a clause,
 * and periods as answer values.
 */
import type { Duration, Grounds, Intent, Notice, PeriodValue } from '../schema/index.js';
import { SYNONYM_GROUPS } from '../lexicon/synonyms.js';

const STOP = new Set('a an the and or of to in on for by with at from is are be been was were can could may might will would shall should must do does did i we you they it my our your their me us them this that these those any all if what how much many long there have has get not no as so than then into upon about before after'.split(' '));

/** A part of the service, not the whole: "Customer's use of Trials and Betas", "that End User's access". */
export const PART_OF_SERVICE = /\b(?:trials?|betas?|previews?|pilots?|evaluations?|free (?:tiers?|plans?|versions?)|end[- ]users?[’']?s?[’']? access)\b/i;

/** Does an intent ask about a part of the service (a trial, a beta, a free plan), so that rights over that part answer it? */
export function asksAboutPart(intent: Intent): boolean {
  return intent.object === 'part' || (intent.scope?.plan !== undefined && PART_OF_SERVICE.test(intent.scope.plan));
}

/** A light suffix stripper: "cure", "cured" and "curing" share a stem; so do "breach" and "breaches". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let w = word.replace(/(?:ations?|ing|ed|es|s|ly|ions?|ment)$/, '');
  // "spamming" and "spam", "banned" and "ban": a doubled final consonant left by the suffix goes
  if (w !== word && /([b-df-hj-km-np-rt-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3) w = w.replace(/e$/, '');
  return w.length >= 3 ? w : word;
}

/** Each synonym's stem to its group's (SYNONYM_GROUPS): "crawler" and "bot" rank as one word. */
const SYNONYM_STEM = new Map<string, string>(SYNONYM_GROUPS.flatMap((g) => g.entries.map((w) => [stem(w), stem(g.name.replace(/^syn-/, ''))] as [string, string])));

/** The content-word stems of a text, in order (stop words dropped; synonyms read as their group's word). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().replace(/can'?t|cannot|can not/g, ' cannot ').replace(/[’']/g, "'").split(/[^a-z0-9']+/)) {
    // (a quotation mark is no part of the word: "'Everything on sale'")
    const word = w.replace(/^'{1,10}/, '').replace(/'s?$/, '');
    if (!word || STOP.has(word)) continue;
    const st = stem(word);
    out.push(SYNONYM_STEM.get(st) ?? st);
  }
  return out;
}

/** A question's words for ranking: stems and adjacent pairs of stems ("cannot cur"). */
export interface Terms { words: Set<string>; pairs: Set<string> }

/** The stems of a text and their adjacent pairs, for ranking. */
export function stems(text: string): Terms {
  return termsOf(contentStems(text));
}

/** Ranking terms from a list of stems in order (an intent's `terms`): the stems and their adjacent pairs. */
export function termsOf(list: readonly string[]): Terms {
  return { words: new Set(list), pairs: new Set(list.slice(1).map((w, i) => `${list[i]} ${w}`)) };
}

/** The terms an intent ranks clauses by: its own words (`terms`), with their adjacent pairs. */
export function rankingTerms(intent: Intent): Terms {
  return termsOf(intent.terms ?? []);
}

/** A right or change that takes effect at once: immediately, on posting, or without notice. */
export function atOnce(n: Notice): boolean {
  return n.kind === 'immediate' || n.kind === 'without-notice' || n.immediate === true;
}

/** A right or change that waits for notice: a period, reasonable or advance notice, or notice required. */
export function onNotice(n: Notice): boolean {
  return n.kind === 'advance' || n.kind === 'reasonable' || n.period !== undefined || n.required === true;
}

/** Words shared with the question, plus two for each shared pair of adjacent words. */
export function overlap(q: Terms, text: string): number {
  const t = stems(text);
  let n = 0;
  for (const w of t.words) if (q.words.has(w)) n++;
  for (const p of t.pairs) if (q.pairs.has(p)) n += 2;
  return n;
}

/**
 * How distinctively `text` shares the question's words among `texts`: each shared word counts one
 * over the number of texts that have it, so a word every clause has ("user") weighs little beside one
 * only this clause has ("passwords"). For ordering candidates that share as many words.
 */
export function distinctiveness(q: Terms, texts: readonly string[]): number[] {
  const sets = texts.map((t) => stems(t).words);
  const df = new Map<string, number>();
  for (const w of q.words) df.set(w, sets.filter((s) => s.has(w)).length);
  return sets.map((s) => [...q.words].reduce((n, w) => (s.has(w) ? n + 1 / df.get(w)! : n), 0));
}

/**
 * The question's words (`q.words`) that `text` has and `other` lacks, and likewise its adjacent pairs:
 * what makes one clause, rather than another, about what was asked.
 */
export function askedOnlyIn(q: Terms, text: string, other: string): { words: string[]; pairs: string[] } {
  const a = stems(text);
  const b = stems(other);
  return {
    words: [...a.words].filter((w) => q.words.has(w) && !b.words.has(w)),
    pairs: [...a.pairs].filter((p) => q.pairs.has(p) && !b.pairs.has(p)),
  };
}

/** Turn a duration into an answer value. */
export function periodValue(d: Duration): PeriodValue {
  const v: PeriodValue = {};
  if (d.unit === 'hours') v.hours = d.amount;
  else if (d.unit === 'days') v.days = d.amount;
  else if (d.unit === 'weeks') v.days = d.amount * 7;
  else if (d.unit === 'months') v.months = d.amount;
  else v.months = d.amount * 12;
  if (d.business) v.business = true;
  return v;
}


/** The grounds of a right that answer a question asked for each cause ("for breach" is answered by breach or cause). */
export const GROUNDS_OK: Record<NonNullable<Intent['grounds']>, Grounds[]> = {
  convenience: ['convenience', 'any-reason'],
  any: ['any-reason', 'convenience'],
  breach: ['breach', 'cause'],
  cause: ['cause', 'breach'],
  'non-payment': ['non-payment'],
  law: ['law'],
  insolvency: ['insolvency'],
  'suspension-unremedied': ['suspension-unremedied'],
  inactivity: ['inactivity'],
};
