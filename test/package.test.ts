/**
 * The packed package works from both module systems: `npm pack`, install the tarball into an empty
 * project, then `require('tos-clauses')` and `import('tos-clauses')` each answer a question. The
 * unified packages are ESM-only, so the CJS build must carry them bundled.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const project = mkdtempSync(join(tmpdir(), 'tos-clauses-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const fixture = join(root, 'fixtures', 'cloud-numbered', 'agreement.md');

let packed: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.cjs'))) throw new Error('dist is missing: run `npm run build` (npm test does it first)');
  const listing = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = listing[0].files.map((f) => f.path);
  const tarball = listing[0].filename;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(project, tarball)], { cwd: project, stdio: 'pipe' });
}, 180_000);

function node(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the packed package', () => {
  const question = 'Can the provider terminate immediately upon notice?';

  it('answers through require()', () => {
    const r = node(['-e', `
      const { readFileSync } = require('node:fs');
      const { parseAgreement, ask } = require('tos-clauses');
      const a = ask(parseAgreement(readFileSync(${JSON.stringify(fixture)}, 'utf8')), ${JSON.stringify(question)});
      console.log(JSON.stringify(a));`]);
    expect(r.stderr).toBe('');
    const answer = JSON.parse(r.stdout);
    expect(answer.answer).toBe('yes');
    expect(answer.evidence[0].section).toBe('5.2(b)(ii)');
  });

  it('answers through import', () => {
    const r = node(['--input-type=module', '-e', `
      import { readAgreement, ask } from 'tos-clauses';
      const a = ask(await readAgreement(${JSON.stringify(fixture)}), ${JSON.stringify(question)});
      console.log(JSON.stringify(a));`]);
    expect(r.stderr).toBe('');
    const answer = JSON.parse(r.stdout);
    expect(answer.answer).toBe('yes');
    expect(answer.evidence[0].section).toBe('5.2(b)(ii)');
  });

  it('the CJS build does not require the ESM-only packages', () => {
    const cjs = readFileSync(join(project, 'node_modules', 'tos-clauses', 'dist', 'index.cjs'), 'utf8');
    expect(cjs).not.toMatch(/require\(["'](?:unified|remark-parse|remark-gfm|micromark[^"']*)["']\)/);
  });

  it('installs the CLI as a bin that runs', () => {
    const r = spawnSync(join(project, 'node_modules', '.bin', 'tos-clauses'), ['ask', fixture, question, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).answer).toBe('yes');
  });

  it('ships the unfair-clause model and loads it from both module systems', () => {
    const sentence = JSON.stringify('We may suspend or close your account for any reason.');
    const cjs = node(['-e', `console.log(JSON.stringify(require('tos-clauses').scoreUnfairSentence(${sentence}).labels))`]);
    expect(cjs.stderr).toBe('');
    expect(JSON.parse(cjs.stdout)).toEqual(['Unilateral termination']);
    const esm = node(['--input-type=module', '-e', `import { classifyUnfairModel } from 'tos-clauses'; console.log(JSON.stringify(classifyUnfairModel(${sentence})))`]);
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual(['Unilateral termination']);
  });

  it('ships the JSON Schema and the type declarations', () => {
    const pkg = join(project, 'node_modules', 'tos-clauses');
    expect(JSON.parse(readFileSync(join(pkg, 'dist', 'schema.json'), 'utf8')).properties.clauses).toBeDefined();
    expect(readFileSync(join(pkg, 'dist', 'index.d.ts'), 'utf8')).toMatch(/declare function parseAgreement\(/);
    expect(existsSync(join(pkg, 'dist', 'index.d.cts'))).toBe(true);
  });

  it('carries its licence and no source maps', () => {
    expect(packed).toContain('LICENSE');
    expect(packed).toContain('package.json');
    expect(packed.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packed.filter((f) => !/^(?:dist\/|README\.md$|LICENSE$|package\.json$)/.test(f))).toEqual([]);
  });

  it('exports the public API only; the evaluation is behind tos-clauses/eval', () => {
    const r = node(['--input-type=module', '-e', `
      const main = await import('tos-clauses');
      const evaluation = await import('tos-clauses/eval');
      const { evaluate: cjsEvaluate } = (await import('node:module')).createRequire(process.cwd() + '/')('tos-clauses/eval');
      console.log(JSON.stringify({ main: Object.keys(main), evaluation: Object.keys(evaluation), cjs: typeof cjsEvaluate }));`]);
    expect(r.stderr).toBe('');
    const { main, evaluation, cjs } = JSON.parse(r.stdout);
    for (const name of ['parseAgreement', 'readAgreement', 'ask', 'query', 'remarkClauses', 'diffAgreements', 'renderReport', 'jsonSchema', 'TosClausesError']) expect(main).toContain(name);
    for (const name of ['evaluate', 'scoreItem', 'GoldSchema', 'readClaudette', 'scoreUnfair', 'summaryLine']) {
      expect(main).not.toContain(name);
      expect(evaluation).toContain(name);
    }
    expect(cjs).toBe('function');
  });

  it('shows the schema fields\' TSDoc in an editor, through the inferred types', async () => {
    const ts = (await import('typescript')).default;
    const file = join(project, 'consumer.ts');
    const code = `import type { TerminationClause, Answer } from 'tos-clauses';\ndeclare const c: TerminationClause;\ndeclare const a: Answer;\nc.anyTime; c.notice.period; a.variants;\n`;
    writeFileSync(file, code);
    const host: import('typescript').LanguageServiceHost = {
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => (existsSync(name) ? ts.ScriptSnapshot.fromString(readFileSync(name, 'utf8')) : undefined),
      getCurrentDirectory: () => project,
      getCompilationSettings: () => ({ module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true }),
      getDefaultLibFileName: ts.getDefaultLibFilePath,
      fileExists: existsSync,
      readFile: (name) => readFileSync(name, 'utf8'),
    };
    const service = ts.createLanguageService(host);
    const doc = (word: string) => ts.displayPartsToString(service.getQuickInfoAtPosition(file, code.lastIndexOf(word) + 1)?.documentation ?? []);
    expect(doc('anyTime')).toMatch(/at any time/);
    expect(doc('period')).toMatch(/advance period/);
    expect(doc('variants')).toMatch(/Scoped clauses/);
  });
});
