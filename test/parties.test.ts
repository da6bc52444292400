/** Table-driven tests of party detection: who is the provider and who the customer. */
import { describe, expect, it } from 'vitest';
import { findParties, partyOf } from '../src/index.js';

const cases: Array<[string, string[], { provider: string[]; customer: string[] }]> = [
  ['pronouns in one group', ['These terms are between Acme Cloud Ltd. ("Acme", "we", "us") and you.'], { provider: ['Acme'], customer: [] }],
  ['both sides in one sentence', ['This Agreement is between Nimbus Ltd. ("Nimbus", "we" or "us") and the entity that accepts it ("Customer", "you").'], { provider: ['Nimbus'], customer: ['Customer'] }],
  ['no pronouns: company suffix and customer noun', ['These terms are made between Lantern GmbH ("Lantern") and the customer named in the order ("Subscriber").'], { provider: ['Lantern'], customer: ['Subscriber'] }],
  ['the document\'s own name is not a party', ['This Customer Agreement (the "Agreement") is between Orbit Inc. ("Orbit", "we").'], { provider: ['Orbit'], customer: [] }],
  ['a name that holds rights, never written in lower case', ['Zephyr may suspend accounts.', 'Zephyr may change prices.', 'Zephyr will notify you.', 'You may cancel.'], { provider: ['Zephyr'], customer: [] }],
  ['an arbitration body named in the dispute clause is not the provider', ['Zephyr may suspend accounts.', 'Zephyr may change prices.', 'Zephyr will notify you.', 'Disputes go to arbitration before Brightwater.', 'Brightwater will appoint the arbitrator.', 'Brightwater will apply its rules.', 'Brightwater may hold hearings online.'], { provider: ['Zephyr'], customer: [] }],
];

describe('findParties', () => {
  for (const [what, sentences, want] of cases) {
    it(what, () => expect(findParties(sentences)).toEqual(want));
  }
});

describe('partyOf', () => {
  const parties = { provider: ['Acme'], customer: ['Subscriber'] };
  const table: Array<[string, string]> = [
    ['Acme', 'provider'], ['we', 'provider'], ['the Provider', 'provider'], ['you', 'customer'], ['Subscriber', 'customer'],
    ['the Customer', 'customer'], ['End Users', 'customer'], ['either party', 'either'], ['the weather', 'unknown'],
  ];
  for (const [phrase, party] of table) it(`reads "${phrase}" as ${party}`, () => expect(partyOf(phrase, parties)).toBe(party));
});
