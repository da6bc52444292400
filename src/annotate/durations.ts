/**
 * Durations, read by our own table-driven parser (in the manner of LexNLP): "thirty (30) days",
 * "30-day", "two (2) business days", "24 hours", "one month", "at least 30 days' advance notice".
 * Words and digits are both read; where both are written ("thirty (30)") the digits win.
 */
import type { Duration, DurationUnit } from '../schema/index.js';
import { any, lexicon, re, withFlags, type Lexicon } from '../lexicon/compose.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** A number written in words, as a pattern source ("thirty-one", "fourteen", "one hundred"). */
export const NUMBER_WORD = `(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?|${Object.keys(UNITS).join('|')}|(?:one |a )?hundred(?: and \\w{1,20})?)`;

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

const QUALIFIERS: Array<[Lexicon, Duration['qualifier']]> = [
  [lexicon('at-least', ['at least', 'no less than', 'not less than', 'no fewer than', 'not fewer than', 'a minimum of', 'minimum of']), 'at-least'],
  [lexicon('more-than', ['more than', 'over', 'longer than', 'in excess of', 'exceeding']), 'more-than'],
  [lexicon('at-most', ['up to', 'no more than', 'not more than', 'at most', 'a maximum of', 'no later than', 'less than', 'fewer than']), 'at-most'],
  [lexicon('within', ['within']), 'within'],
];
const QUALIFIER = any(...QUALIFIERS.map(([lex]) => lex));

/** Units and the ways they are written, abbreviations included ("48h", "72 hrs", "3 mos"). */
const UNIT_WORDS: Array<[DurationUnit, Lexicon]> = [
  ['hours', lexicon('hours', ['hour', 'hours', 'hr', 'hrs', 'h'])],
  ['days', lexicon('days', ['day', 'days'])],
  ['weeks', lexicon('weeks', ['week', 'weeks', 'wk', 'wks'])],
  ['months', lexicon('months', ['month', 'months', 'mo', 'mos'])],
  ['years', lexicon('years', ['year', 'years', 'yr', 'yrs'])],
];
// no word edge before a unit: "48h", "72hrs" are written without a space
const UNIT = `(?:${UNIT_WORDS.flatMap(([, lex]) => lex.entries).sort((a, b) => b.length - a.length).join('|')})`;
const KIND = lexicon('day-kind', ['business', 'working', 'calendar', 'consecutive', 'full', 'banking']);
const NUMBER = `(?:\\d{1,4}(?:\\.\\d{1,2})?|${NUMBER_WORD})`;

const DURATION = withFlags('gi')`(?<q>\b${QUALIFIER}\s{1,4})?\b(?<n>${NUMBER})(?:\s{0,4}\(\s{0,4}(?:(?<d>\d{1,4}(?:\.\d{1,2})?)|${NUMBER_WORD})\s{0,4}\))?(?<or>\s{1,4}or more)?(?:\s{0,4}-\s{0,4}|\s{0,4})(?<b>${KIND}\s{1,4}){0,8}(?<u>${UNIT})(?<or2>\s{1,4}or (?:more|longer))?(?![\w-])`;
/** "a month", "an hour", "a fortnight": an article for one, only where a period is meant (after a preposition or a qualifier). */
const ONE = withFlags('gi')`(?<q>\b${QUALIFIER}\s{1,4})?(?<=\b(?:within|after|for|of|in|over|than|least|most|to|before|notice|period|past|last|first|next|once)\s{1,4}(?:\w{1,40}\s{1,4})?)\b(?<n>an?|one)\s{1,4}(?<b>${KIND}\s{1,4}){0,8}(?<u>hour|day|week|month|year|fortnight)\b`;
const FORTNIGHT = lexicon('fortnight', ['fortnight', 'fortnights']);
const FORTNIGHTS = withFlags('gi')`\b(?<n>${NUMBER})\s{1,4}(?<u>${FORTNIGHT})\b`;
const UNIT_HINT = re`hour|day|week|month|year|fortnight|\d\s{0,2}(?:h|hrs?|wks?|mos?|yrs?)\b`;
/** Two durations joined into one period: "two (2) months and ten (10) days". */
const JOIN = re`^\s{0,4}(?:and|plus|,)\s{0,4}$`;

/** A duration found in text, with its position. */
export interface FoundDuration extends Duration {
  start: number;
  end: number;
}

const DAYS_IN: Record<DurationUnit, number> = { hours: 1 / 24, days: 1, weeks: 7, months: 30, years: 365 };

/** A period in days, for comparing periods (a month as 30 days, a year as 365). */
export function inDays(d: { amount: number; unit: DurationUnit }): number {
  return d.amount * DAYS_IN[d.unit];
}

function unitOf(word: string): DurationUnit | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('fortnight')) return 'weeks';
  return UNIT_WORDS.find(([, lex]) => lex.entries.includes(w))?.[0];
}

function read(m: RegExpMatchArray): FoundDuration | undefined {
  const g = m.groups!;
  const raw = g.d ?? g.n;
  const amount0 = /^\d/.test(raw) ? Number(raw) : /^(?:an?|one)$/i.test(raw) ? 1 : wordsToNumber(raw);
  const unit = unitOf(g.u);
  if (amount0 === undefined || !unit) return undefined;
  // a bare "h" or "mo" needs digits right before it ("48h", "3 mos"): "5 h" in running text is rare, "a h" never
  if (/^(?:h|mo|mos|hr|hrs|wk|wks|yr|yrs)$/i.test(g.u) && !/^\d/.test(raw)) return undefined;
  const amount = /^fortnight/i.test(g.u) ? amount0 * 2 : amount0;
  const qualifierWords = g.q?.trim().toLowerCase();
  let qualifier = qualifierWords ? QUALIFIERS.find(([lex]) => lex.entries.includes(qualifierWords.replace(/\s+/g, ' ')))?.[1] : undefined;
  if (!qualifier && (g.or || g.or2)) qualifier = 'at-least';
  const d: FoundDuration = { amount, unit, text: m[0].trim(), start: m.index!, end: m.index! + m[0].length };
  if (/business|working|banking/i.test(g.b ?? '')) d.business = true;
  if (qualifier) d.qualifier = qualifier;
  return d;
}

/** Does `d` overlap one of the first `n` durations of `sorted` (sorted by start)? */
function overlaps(sorted: FoundDuration[], n: number, d: FoundDuration): boolean {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= d.start) lo = mid + 1; else hi = mid;
  }
  return lo < n && sorted[lo].start < d.end;
}

/** Every duration written in `text`, in order; two joined by "and" ("two months and ten days") are one. */
export function findDurations(text: string): FoundDuration[] {
  const found: FoundDuration[] = [];
  // no unit, no duration: most provisions are passed over with one cheap test
  if (!UNIT_HINT.test(text)) return found;
  // the matches of one pattern never overlap; one of a later pattern is kept where no earlier one stands
  // (looked up by binary search in the sorted list, so many durations stay linear)
  for (const re of [DURATION, FORTNIGHTS, ONE]) {
    const before = found.length;
    for (const m of text.matchAll(re)) {
      const d = read(m);
      if (d && !overlaps(found, before, d)) found.push(d);
    }
    found.sort((a, b) => a.start - b.start);
  }
  const out: FoundDuration[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && !d.qualifier && last.unit !== d.unit && DAYS_IN[last.unit] > DAYS_IN[d.unit] && !last.business && !d.business && JOIN.test(text.slice(last.end, d.start))) {
      // the smaller unit carries the sum: 2 months and 10 days is 70 days
      const ratio = last.unit === 'years' && d.unit === 'months' ? 12 : DAYS_IN[last.unit] / DAYS_IN[d.unit];
      const amount = Math.round((last.amount * ratio + d.amount) * 100) / 100;
      out[out.length - 1] = { ...last, amount, unit: d.unit, text: text.slice(last.start, d.end).trim(), end: d.end };
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Strip the position of a found duration. */
export function toDuration(found: FoundDuration): Duration {
  const { start: _s, end: _e, ...rest } = found;
  return rest;
}
