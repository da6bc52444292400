/** Table-driven tests of question parsing: questions as users type them, read into intents. */
import { describe, expect, it } from 'vitest';
import { parseQuestion, type Intent } from '../src/index.js';
import { stem } from '../src/query/rank.js';

/** The intent without its terms (the question's own words, tested on their own below). */
function slots(question: string): Intent | undefined {
  const intent = parseQuestion(question);
  if (!intent) return undefined;
  const { terms: _terms, ...rest } = intent;
  return rest;
}

const cases: Array<[string, Intent | undefined]> = [
  ['Can AWS terminate immediately upon notice?', { action: 'terminate', by: 'provider', notice: 'immediate', ask: 'whether' }],
  ['can they shut off my account without warning?', { action: 'terminate', by: 'provider', notice: 'without-notice', ask: 'whether', alternative: 'suspend' }],
  ['How much notice does the provider have to give before ending the contract for convenience?', { action: 'terminate', by: 'provider', grounds: 'convenience', ask: 'notice-period' }],
  ['is there a cure period if I breach?', { action: 'terminate', by: 'provider', breaching: 'customer', grounds: 'breach', ask: 'cure-period' }],
  ['How long does the provider have to cure a breach before I can terminate?', { action: 'terminate', by: 'customer', breaching: 'provider', grounds: 'breach', ask: 'cure-period' }],
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
  ['Which law governs the agreement?', { action: 'governing-law', ask: 'value' }],
  ['Where would a lawsuit have to be filed?', { action: 'jurisdiction', ask: 'value' }],
  ['Do disputes go to binding arbitration?', { action: 'arbitration', ask: 'whether' }],
  ['Is there a class action waiver?', { action: 'class-action-waiver', ask: 'whether' }],
  ['What happens to my data after my account is terminated?', { action: 'data-after-termination', ask: 'whether', about: 'deletion', timing: 'after-end' }],
  ['What happens to my files if they shut my account?', { action: 'data-after-termination', ask: 'whether', about: 'deletion', timing: 'after-end' }],
  ['How long do I have to download my data after the account is closed?', { action: 'data-after-termination', ask: 'period', about: 'retrieval', timing: 'after-end' }],
  ['Does registering mean I accept the terms?', { action: 'acceptance-by-use', ask: 'whether' }],
  ['How will I be notified of changes?', { action: 'modify-terms', by: 'provider', ask: 'value', about: 'channel' }],
  ['Can my account be closed without a reason?', { action: 'terminate', ask: 'whether', by: 'provider', grounds: 'convenience' }],
  ['What notice do I get before my account is terminated?', { action: 'terminate', ask: 'notice-period', by: 'provider' }],
  ['How much notice before they shut down the service?', { action: 'terminate', ask: 'notice-period', by: 'provider', object: 'service', alternative: 'suspend' }],
  ['Can they discontinue a beta feature without notice?', { action: 'terminate', ask: 'whether', by: 'provider', notice: 'without-notice', object: 'part', part: 'beta feature' }],
  ['Can I impersonate someone?', { action: 'content-duty', ask: 'whether', categories: ['fraud'] }],
  ['Can they remove my listings?', { action: 'remove-content', by: 'provider', ask: 'whether' }],
  ['Does listing an item mean I accept the terms?', { action: 'acceptance-by-use', ask: 'whether' }],
  ['Can the service be discontinued?', { action: 'terminate', ask: 'whether', by: 'provider', object: 'service' }],
  ['Will they warn me before banning my account?', { action: 'terminate', ask: 'whether', by: 'provider', notice: 'advance' }],
  ['Can they close my account for inactivity?', { action: 'terminate', ask: 'whether', by: 'provider', grounds: 'inactivity' }],
  ['How long until they delete my repos after I close my account?', { action: 'data-after-termination', ask: 'period', about: 'deletion', timing: 'after-end' }],
  ['What kinds of content am I not allowed to upload?', { action: 'content-duty', ask: 'categories' }],
  ['Am I allowed to use the service for phishing?', { action: 'content-duty', ask: 'whether', categories: ['fraud'] }],
  ['Can they delete my posts without telling me?', { action: 'remove-content', by: 'provider', ask: 'whether', notice: 'without-notice' }],
  ['How much notice before they change the terms?', { action: 'modify-terms', by: 'provider', ask: 'notice-period' }],
  ['Can they change the terms on their own?', { action: 'modify-terms', by: 'provider', ask: 'whether', unilateral: true }],
  ['How long do I have to object to a change in the terms?', { action: 'modify-terms', ask: 'period', about: 'objection' }],
  ['If I keep using the service after a change, have I accepted it?', { action: 'acceptance-by-use', ask: 'whether', timing: 'after-change' }],
  ['Is their liability capped?', { action: 'liability-cap', ask: 'whether' }],
  ['How much is their liability capped at?', { action: 'liability-cap', ask: 'value' }],
  ['What is the maximum amount of their liability?', { action: 'liability-cap', ask: 'value' }],
  ['Is there a cap on damages?', { action: 'liability-cap', ask: 'whether' }],
  ['Can I opt out of arbitration?', { action: 'arbitration', ask: 'whether', about: 'opt-out' }],
  ['How long do I have to opt out of arbitration?', { action: 'arbitration', ask: 'period', about: 'opt-out' }],
  ['Does the subscription renew automatically?', { action: 'auto-renewal', ask: 'whether' }],
  ['Can they raise the price of my plan?', { action: 'fee-change', by: 'provider', ask: 'whether' }],
  ['Can they raise the price in the middle of my term?', { action: 'fee-change', by: 'provider', ask: 'whether', timing: 'mid-term' }],
  ['Is it allowed for them to suspend my account immediately?', { action: 'suspend', by: 'provider', notice: 'immediate', ask: 'whether' }],
  ['Can they close or freeze my account?', { action: 'terminate', by: 'provider', ask: 'whether', alternative: 'suspend' }],
  ['If I cancel, do I get a refund?', { action: 'terminate', by: 'customer', ask: 'whether', about: 'refund' }],
  ['How long after signing up can I cancel and still get my money back?', { action: 'terminate', by: 'customer', ask: 'period', about: 'refund' }],
  ['can they terminte my acount without warnning?', { action: 'terminate', by: 'provider', notice: 'without-notice', ask: 'whether' }],
  ['Can Automattic change the price of my plan?', { action: 'fee-change', by: 'provider', ask: 'whether' }],
  ['Does a price increase give me the right to cancel?', { action: 'terminate', by: 'customer', ask: 'whether' }],
  ['If they suspend my account, can I get my data out?', { action: 'data-after-termination', ask: 'whether', about: 'retrieval', timing: 'after-end' }],
  ['Can you cancel at any time?', { action: 'terminate', by: 'customer', grounds: 'any', ask: 'whether' }],
  ['', undefined],
];

describe('parseQuestion', () => {
  for (const [question, want] of cases) {
    it(`reads "${question}"`, () => {
      expect(slots(question)).toEqual(want);
    });
  }

  it('reads "we" in a question as the asker, not the provider', () => {
    expect(parseQuestion('Can we cancel our subscription at any time?')?.by).toBe('customer');
  });

  it('takes typographic quotes and odd spacing as plain ones', () => {
    expect(parseQuestion('Can’t   they   terminate   without   notice?')).toEqual(parseQuestion("Can't they terminate without notice?"));
  });

  it('reads the scope the asker names, in canonical form', () => {
    expect(parseQuestion("I'm a consumer in the UK: does the arbitration clause apply to me?")?.scope).toEqual({ regions: ['United Kingdom'], customer: 'consumer' });
    expect(parseQuestion('I live outside the EU - which law governs?')?.scope).toEqual({ regions: ['EU'], outside: true });
    expect(parseQuestion("We're a business on the Enterprise plan - can they change our terms?")?.scope).toEqual({ customer: 'business', plan: 'Enterprise plan' });
    // "us" the pronoun is no place; "English law" is the law asked about, not the asker's place
    expect(parseQuestion('Can either of us end the contract?')?.scope).toBeUndefined();
    expect(parseQuestion('Does English law govern the terms?')?.scope).toBeUndefined();
  });

  it("keeps the question's own words as stemmed terms, without the words that only ask whether it is allowed", () => {
    expect(parseQuestion('Can Valve close my account for using bots or macros?')?.terms).toEqual(expect.arrayContaining(['bot', 'macro']));
    expect(parseQuestion('Am I allowed to post phishing links?')?.terms).toEqual(['phish', 'link']);
  });
});

describe('stem', () => {
  it('gives a word and its suffixed forms one stem, doubled consonants included', () => {
    expect(stem('spamming')).toBe(stem('spam'));
    expect(stem('banned')).toBe(stem('ban'));
    expect(stem('impersonates')).toBe(stem('impersonate'));
    expect(stem('fall')).toBe('fall');
  });
});
