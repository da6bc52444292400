/**
 * What a newcomer meets first: bad options to the typed API are a TosClausesError (BAD_OPTIONS, with
 * the function and the field named), never a raw ZodError; the published JSON Schema carries the
 * schema's field descriptions; `npm run eval` without ../shared says what it needs.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { parseAgreement, query, canTerminate, noticePeriod, ask, jsonSchema, TosClausesError, type Intent, type Agreement } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const agreement = parseAgreement(readFileSync(join(root, 'fixtures', 'cloud-numbered', 'agreement.md'), 'utf8'));

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('bad options to the typed API', () => {
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['an unknown action', () => query(agreement, { action: 'explode' } as unknown as Intent), /^query: action: /],
    ['a misspelt holder', () => canTerminate(agreement, { by: 'provder' as 'provider' }), /^canTerminate: by: /],
    ['a notice that is not one', () => noticePeriod(agreement, { notice: 30 as unknown as 'advance' }), /^noticePeriod: notice: /],
    ['not an agreement', () => ask({} as Agreement, 'Can they terminate?'), /^ask: the first argument must be an Agreement/],
  ];
  for (const [what, fn, message] of cases) {
    it(`${what} is BAD_OPTIONS, not a ZodError`, () => {
      const error = errorOf(fn);
      expect(error).toBeInstanceOf(TosClausesError);
      expect(error).not.toBeInstanceOf(z.ZodError);
      expect((error as TosClausesError).code).toBe('BAD_OPTIONS');
      expect((error as TosClausesError).exitCode).toBe(2);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('good options still answer', () => {
    expect(noticePeriod(agreement, { by: 'provider', grounds: 'convenience' }).value).toEqual({ days: 30 });
  });

  it('an unknown schema name is BAD_OPTIONS', () => {
    expect((errorOf(() => jsonSchema('nope' as 'agreement')) as TosClausesError).code).toBe('BAD_OPTIONS');
  });
});

describe('the published JSON Schema', () => {
  it('carries the description of every documented field, nested ones too', () => {
    const schema = jsonSchema('agreement') as { properties: { version: { description: string }; clauses: { items: { oneOf: Array<{ properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> }> } } } };
    expect(schema.properties.version.description).toBe('Schema version of this result.');
    const termination = schema.properties.clauses.items.oneOf[0].properties;
    expect(termination.anyTime.description).toMatch(/at any time/);
    expect(termination.notice.properties?.period.description).toMatch(/advance period/);
    expect(termination.scope.description).toMatch(/limited to/);
  });
});

describe('npm run eval without ../shared', () => {
  it('says what it needs and where, and exits 3', () => {
    const checkout = join(mkdtempSync(join(tmpdir(), 'tos-clauses-fresh-')), 'tos-clauses');
    mkdirSync(join(checkout, 'scripts'), { recursive: true });
    cpSync(join(root, 'scripts', 'eval.mjs'), join(checkout, 'scripts', 'eval.mjs'));
    const r = spawnSync(process.execPath, [join(checkout, 'scripts', 'eval.mjs')], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/npm run eval scores tos-clauses on the shared measuring data, expected in .*shared \(beside this checkout\)/);
    expect(r.stderr).toMatch(/gold\/dev\.json: the gold questions/);
    expect(r.stderr).toMatch(/corpus: the agreements/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('answers say how sure they are and why', () => {
  const agreement = parseAgreement([
    '# Terms', '', '## 4. Ending', '', '4.1 We may terminate this agreement on thirty (30) days\' notice.', '',
    '## 9. Law', '', '9.1 These terms are governed by the laws of Scotland and the Scottish courts have exclusive jurisdiction.',
  ].join('\n'));

  it('a stated answer names the clause it is read from', () => {
    const a = ask(agreement, 'How much notice before they terminate?');
    expect(a.answer).toBe('yes');
    expect(a.reason).toMatch(/4\.1/);
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('an inferred answer gives its inference and is less sure than a stated one', () => {
    const stated = ask(agreement, 'Which law governs?');
    const inferred = ask(agreement, 'Do disputes go to arbitration?');
    expect(inferred.answer).toBe('no');
    expect(inferred.reason).toMatch(/no clause provides for arbitration/);
    expect(inferred.confidence!).toBeLessThan(stated.confidence!);
  });

  it('not-stated says that no clause answers', () => {
    const a = ask(agreement, 'Is there a class action waiver?');
    expect(a.answer).toBe('not-stated');
    expect(a.reason).toMatch(/no clause/);
  });
});

describe('a text in another language', () => {
  const french = readFileSync(join(root, 'fixtures', 'not-english', 'agreement.md'), 'utf8');

  it('is marked with its language, and every answer says why it is not stated', () => {
    const agreement = parseAgreement(french);
    expect(agreement.language).toBe('fr');
    const answer = ask(agreement, 'Can they terminate my account if I break the rules?');
    expect(answer.answer).toBe('not-stated');
    expect(answer.reason).toBe('the agreement is written in French, and tos-clauses reads English only');
  });

  it('leaves an English text unmarked', () => {
    expect(parseAgreement(readFileSync(join(root, 'fixtures', 'scoped-alike', 'agreement.md'), 'utf8')).language).toBeUndefined();
  });
});
