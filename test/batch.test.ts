/**
 * Batch and streams through the built CLI: directories, globs and several files give one record per
 * file in a stable order, a broken file is recorded and passed over with a non-zero exit at the end;
 * the progress bar is drawn on a terminal (a pseudo-terminal made by `script`) and never in a pipe;
 * `-` reads the agreement from stdin; every record validates against its published schema.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ErrorRecordSchema, ExtractRecordSchema, AskRecordSchema, AnswerRecordSchema } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'fixtures');
const cloud = join(fixtures, 'cloud-numbered', 'agreement.md');
const tmp = mkdtempSync(join(tmpdir(), 'tos-clauses-batch-'));
const dir = join(tmp, 'agreements');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, cwd: root, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const records = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

beforeAll(() => {
  // three agreements of our own in two folders, one empty file, and files that are not agreements
  mkdirSync(join(dir, 'cloud'), { recursive: true });
  mkdirSync(join(dir, 'consumer'), { recursive: true });
  cpSync(cloud, join(dir, 'cloud', 'nimbus.md'));
  cpSync(join(fixtures, 'html-terms', 'agreement.html'), join(dir, 'cloud', 'hosting.html'));
  cpSync(join(fixtures, 'consumer-terms', 'agreement.md'), join(dir, 'consumer', 'terms.md'));
  writeFileSync(join(dir, 'consumer', 'broken.md'), '');
  writeFileSync(join(dir, 'consumer', 'terms.meta.json'), '{}');
  writeFileSync(join(dir, '.hidden.md'), 'hidden');
});

describe('extract over a directory', () => {
  it('gives one record per agreement in sorted order, the broken one an error record, and exits non-zero', () => {
    const r = run(['extract', dir, '--ndjson']);
    expect(r.code).toBe(4);
    const lines = records(r.stdout);
    expect(lines.map((l) => l.path.slice(dir.length + 1))).toEqual(['cloud/hosting.html', 'cloud/nimbus.md', 'consumer/broken.md', 'consumer/terms.md']);
    expect(ErrorRecordSchema.strict().parse(lines[2]).error.code).toBe('EMPTY');
    for (const l of [lines[0], lines[1], lines[3]]) expect(ExtractRecordSchema.parse(l).version).toBe(1);
    expect(lines[0].format).toBe('html');
    expect(lines[1].clauses.length).toBeGreaterThan(0);
    // the summary goes to stderr, one line; no progress bar in a pipe
    expect(r.stderr).toMatch(/^tos-clauses: 4 files: 3 ok, 1 failed \(EMPTY 1\) in [\d.]+ s, [\d.]+ files\/s, \d+ workers?\n$/);
  });

  it('gives the same records with one worker, with all cores and in the main thread', () => {
    const outs = ['0', '1', '2'].map((w) => run(['extract', dir, '--ndjson', '--workers', w, '--quiet']));
    for (const o of outs) expect(o.stderr).toBe('');
    expect(outs[1].stdout).toBe(outs[0].stdout);
    expect(outs[2].stdout).toBe(outs[0].stdout);
  });

  it('takes globs and several files, in the order given', () => {
    const r = run(['extract', join(dir, 'cons*', '*.md'), cloud, join(tmp, 'missing.md'), '--ndjson', '--quiet']);
    expect(r.code).toBe(4);
    const lines = records(r.stdout);
    expect(lines.map((l) => [l.path.split('/').slice(-2).join('/'), l.error?.code])).toEqual([
      ['consumer/broken.md', 'EMPTY'], ['consumer/terms.md', undefined], ['cloud-numbered/agreement.md', undefined], [`${tmp.split('/').pop()}/missing.md`, 'NOT_FOUND'],
    ]);
    // a file whose name looks like a glob is that file
    cpSync(cloud, join(tmp, 'terms (1).md'));
    expect(run(['extract', join(tmp, 'terms (1).md'), '--ndjson']).code).toBe(0);
    const none = run(['extract', join(dir, '*.pdf'), '--ndjson', '--quiet']);
    expect(records(none.stdout)[0].error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/no file matches/) });
  });

  it('readable output names each file; the broken one goes to stderr', () => {
    const r = run(['extract', join(dir, 'consumer'), '--quiet']);
    expect(r.code).toBe(4);
    expect(r.stdout).toMatch(/consumer\/terms\.md: \d+ sections, \d+ clauses/);
    expect(r.stderr).toMatch(/^tos-clauses: .*broken\.md: the file is empty\n$/);
  });
});

describe('ask over many files', () => {
  it('--ndjson gives one record per file with one answer per question', () => {
    const questions = join(tmp, 'questions.txt');
    writeFileSync(questions, 'Which law governs the agreement?\nIs there a cure period if I breach?\n');
    const r = run(['ask', join(dir, 'cloud'), join(dir, 'consumer', 'terms.md'), '--questions', questions, '--ndjson', '--quiet']);
    expect(r.code).toBe(0);
    const lines = records(r.stdout).map((l) => AskRecordSchema.strict().parse(l));
    expect(lines).toHaveLength(3);
    const [, nimbus, terms] = lines;
    expect(nimbus.answers.map((a) => ('answer' in a ? a.answer : a.error.code))).toEqual(['not-stated', 'yes']);
    expect(terms.answers[0]).toMatchObject({ version: 1, answer: 'yes', value: { text: 'State of Vermont' } });
  });

  it('a question on the command line after the files', () => {
    const r = run(['ask', join(dir, 'consumer'), 'Which law governs the agreement?', '--quiet']);
    expect(r.stdout).toMatch(/== .*terms\.md\nyes: State of Vermont\n/);
  });
});

describe('the progress bar', () => {
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('is drawn on a terminal\'s stderr, never into stdout, and not with --quiet', () => {
    const out = join(tmp, 'pty.ndjson');
    const tty = (extra: string) => spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} extract ${JSON.stringify(dir)} --ndjson --workers 1 ${extra} > ${JSON.stringify(out)}`, '/dev/null'], { encoding: 'utf8', cwd: root });
    const shown = tty('');
    expect(shown.stdout).toMatch(/tos-clauses [█░]+ \d+\/4 files \| \d+ failed \| [\d.]+ files\/s/);
    expect(shown.stdout).toMatch(/4 files: 3 ok, 1 failed/);
    // stdout (the file) holds the records only
    expect(records(readFileSync(out, 'utf8'))).toHaveLength(4);
    expect(readFileSync(out, 'utf8')).not.toMatch(/[█░]|\u001b/);
    const quiet = tty('--quiet');
    expect(quiet.stdout).not.toMatch(/[█░]|files: /);
  });
});

describe('streams', () => {
  const text = readFileSync(cloud, 'utf8');

  it('extract - reads the agreement from stdin', () => {
    const r = run(['extract', '-', '--ndjson'], text);
    expect(r.code).toBe(0);
    const [record] = records(r.stdout);
    expect(ExtractRecordSchema.parse(record)).toMatchObject({ path: '-', version: 1, format: 'markdown' });
    expect(record.clauses.find((c: { section: string }) => c.section === '5.2(b)(ii)')).toBeDefined();
  });

  it('ask - with --format reads stdin as that format; the readable cite names stdin', () => {
    const html = readFileSync(join(fixtures, 'html-terms', 'agreement.html'), 'utf8');
    const file = run(['ask', join(fixtures, 'html-terms', 'agreement.html'), 'Can they terminate my account immediately?', '--json']);
    const piped = run(['ask', '-', 'Can they terminate my account immediately?', '--format', 'html', '--json'], html);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(file.stdout);
    const readable = run(['ask', '-', 'Is there a cure period if I breach?'], text);
    expect(readable.stdout).toMatch(/^yes: 30 days\n.*\(stdin:\d+:\d+\)/s);
  });

  it('ask --questions - reads questions from stdin, one NDJSON answer record a line', () => {
    const r = run(['ask', cloud, '--questions', '-', '--json'], 'Is there a cure period if I breach?\n\nWhich law governs the agreement?\n');
    const lines = records(r.stdout).map((l) => AnswerRecordSchema.strict().parse(l));
    expect(lines.map((l) => l.answer)).toEqual(['yes', 'not-stated']);
  });

  it('refuses stdin twice, and stdin with other files', () => {
    expect(run(['ask', '-', '--questions', '-'], '').code).toBe(2);
    expect(run(['extract', '-', cloud], '').stderr).toMatch(/give it alone/);
  });

  it('an empty stdin is an empty agreement (exit 4)', () => {
    const r = run(['extract', '-'], '');
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^tos-clauses: stdin: the file is empty\n$/);
  });
});

describe('schema', () => {
  for (const name of ['agreement', 'answer', 'intent', 'extract-record', 'ask-record', 'error-record', 'question-error', 'diff']) {
    it(`prints the JSON Schema of ${name}, with descriptions`, () => {
      const r = run(['schema', name]);
      expect(r.code).toBe(0);
      const schema = JSON.parse(r.stdout);
      expect(schema.title).toBe(`tos-clauses ${name}`);
      expect(schema.$schema).toMatch(/json-schema\.org/);
      if (name !== 'intent') expect(schema.required).toContain('version');
      // the schemas' TSDoc, carried into the JSON Schema
      const described = JSON.stringify(schema).match(/"description":/g) ?? [];
      expect(described.length).toBeGreaterThan(2);
    });
  }
});

describe('corpus', () => {
  const corpus = join(root, '..', 'shared', 'corpus');
  it.skipIf(!existsSync(corpus))('extract over ../shared/corpus with one broken file added: one record per file, one error, non-zero exit', () => {
    const copy = join(tmp, 'corpus');
    cpSync(corpus, copy, { recursive: true });
    writeFileSync(join(copy, 'zz-broken.txt'), new Uint8Array([0, 1, 2, 3]));
    const r = run(['extract', copy, '--ndjson', '--quiet']);
    const lines = records(r.stdout);
    const errors = lines.filter((l) => l.error);
    expect(errors.map((e) => [e.path.split('/').pop(), e.error.code])).toEqual([['zz-broken.txt', 'BINARY']]);
    expect(lines.length).toBeGreaterThan(40);
    expect(r.code).toBe(5);
  }, 120_000);
});
