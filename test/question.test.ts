/** Table-driven tests of question parsing: questions as users type them, read into intents. */
import { describe, expect, it } from 'vitest';
import { parseQuestion, type Intent } from '../src/index.js';

const cases: Array<[string, Intent | undefined]> = [
  ['Can AWS terminate immediately upon notice?', { action: 'terminate', by: 'provider', notice: 'immediate', ask: 'whether' }],
  ['can they shut off my account without warning?', { action: 'terminate', by: 'provider', notice: 'without-notice', ask: 'whether' }],
  ['How much notice does the provider have to give before ending the contract for convenience?', { action: 'terminate', by: 'provider', grounds: 'convenience', ask: 'notice-period' }],
  ['is there a cure period if I breach?', { action: 'terminate', grounds: 'breach', ask: 'cure-period' }],
  ['Can I cancel any time?', { action: 'terminate', by: 'customer', grounds: 'any', ask: 'whether' }],
  ['Can we terminate the agreement for convenience?', { action: 'terminate', by: 'customer', grounds: 'convenience', ask: 'whether' }],
  ['Can our company walk away from the contract?', { action: 'terminate', by: 'customer', ask: 'whether' }],
  ['Can the company suspend my account if I do not pay?', { action: 'suspend', by: 'provider', grounds: 'non-payment', ask: 'whether' }],
  ['Can either party terminate if the other goes bankrupt?', { action: 'terminate', by: 'either', grounds: 'insolvency', ask: 'whether' }],
  ['Will they warn me before suspending my account?', { action: 'suspend', by: 'provider', notice: 'advance', ask: 'whether' }],
  ['How many days overdue can my account get before they may suspend it?', { action: 'suspend', by: 'provider', grounds: 'non-payment', ask: 'period' }],
  ['How long must my account stay suspended before they can terminate?', { action: 'terminate', by: 'provider', grounds: 'suspension-unremedied', ask: 'period' }],
  ['Can the customer terminate immediately?', { action: 'terminate', by: 'customer', notice: 'immediate', ask: 'whether' }],
  ['What is the capital of France?', undefined],
  ['Which law governs the agreement?', undefined],
  ['What happens to my data after my account is terminated?', undefined],
  ['', undefined],
];

describe('parseQuestion', () => {
  for (const [question, want] of cases) {
    it(`reads "${question}"`, () => {
      expect(parseQuestion(question)).toEqual(want);
    });
  }

  it('reads "we" in a question as the asker, not the provider', () => {
    expect(parseQuestion('Can we cancel our subscription at any time?')?.by).toBe('customer');
  });

  it('takes typographic quotes and odd spacing as plain ones', () => {
    expect(parseQuestion('Can’t   they   terminate   without   notice?')).toEqual(parseQuestion("Can't they terminate without notice?"));
  });
});
