/**
 * remarkClauses inside a real unified pipeline (remark-parse → remarkClauses → remark-stringify):
 * the clauses land on file.data, each is a message at its position, and vfile-reporter prints them
 * as it prints remark-lint's findings.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { remarkClauses, parseAgreement, TosClausesError } from '../src/index.js';

const path = join(import.meta.dirname, '..', 'fixtures', 'cloud-numbered', 'agreement.md');
const text = readFileSync(path, 'utf8');

describe('remarkClauses in a unified pipeline', () => {
  it('attaches the typed clauses to file.data and reports each at its position', async () => {
    const file = await unified().use(remarkParse).use(remarkClauses).use(remarkStringify).process(new VFile({ path, value: text }));
    const expected = parseAgreement(text).clauses;
    expect(file.data.clauses).toEqual(expected);
    expect(file.messages).toHaveLength(expected.length);
    for (const [i, m] of file.messages.entries()) {
      expect(m.place).toEqual({ start: expected[i].span.start, end: expected[i].span.end });
      expect(m.ruleId).toBe(expected[i].type);
      expect(m.source).toBe('tos-clauses');
      expect(m.fatal).toBeUndefined();
    }
    // the document itself goes through the pipeline unchanged in meaning
    expect(String(file)).toContain('Termination for Convenience');
  });

  it('prints through vfile-reporter like any linter', async () => {
    const file = await unified().use(remarkParse).use(remarkClauses, { types: ['termination'] }).use(remarkStringify).process(new VFile({ path: 'agreement.md', value: text }));
    const report = reporter(file, { color: false });
    const convenience = file.data.clauses!.find((c) => c.type === 'termination' && c.grounds.includes('convenience'))!;
    const { start, end } = convenience.span;
    expect(report).toMatch(/^agreement\.md\n/);
    expect(report).toContain(`${start.line}:${start.column}-${end.line}:${end.column}`);
    expect(report).toMatch(/info\s+provider's termination for [^\n]*notice advance, at least 30 days[^\n]*\s+termination\s+tos-clauses/);
    expect(report).not.toMatch(/suspension\s+tos-clauses/);
    expect(report).toMatch(/provider's termination for [a-z/-]*cause; notice immediate, required; conditions 3 listed/);
  });

  it('answers questions into file.data.answers', async () => {
    const file = await unified().use(remarkParse).use(remarkClauses, { questions: ['Is there a cure period if I breach?'], report: false }).use(remarkStringify).process(text);
    expect(file.data.answers?.[0]).toMatchObject({ answer: 'yes', value: { days: 30 } });
    expect(file.messages).toEqual([]);
  });

  it('rejects bad options with a TosClausesError', () => {
    expect(() => unified().use(remarkParse).use(remarkClauses, { questions: 'what?' as unknown as string[] }).freeze()).toThrow(TosClausesError);
  });

  it('fails the file, not the process, on an empty document', async () => {
    await expect(unified().use(remarkParse).use(remarkClauses).use(remarkStringify).process('   ')).rejects.toThrow(/empty/);
  });
});
