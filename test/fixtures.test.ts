/**
 * Fixture-driven tests: every folder of `fixtures/` holds an agreement written in our own words,
 * `expected.json` (the clauses and sections parseAgreement computes; regenerate with UPDATE=1 and
 * review the diff) and `questions.json` (hand-written questions with the answers a reader expects).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgreement, ask, type Agreement } from '../src/index.js';
import { sectionMatches } from '../src/evaluation.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const update = Boolean(process.env.UPDATE);

interface Expectation {
  question: string;
  answer: 'yes' | 'no' | 'not-stated' | 'not-understood';
  value?: Record<string, unknown>;
  /** For content questions: the categories expected (compared as a set). */
  categories?: string[];
  section?: string;
  /** The companion file the evidence should quote. */
  source?: string;
  conditions?: number;
}

/** What a fixture's expected.json holds: the stable parts of the result. */
function snapshot(agreement: Agreement) {
  return {
    parties: agreement.parties,
    sections: agreement.sections.map((s) => `${s.path || '-'} ${s.heading}`.trim()),
    // companion paths differ between machines: keep their file names only
    clauses: agreement.clauses.map((c) => ({
      ...c,
      ...(c.source ? { source: c.source.split(/[\\/]/).pop() } : {}),
      ...(c.references ? { references: c.references.map((r) => (r.document ? { ...r, document: r.document.split(/[\\/]/).pop() } : r)) } : {}),
    })),
  };
}

// a folder may hold one agreement in several formats: the first of these is the source the others
// were made from (scripts/make-format-fixtures.sh), and every other must read as it does
const SOURCE_ORDER = ['md', 'txt', 'html', 'docx', 'pdf'];
const extension = (f: string) => f.slice(f.lastIndexOf('.') + 1);

for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const dir = join(root, name);
  const files = readdirSync(dir).filter((f) => f.startsWith('agreement.') && SOURCE_ORDER.includes(extension(f)));
  files.sort((a, b) => SOURCE_ORDER.indexOf(extension(a)) - SOURCE_ORDER.indexOf(extension(b)));
  const [file, ...conversions] = files;
  if (!file) continue;
  // companion documents the agreement imposes by reference: companion-*.md beside it
  const companions = readdirSync(dir).filter((f) => f.startsWith('companion')).sort().map((f) => join(dir, f));
  const load = () => readAgreement([join(dir, file), ...companions]);
  describe(`fixture ${name}`, () => {
    it('parses to the expected clauses', async () => {
      const got = snapshot(await load());
      const expectedPath = join(dir, 'expected.json');
      if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(got, null, 2) + '\n');
      expect(got).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });

    const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as Expectation[];
    for (const q of questions) {
      it(`answers "${q.question}"`, async () => {
        const agreement = await load();
        const got = ask(agreement, q.question);
        expect(got.answer).toBe(q.answer);
        if (q.value) expect(got.value).toEqual(q.value);
        if (q.categories) expect([...(got.value?.categories ?? [])].sort()).toEqual([...q.categories].sort());
        if (q.source) expect(got.evidence.map((e) => e.source && e.source.split('/').pop())).toContain(q.source);
        if (q.section) {
          const cited = got.evidence.map((e) => `${e.section} (${e.heading})`);
          expect(got.evidence.some((e) => sectionMatches(q.section!, e.section, e.heading)), `cites ${cited.join(', ')}`).toBe(true);
        }
        if (q.conditions !== undefined) expect(got.conditions ?? []).toHaveLength(q.conditions);
        if (q.answer === 'not-stated' || q.answer === 'not-understood') expect(got.evidence).toEqual([]);
        else expect(got.evidence.length).toBeGreaterThan(0);
      });
    }

    // the same agreement converted to another format: the same answers, values and cited sections
    for (const converted of conversions) {
      const format = extension(converted);
      const readConverted = () => readAgreement([join(dir, converted), ...companions]);
      const answer = (a: Agreement, question: string) => {
        const got = ask(a, question);
        return { answer: got.answer, value: got.value, conditions: got.conditions?.length ?? 0, sections: got.evidence.map((e) => e.section) };
      };
      it(`as ${format}: every question answers as the ${extension(file)} does, citing the same sections`, async () => {
        const [source, other] = [await load(), await readConverted()];
        for (const q of questions) expect(answer(other, q.question), q.question).toEqual(answer(source, q.question));
      });
      it(`as ${format}: the same numbered sections`, async () => {
        const paths = (a: Agreement) => a.sections.map((s) => s.path).filter(Boolean);
        expect(paths(await readConverted())).toEqual(paths(await load()));
      });
    }
  });
}
