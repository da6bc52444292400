import { describe, expect, it } from 'vitest';
import { sectionMatches } from '../src/evaluation.js';

/** FORMAT.md, "How an answer is scored": which cited section meets which gold section. */
const table: Array<[gold: string, section: string, heading: string, met: boolean]> = [
  ['5.2(b)', '5.2(b)(ii)', '', true],
  ['5.2(b)', '5.2', '', false],
  ['4.b.iv', '4(b)(iv)', '', true],
  ['Section 4.1.', '4.1', '', true],
  ['2. User Safety', '2', '', true],
  ['2. User Safety', '', 'User Safety', true],
  ['Cancellation and Termination, item 4', '', 'Cancellation and Termination', true],
  ['Settling disputes - Agreement to Arbitrate', '', 'Agreement to Arbitrate', true],
  ['MISCELLANEOUS - Force Majeure', '', 'MISCELLANEOUS › Force Majeure', true],
  ['Payments / Refunds', '', 'Refunds', true],
  ['MISCELLANEOUS - Force Majeure', '', 'MISCELLANEOUS › Assignment', false],
  ['Ending These Terms', '', 'Ending These Terms › Termination', true],
  ['Acme Fees (Payment)', '', 'Payment', true],
  ['SITE RULES, CHANGES, AND SEVERABILITY', '', 'Terms › SITE RULES, CHANGES, AND SEVERABILITY', true],
  ['SITE RULES, CHANGES, AND SEVERABILITY', '', 'SITE RULES', true],
  ['SITE RULES, CHANGES, AND SEVERABILITY', '', 'Disputes', false],
  ['S-2.1', 'S-2.1', 'Fees and Renewal', true],
  ['S-2.1', 'S-2', '', false],
  ['S-2', 'S-2.1', '', true],
];

describe('sectionMatches', () => {
  it.each(table)('%s against %s / %s', (gold, section, heading, met) => {
    expect(sectionMatches(gold, section, heading)).toBe(met);
  });
});

describe('value scoring', () => {
  const item = { id: 'x', question: 'cap?', intent: { action: 'liability-cap', ask: 'value' }, answer: { value: 'greater of $50 and subscription fees paid during the 12 month period' }, sections: [], quote: '' } as never;
  const answer = (text: string) => ({ question: 'cap?', answer: 'yes', value: { text }, evidence: [] }) as never;
  it.each([
    ['the greater of US$50 and subscription fees paid by you during the 12 month period', true],
    ['the greater of US$500 and subscription fees paid by you during the 12 month period', false],
    ['the greater of $50.00 and subscription fees paid by you during the 12 month period', true],
    ['the greater of $50.50 and subscription fees paid by you during the 12 month period', false],
  ])('reads a number as its figure, whatever the currency sign: %s', async (text, right) => {
    const { scoreItem } = await import('../src/evaluation.js');
    expect(scoreItem(item, answer(text)).right).toBe(right);
  });
});
