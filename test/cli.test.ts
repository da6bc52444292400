/**
 * The built CLI (`dist/cli.js`, made by `npm run build`, which `npm test` runs first): output
 * contracts, exit codes, and that `--help` does not load the NLP layer.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswerRecordSchema, AgreementSchema, UNFAIR_LABELS } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const cloud = join(root, 'fixtures', 'cloud-numbered', 'agreement.md');
const tmp = mkdtempSync(join(tmpdir(), 'tos-clauses-cli-'));

function run(args: string[], input?: string, node: string[] = []) {
  const r = spawnSync(process.execPath, [...node, cli, ...args], { encoding: 'utf8', input, cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does it first)');
});

describe('tos-clauses ask', () => {
  it('answers in readable form with the conditions and the cited sub-section', () => {
    const r = run(['ask', cloud, 'Can Nimbus terminate immediately upon notice?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^yes\n/);
    expect(r.stdout).toContain('limited to:');
    expect(r.stdout).toMatch(/§ 5\.2\(b\)\(ii\).*agreement\.md:\d+:\d+/);
    // (A) depends on the right to suspend "under Section 6": that section is cited too
    expect(r.stdout).toMatch(/§ 6\.1 Suspension › Generally/);
  });

  it('--json prints exactly the answer record, keys in order, with the schema version', () => {
    const r = run(['ask', cloud, 'How much notice does the provider have to give before ending the contract for convenience?', '--json']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(AnswerRecordSchema.strict().parse(answer)).toEqual(answer);
    expect(Object.keys(answer)).toEqual(['version', 'question', 'answer', 'value', 'evidence', 'confidence', 'reason']);
    expect(answer.reason).toMatch(/5\.2\(a\)/);
    expect(answer.version).toBe(1);
    expect(answer.value).toEqual({ days: 30 });
    expect(Object.keys(answer.evidence[0])).toEqual(['section', 'heading', 'quote', 'start', 'end']);
    expect(answer.evidence[0].start).toEqual({ line: expect.any(Number), column: expect.any(Number), offset: expect.any(Number) });
  });

  it('--questions --json prints one NDJSON line per question, in order, even when one fails', () => {
    const questions = join(tmp, 'questions.txt');
    writeFileSync(questions, `Is there a cure period if I breach?\n${'x'.repeat(2100)}\nCan I cancel any time?\n`);
    const r = run(['ask', cloud, '--questions', questions, '--json']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ answer: 'yes', value: { days: 30 } });
    expect(lines[1]).toMatchObject({ error: { code: 'BAD_QUESTION' } });
    expect(lines[2]).toMatchObject({ question: 'Can I cancel any time?', answer: 'yes' });
    expect(r.code).toBe(8);
  });

  it('reads questions from stdin with --questions -', () => {
    const r = run(['ask', cloud, '--questions', '-', '--json'], 'Can they terminate without any notice?\n');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ answer: 'no' });
  });

  it('says when it does not understand, and exits 0', () => {
    const r = run(['ask', cloud, 'What is the capital of France?', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, question: 'What is the capital of France?', answer: 'not-understood', evidence: [] });
  });
});

describe('readable ask', () => {
  it('shows the value, not a bare yes: the law, the categories', () => {
    expect(run(['ask', join(root, 'fixtures', 'consumer-terms', 'agreement.md'), 'Which law governs the agreement?']).stdout).toMatch(/^yes: State of Vermont\n/);
    const content = run(['ask', join(root, 'fixtures', 'acceptable-use', 'agreement.md'), 'What kinds of content am I not allowed to upload?']);
    expect(content.stdout).toMatch(/^yes: illegal, infringing, [a-z, -]+\n/);
  });

  it('lists the kinds of questions it reads when it does not understand one', () => {
    const r = run(['ask', cloud, 'What is the capital of France?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^not-understood\n  tos-clauses did not understand this question\. It reads questions about termination/);
    for (const kind of ['suspension', 'changes to the terms', 'the governing law', 'arbitration', 'the liability cap', 'price changes']) expect(r.stdout.replace(/\s+/g, ' ')).toContain(kind);
  });
});

describe('tos-clauses extract and schema', () => {
  it('extract prints a table of clauses', () => {
    const r = run(['extract', cloud]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^LINE\s+SECTION\s+TYPE\s+BY\s+NOTICE/m);
    expect(r.stdout).toMatch(/5\.2\(b\)\(ii\)\s+termination\s+provider\s+immediate/);
  });

  it('extract --json is a valid Agreement', () => {
    const r = run(['extract', cloud, '--json']);
    expect(r.code).toBe(0);
    expect(() => AgreementSchema.parse(JSON.parse(r.stdout))).not.toThrow();
  });

  it('schema prints the JSON Schema of the agreement and of an answer', () => {
    const agreement = JSON.parse(run(['schema']).stdout);
    expect(agreement.$schema).toMatch(/json-schema\.org/);
    expect(agreement.properties.clauses).toBeDefined();
    const answer = JSON.parse(run(['schema', 'answer']).stdout);
    expect(answer.properties.answer.enum).toEqual(['yes', 'no', 'not-stated', 'not-understood']);
  });
});

describe('errors and exit codes', () => {
  const cases: Array<[string, string[], number, RegExp]> = [
    ['a missing file', ['ask', join(tmp, 'nope.md'), 'Can they terminate?'], 3, /no such file/],
    ['an empty file', ['ask', join(tmp, 'empty.md'), 'Can they terminate?'], 4, /empty/],
    ['a binary file', ['extract', join(tmp, 'binary.md')], 5, /binary/],
    ['a non-UTF-8 file', ['extract', join(tmp, 'latin1.txt')], 5, /UTF-8/],
    ['an unknown format', ['extract', join(tmp, 'terms.odt')], 6, /not supported/],
    ['a broken Word file', ['extract', join(tmp, 'terms.docx')], 5, /not a readable DOCX/],
    ['a missing question', ['ask', cloud], 2, /needs a question/],
    ['an empty question', ['ask', cloud, '   '], 8, /question is empty/],
    ['an unknown command', ['frobnicate'], 2, /unknown command/],
  ];
  beforeAll(() => {
    writeFileSync(join(tmp, 'empty.md'), '');
    writeFileSync(join(tmp, 'binary.md'), new Uint8Array([0, 159, 146, 150, 0, 1]));
    writeFileSync(join(tmp, 'latin1.txt'), new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x65, 0x72, 0x6d, 0x73]));
    writeFileSync(join(tmp, 'terms.docx'), 'PK\u0003\u0004');
    writeFileSync(join(tmp, 'terms.odt'), 'PK\u0003\u0004');
  });
  for (const [what, args, code, message] of cases) {
    it(`${what}: exit ${code}, one line on stderr, no stack trace`, () => {
      const r = run(args);
      expect(r.code).toBe(code);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }
});

describe('startup', () => {
  it('--help does not load compromise', () => {
    const trace = join(tmp, 'trace.cjs');
    writeFileSync(trace, `const M = require('module'); const load = M._load; M._load = function (request, ...rest) { if (/compromise/.test(request)) process.stderr.write('LOADED compromise\\n'); return load.call(this, request, ...rest); };`);
    const r = run(['--help'], undefined, ['--require', trace]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: tos-clauses');
    expect(r.stderr).not.toContain('LOADED compromise');
    // the trace does see compromise when it is loaded
    const seen = spawnSync(process.execPath, ['--require', trace, '-e', "require('compromise')"], { encoding: 'utf8', cwd: root });
    expect(seen.stderr).toContain('LOADED compromise');
  });
});

describe('tos-clauses eval', () => {
  const gold = join(tmp, 'gold.json');
  const floor = join(tmp, 'floor.json');
  beforeAll(() => {
    writeFileSync(gold, JSON.stringify([{
      doc: 'cloud-numbered/agreement.md',
      items: [
        { id: 'n-1', question: 'Can Nimbus terminate immediately upon notice?', intent: { action: 'terminate' }, answer: 'yes', sections: ['5.2(b)(ii)'], quote: '' },
        { id: 'n-2', question: 'How much notice before Nimbus terminates for convenience?', intent: { action: 'terminate' }, answer: { days: 30 }, sections: ['5.2(a)'], quote: '' },
        { id: 'n-3', question: 'Can Nimbus terminate without any notice?', intent: { action: 'terminate' }, answer: 'yes', sections: ['5.2'], quote: '' },
      ],
    }]));
    writeFileSync(floor, JSON.stringify({ terminate: { answers: 90 } }));
  });

  it('prints the misses, then the summary line last', () => {
    const r = run(['eval', gold, '--docs', join(root, 'fixtures')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^WRONG\s+n-3\s+want yes, got no/);
    expect(lines[lines.length - 1]).toBe('gold: answers 2/3 (66.7%), with evidence 2/3 (66.7%), confidently wrong 1');
  });

  it('exits 1 under its floor', () => {
    const r = run(['eval', gold, '--docs', join(root, 'fixtures'), '--floor', floor]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/terminate answers 66\.7% < floor 90%/);
  });

  it('rejects a file that is not a gold file with exit 9', () => {
    const bad = join(tmp, 'bad-gold.json');
    writeFileSync(bad, JSON.stringify({ doc: 'x' }));
    const r = run(['eval', bad, '--docs', root]);
    expect(r.code).toBe(9);
    expect(r.stderr).toMatch(/not a gold file/);
  });
});

describe('tos-clauses classify', () => {
  it('writes one NDJSON line per input line, in order, with the model\'s labels and a probability per label', () => {
    const input = 'We may suspend or close your account for any reason.\n\nthese terms are governed by the laws of `` ireland \'\' .\n';
    const r = run(['classify', '--scheme', 'unfair-tos'], input);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => [x.line, x.labels])).toEqual([[1, ['Unilateral termination']], [2, []], [3, ['Choice of law']]]);
    for (const x of rows) {
      expect(Object.keys(x.probabilities)).toEqual([...UNFAIR_LABELS]);
      expect(Object.values(x.probabilities).every((p) => typeof p === 'number' && p >= 0 && p <= 1)).toBe(true);
    }
    expect(rows[0].probabilities['Unilateral termination']).toBeGreaterThan(rows[0].probabilities['Choice of law']);
  });

  it('--explain adds, per label, the features that decided it with their weights', () => {
    const r = run(['classify', '--explain'], 'We may terminate your account at any time without notice.\n');
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout);
    expect(row.explain.map((e: { label: string }) => e.label)).toEqual([...UNFAIR_LABELS]);
    const ter = row.explain.find((e: { label: string }) => e.label === 'Unilateral termination');
    expect(ter.given).toBe(true);
    expect(ter.top[0]).toEqual({ feature: expect.any(String), weight: expect.any(Number) });
  });

  it('--rules labels with the hand-written rules alone, as before the model', () => {
    const r = run(['classify', '--rules'], 'We may terminate your account at any time without notice.\nhello\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { line: 1, labels: ['Unilateral termination'] },
      { line: 2, labels: [] },
    ]);
  });

  it('labels every provision of an agreement file with its section, heading and span', () => {
    const r = run(['classify', cloud, '--scheme', 'unfair-tos']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(10);
    const immediate = rows.find((x) => x.section === '5.2(b)(ii)');
    expect(immediate.labels).toContain('Unilateral termination');
    expect(immediate.heading).toBe('Termination for Cause');
    expect(immediate.span.start).toEqual({ line: expect.any(Number), column: expect.any(Number), offset: expect.any(Number) });
  });

  it('exits 3 for a file that does not exist', () => {
    const r = run(['classify', join(tmp, 'missing.md')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/no such file/);
  });

  it('rejects an unknown scheme with exit 2', () => {
    const r = run(['classify', '--scheme', 'other'], '');
    expect(r.code).toBe(2);
  });
});

describe('companion documents', () => {
  it('answers a duty imposed by reference from the policy passed with --with', () => {
    const dir = join(root, 'fixtures', 'aup-by-reference');
    const r = run(['ask', join(dir, 'agreement.md'), '--with', join(dir, 'companion-aup.md'), 'Is cryptocurrency mining allowed on the platform?', '--json']);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.answer).toBe('no');
    expect(answer.evidence[0].source).toMatch(/companion-aup\.md$/);
  });
});
