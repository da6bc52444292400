/**
 * Durations, read by our own table-driven parser (in the manner of LexNLP): "thirty (30) days",
 * "30-day", "two (2) business days", "24 hours", "one month", "at least 30 days' advance notice".
 * Words and digits are both read; where both are written ("thirty (30)") the digits win.
 */
import type { Duration, DurationUnit } from '../schema/index.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const NUMBER_WORD = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?|${Object.keys(UNITS).join('|')}|(?:one |a )?hundred(?: and \\w+)?)`;

/** The value of a number written in words ("thirty-one", "fourteen", "one hundred"), or undefined. */
export function wordsToNumber(words: string): number | undefined {
  const w = words.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^(\w+)[- ](\w+)$/.exec(w);
  if (m && m[1] in TENS && m[2] in UNITS) return TENS[m[1]] + UNITS[m[2]];
  const h = /^(?:(?:one|a) )?hundred(?: and (.+))?$/.exec(w);
  if (h) return 100 + (h[1] ? wordsToNumber(h[1]) ?? 0 : 0);
  return undefined;
}

const QUALIFIERS: Array<[RegExp, Duration['qualifier']]> = [
  [/^(?:at least|no less than|not less than|no fewer than|not fewer than|a minimum of|minimum of)$/, 'at-least'],
  [/^(?:more than|over|longer than|in excess of|exceeding)$/, 'more-than'],
  [/^(?:up to|no more than|not more than|at most|a maximum of|no later than|less than|fewer than)$/, 'at-most'],
  [/^within$/, 'within'],
];

const DURATION = new RegExp(
  '(?<q>\\b(?:at least|no less than|not less than|no fewer than|not fewer than|a minimum of|minimum of|more than|over|longer than|in excess of|exceeding|up to|no more than|not more than|at most|a maximum of|no later than|less than|fewer than|within)\\s+)?' +
  `\\b(?<n>\\d{1,4}|${NUMBER_WORD})` +
  '(?:\\s*\\(\\s*(?<d>\\d{1,4})\\s*\\))?' +
  '(?<or>\\s+or more)?' +
  '(?:\\s*-\\s*|\\s+)' +
  '(?<b>business\\s+|working\\s+|calendar\\s+|consecutive\\s+|full\\s+|banking\\s+)*' +
  '(?<u>hours?|days?|weeks?|months?|years?)\\b' +
  '(?<or2>\\s+or (?:more|longer))?',
  'gi',
);

/** A duration found in text, with its position. */
export interface FoundDuration extends Duration {
  start: number;
  end: number;
}

const UNIT_OF: Record<string, DurationUnit> = { hour: 'hours', day: 'days', week: 'weeks', month: 'months', year: 'years' };

/** Every duration written in `text`, in order. */
export function findDurations(text: string): FoundDuration[] {
  const out: FoundDuration[] = [];
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups!;
    const amount = g.d !== undefined ? Number(g.d) : wordsToNumber(g.n);
    if (amount === undefined) continue;
    const unit = UNIT_OF[g.u.toLowerCase().replace(/s$/, '')];
    const qualifierWords = g.q?.trim().toLowerCase();
    let qualifier = qualifierWords ? QUALIFIERS.find(([re]) => re.test(qualifierWords))?.[1] : undefined;
    if (!qualifier && (g.or || g.or2)) qualifier = 'at-least';
    const business = /business|working|banking/i.test(g.b ?? '');
    const d: FoundDuration = { amount, unit, text: m[0].trim(), start: m.index!, end: m.index! + m[0].length };
    if (business) d.business = true;
    if (qualifier) d.qualifier = qualifier;
    out.push(d);
  }
  return out;
}

/** Strip the position of a found duration. */
export function toDuration(found: FoundDuration): Duration {
  const { start: _s, end: _e, ...rest } = found;
  return rest;
}
