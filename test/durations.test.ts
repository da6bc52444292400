/** Table-driven tests of the duration parser: the phrasings agreements use for periods. */
import { describe, expect, it } from 'vitest';
import { findDurations } from '../src/index.js';
import { wordsToNumber } from '../src/annotate/durations.js';

const cases: Array<[string, Partial<ReturnType<typeof findDurations>[number]> | undefined]> = [
  ['thirty (30) days', { amount: 30, unit: 'days' }],
  ['thirty days', { amount: 30, unit: 'days' }],
  ['30 days', { amount: 30, unit: 'days' }],
  ['a 30-day cure period', { amount: 30, unit: 'days' }],
  ['two (2) business days', { amount: 2, unit: 'days', business: true }],
  ['five working days', { amount: 5, unit: 'days', business: true }],
  ['24 hours', { amount: 24, unit: 'hours' }],
  ['twenty-four (24) hours', { amount: 24, unit: 'hours' }],
  ['one month', { amount: 1, unit: 'months' }],
  ['twelve (12) months', { amount: 12, unit: 'months' }],
  ['one year', { amount: 1, unit: 'years' }],
  ['2 weeks', { amount: 2, unit: 'weeks' }],
  ['at least 30 days', { amount: 30, qualifier: 'at-least' }],
  ['no less than sixty (60) days', { amount: 60, qualifier: 'at-least' }],
  ['not less than 90 days', { amount: 90, qualifier: 'at-least' }],
  ['more than fifteen (15) days', { amount: 15, qualifier: 'more-than' }],
  ['30 days or more', { amount: 30, qualifier: 'at-least' }],
  ['within forty-five (45) days', { amount: 45, qualifier: 'within' }],
  ['up to 7 days', { amount: 7, qualifier: 'at-most' }],
  ['one hundred and twenty (120) days', { amount: 120, unit: 'days' }],
  ['ninety (90) calendar days', { amount: 90, unit: 'days' }],
  ['1.5 months', { amount: 1.5, unit: 'months' }],
  ['30 (thirty) days', { amount: 30, unit: 'days' }],
  ['two (2) months and ten (10) days', { amount: 70, unit: 'days' }],
  ['one year and six months', { amount: 18, unit: 'months' }],
  ['48h', { amount: 48, unit: 'hours' }],
  ['72 hrs', { amount: 72, unit: 'hours' }],
  ['within 3 wks', { amount: 3, unit: 'weeks', qualifier: 'within' }],
  ['a fortnight', undefined],
  ['within a fortnight', { amount: 2, unit: 'weeks', qualifier: 'within' }],
  ['two fortnights', { amount: 4, unit: 'weeks' }],
  ['at least a month', { amount: 1, unit: 'months', qualifier: 'at-least' }],
  ['notice of one week', { amount: 1, unit: 'weeks' }],
  ['24 hours a day', { amount: 24, unit: 'hours' }],
  ['the 30th day of the month', undefined],
  ['Section 30 applies', undefined],
];

describe('findDurations', () => {
  for (const [text, want] of cases) {
    it(`reads "${text}"`, () => {
      const found = findDurations(text);
      if (!want) {
        expect(found).toEqual([]);
        return;
      }
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject(want);
      if (!want.business) expect(found[0].business).toBeUndefined();
    });
  }

  it('finds every duration of a sentence in order, with positions', () => {
    const text = "Either party may terminate on thirty (30) days' notice; the other has 10 business days to cure.";
    const found = findDurations(text);
    expect(found.map((d) => [d.amount, d.unit, d.business ?? false])).toEqual([[30, 'days', false], [10, 'days', true]]);
    expect(text.slice(found[0].start, found[0].end)).toBe('thirty (30) days');
  });
});

describe('wordsToNumber', () => {
  const table: Array<[string, number | undefined]> = [
    ['one', 1], ['fourteen', 14], ['thirty', 30], ['thirty-one', 31], ['ninety nine', 99], ['one hundred', 100],
    ['hundred and twenty', 120], ['45', 45], ['several', undefined],
  ];
  for (const [words, n] of table) it(`reads "${words}" as ${n}`, () => expect(wordsToNumber(words)).toBe(n));
});
