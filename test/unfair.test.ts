/** Table-driven tests of the unfair-clause classifier, on sentences of our own wording, raw and tokenised. */
import { describe, expect, it } from 'vitest';
import { classifyUnfair, type UnfairLabel } from '../src/index.js';
import { detokenize, scoreUnfair } from '../src/evaluation.js';

const cases: Array<[string, UnfairLabel[]]> = [
  ['We may suspend or terminate your account at any time, for any reason, without notice.', ['Unilateral termination']],
  ['We reserve the right to modify these terms at any time in our sole discretion.', ['Unilateral change']],
  ['We may remove any content you post that we consider objectionable.', ['Content removal']],
  ['These terms are governed by the laws of the State of Oregon.', ['Choice of law']],
  ['You agree to submit to the exclusive jurisdiction of the courts located in Portland, Oregon.', ['Jurisdiction']],
  ['Any dispute between you and us will be resolved by binding arbitration.', ['Arbitration']],
  ['In no event will we be liable for any indirect or consequential damages.', ['Limitation of liability']],
  ['By using the service, you agree to be bound by these terms.', ['Contract by using']],
  ['You may close your account at any time from the settings page.', []],
  ['Limitation of Liability', []],
  ['Our support team answers questions on weekdays.', []],
  // a negation inside a word ("AREN'T") still negates
  ['ACME AND ITS AFFILIATES AREN’T RESPONSIBLE FOR THE CONDUCT OF OTHER USERS.', ['Limitation of liability']],
  ['The collective liability of Acme under these terms will not exceed one hundred dollars.', ['Limitation of liability']],
  // arbitration imposed, whatever exceptions it names; procedure only where it fixes a place
  ['You and Acme agree to resolve any claims through final and binding arbitration, except as described under Exceptions to Arbitration below.', ['Arbitration']],
  ['Any arbitration will take place in Travis County, Texas.', ['Arbitration']],
  ['Any arbitration will be conducted in English.', []],
  ['any arbitration will take place in travis county , texas .', ['Arbitration']],
  ['Acme may, at its sole discretion, terminate your right to access the site.', ['Unilateral termination']],
  ['We reserve the right to "deactivate" or otherwise disable an account that is inactive.', ['Unilateral termination']],
  ['A copy of the terms, as amended from time to time, is available on our website.', []],
  ['We may edit or remove any content you post.', ['Content removal']],
  ['Deleted content will be removed from our servers within 30 days.', []],
  ['If you use the service on behalf of a company, by using it that company agrees to these terms.', []],
  ['These terms are subject to the non-exclusive jurisdiction of the courts of Ireland.', ['Jurisdiction']],
  ['You agree to close any duplicate account on request, or that we may terminate your duplicate account.', ['Unilateral termination']],
  ['If you do not accept the new plan, you are entitled to terminate your subscription.', []],
  ['We may remove or disable access to any content that breaks these rules.', ['Content removal']],
  ['Any mandatory consumer protection law remains applicable.', ['Choice of law']],
  ['If you live in Wales you may also bring proceedings in Wales.', ['Jurisdiction']],
];

describe('classifyUnfair', () => {
  for (const [sentence, labels] of cases) {
    it(`labels "${sentence}"`, () => expect(classifyUnfair(sentence)).toEqual(labels));
  }

  it('reads lower-cased, tokenised research copies the same way', () => {
    const raw = 'By using the service, you agree to be bound by these terms.';
    const tokenised = 'by using the `` service \'\' , you agree to be bound by these terms .';
    expect(classifyUnfair(tokenised)).toEqual(classifyUnfair(raw));
  });

  it('undoes tokenisation', () => {
    expect(detokenize('we may ( i ) suspend `` your account \'\' , and do n\'t refund .')).toBe('we may (i) suspend "your account", and don\'t refund.');
  });
});

describe('scoreUnfair', () => {
  it('computes precision, recall, F1 and the macro-F1 over the eight categories', () => {
    const data = [
      { doc: 'a', line: 1, text: 'These terms are governed by the laws of Ireland.', labels: ['Choice of law'] as UnfairLabel[] },
      { doc: 'a', line: 2, text: 'We may terminate your account at any time.', labels: [] as UnfairLabel[] },
      { doc: 'a', line: 3, text: 'Hello.', labels: ['Arbitration'] as UnfairLabel[] },
    ];
    const { categories, macroF1 } = scoreUnfair(data);
    const law = categories.find((c) => c.label === 'Choice of law')!;
    expect([law.tp, law.fp, law.fn, law.f1]).toEqual([1, 0, 0, 1]);
    const ter = categories.find((c) => c.label === 'Unilateral termination')!;
    expect([ter.tp, ter.fp, ter.precision, ter.f1]).toEqual([0, 1, 0, 0]);
    expect(macroF1).toBeCloseTo(1 / 8);
  });
});
