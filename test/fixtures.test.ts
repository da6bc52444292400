/**
 * Fixture-driven tests: every folder of `fixtures/` holds an agreement written in our own words,
 * `expected.json` (the clauses and sections parseAgreement computes; regenerate with UPDATE=1 and
 * review the diff) and `questions.json` (hand-written questions with the answers a reader expects).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgreement, ask, sectionMatches, type Agreement } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const update = Boolean(process.env.UPDATE);

interface Expectation {
  question: string;
  answer: 'yes' | 'no' | 'not-stated' | 'not-understood';
  value?: Record<string, unknown>;
  section?: string;
  conditions?: number;
}

/** What a fixture's expected.json holds: the stable parts of the result. */
function snapshot(agreement: Agreement) {
  return {
    parties: agreement.parties,
    sections: agreement.sections.map((s) => `${s.path || '-'} ${s.heading}`.trim()),
    clauses: agreement.clauses,
  };
}

for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const file = readdirSync(dir).find((f) => f.startsWith('agreement.'));
  if (!file) continue;
  describe(`fixture ${name}`, () => {
    it('parses to the expected clauses', async () => {
      const got = snapshot(await readAgreement(join(dir, file)));
      const expectedPath = join(dir, 'expected.json');
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(got, null, 2) + '\n');
      expect(got).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });

    const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as Expectation[];
    for (const q of questions) {
      it(`answers "${q.question}"`, async () => {
        const agreement = await readAgreement(join(dir, file));
        const got = ask(agreement, q.question);
        expect(got.answer).toBe(q.answer);
        if (q.value) expect(got.value).toEqual(q.value);
        if (q.section) {
          const cited = got.evidence.map((e) => `${e.section} (${e.heading})`);
          expect(got.evidence.some((e) => sectionMatches(q.section!, e.section, e.heading)), `cites ${cited.join(', ')}`).toBe(true);
        }
        if (q.conditions !== undefined) expect(got.conditions ?? []).toHaveLength(q.conditions);
        if (q.answer === 'not-stated' || q.answer === 'not-understood') expect(got.evidence).toEqual([]);
        else expect(got.evidence.length).toBeGreaterThan(0);
      });
    }
  });
}
