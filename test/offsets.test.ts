/**
 * Offsets survive every stage: a clause's span points at its own words in the original file, with
 * line and column agreeing with the offset, whatever the line endings, front matter or markup.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAgreement, formatFromPath } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

describe('clause spans', () => {
  for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    // PDF and Word offsets index the extracted text, not the file's bytes
    const file = readdirSync(join(root, name)).find((f) => f.startsWith('agreement.') && !/\.(?:pdf|docx)$/.test(f));
    if (!file) continue;
    it(`point at the clause text in ${name}/${file}`, () => {
      const text = readFileSync(join(root, name, file), 'utf8');
      const agreement = parseAgreement(text, { format: formatFromPath(file) });
      for (const clause of agreement.clauses) {
        const { start, end } = clause.span;
        expect(lineColumn(text, start.offset)).toEqual({ line: start.line, column: start.column });
        expect(lineColumn(text, end.offset)).toEqual({ line: end.line, column: end.column });
        const first = /[A-Za-z]+/.exec(clause.text)!;
        const opening = clause.text.slice(0, first.index + first[0].length);
        expect(text.slice(start.offset, start.offset + opening.length)).toBe(opening);
        const lastWord = /([A-Za-z0-9]+)[^A-Za-z0-9]*$/.exec(clause.text)![1];
        expect(text.slice(start.offset, end.offset)).toContain(lastWord);
        for (const condition of 'conditions' in clause ? clause.conditions : []) {
          const word = /[A-Za-z]+/.exec(condition.text)![0];
          expect(text.slice(condition.span.start.offset, condition.span.start.offset + word.length)).toBe(word);
        }
      }
    });
  }
});
