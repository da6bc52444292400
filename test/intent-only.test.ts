/**
 * The answer layer reads the intent, never the question: every fixture question answered through
 * `query` with its parsed intent and no question text gives the answer `ask` gives.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgreement, ask, query, parseQuestion } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');

describe('query answers from the intent alone', () => {
  for (const name of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(root, name);
    const file = readdirSync(dir).find((f) => f.startsWith('agreement.'));
    if (!file) continue;
    it(`fixture ${name}`, async () => {
      const companions = readdirSync(dir).filter((f) => f.startsWith('companion')).sort().map((f) => join(dir, f));
      const agreement = await readAgreement([join(dir, file), ...companions]);
      const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as Array<{ question: string }>;
      for (const { question } of questions) {
        const intent = parseQuestion(question);
        if (!intent) continue;
        expect({ ...query(agreement, intent), question }, question).toEqual(ask(agreement, question));
      }
    });
  }
});
