/** Table-driven tests of liability caps: the cap read from each way agreements write one, as its formula. */
import { describe, expect, it } from 'vitest';
import { parseAgreement, type LiabilityLimitationClause } from '../src/index.js';

const cases: Array<[string, string, Record<string, unknown>]> = [
  [
    'TO THE MAXIMUM EXTENT PERMITTED BY LAW, THE AGGREGATE LIABILITY OF KESTREL AND ITS AFFILIATES TO USER FOR ALL CLAIMS ARISING OUT OF THE USE OF THE SERVICES, WHETHER IN CONTRACT, TORT OR OTHERWISE, IS LIMITED TO $1,000 USD (EXCEPT AS NOTED IN SECTION 9).',
    'US$1,000',
    { amount: 1000, currency: 'USD' },
  ],
  [
    'Our total liability to you shall not exceed the amount you paid us during the 12-month period before the claim (or $50 if the claim relates to a free service).',
    'the amount you paid us during the 12-month period before the claim (or US$50 if the claim relates to a free service)',
    { feesMonths: 12 },
  ],
  [
    'IN NO EVENT SHALL KESTREL BE LIABLE (I) FOR ANY INDIRECT DAMAGES, OR (II) FOR ANY DIRECT DAMAGES IN EXCESS (IN THE AGGREGATE) OF THE FEES PAID BY YOU OR, IF GREATER, $500.',
    'the fees paid by you or, if greater, US$500',
    { amount: 500 },
  ],
  [
    "Kestrel's liability is in all events limited to what you have paid for the service in the last 3 months prior to the date of any claim.",
    'what you have paid for the service in the last 3 months prior to the date of any claim',
    { feesMonths: 3 },
  ],
];

describe('liability caps', () => {
  for (const [text, formula, figures] of cases) {
    it(`reads "${text.slice(0, 60)}…"`, () => {
      const cap = parseAgreement(`# Terms\n\n## Liability\n\n${text}\n`).clauses.find((c): c is LiabilityLimitationClause => c.type === 'liability-limitation' && c.cap !== undefined)?.cap;
      expect(cap?.text).toBe(formula);
      expect(cap).toMatchObject(figures);
    });
  }
});
