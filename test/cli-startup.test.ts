/**
 * Start-up: the built CLI answers `--help`, `--version` and argument errors from src/cli/spec.json
 * without loading the pipeline, and what it prints is what the commander program of src/cli/index.ts
 * prints. spec.json is generated from that program: this test fails when it is stale, and
 * `UPDATE=1 npx vitest run test/cli-startup.test.ts` (then `npm run build`) rewrites it. How fast it
 * starts is measured in `npm run bench` (bench/startup.mjs), not here.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError, type Command } from 'commander';
import { program } from '../src/cli/index.js';
import { describeProgram } from '../src/cli/spec.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const SPEC = join(root, 'src', 'cli', 'spec.json');
const tmp = mkdtempSync(join(tmpdir(), 'tos-clauses-startup-'));

/** Run the real commander program in this process, as src/cli/index.ts's main would, capturing its output. */
async function real(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const cmd = program();
  const configure = (c: Command) => {
    c.configureOutput({ writeOut: (s) => { stdout += s; }, writeErr: (s) => { stderr += s; }, getOutHelpWidth: () => 80, getErrHelpWidth: () => 80, getOutHasColors: () => false, getErrHasColors: () => false });
    c.commands.forEach(configure);
  };
  configure(cmd);
  try {
    await cmd.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { code: error.exitCode === 0 ? 0 : 2, stdout, stderr };
  }
  return { code: 0, stdout, stderr };
}

function built(args: string[], node: string[] = []) {
  const r = spawnSync(process.execPath, [...node, cli, ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, COLUMNS: '80' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the description of the command line (src/cli/spec.json)', () => {
  it('is the one commander has (UPDATE=1 rewrites it)', () => {
    const now = JSON.stringify(describeProgram(program()), null, 1) + '\n';
    if (process.env.UPDATE) writeFileSync(SPEC, now);
    expect(readFileSync(SPEC, 'utf8'), 'src/cli/spec.json is stale: run UPDATE=1 npx vitest run test/cli-startup.test.ts, then npm run build').toBe(now);
  });
});

describe('help, version and argument errors', () => {
  const cases: string[][] = [
    ['--help'], ['-h'], ['help'], ['ask', '--help'], ['help', 'extract'], ['eval', '-h'], ['schema', '--help'], ['classify', '--help'],
    [], ['frobnicate'], ['aks', 'x.md', 'q'], ['ask'], ['ask', 'x.md', '--bogus'], ['extract', 'x.md', '--format', 'rtf'],
    ['schema', 'nothing'], ['eval', 'gold.json'], ['classify', '--scheme', 'other'], ['diff', 'a.md'], ['report', 'a.md', '--bogus'], ['ask', 'x.md', '--max-depth'],
  ];
  for (const args of cases) {
    it(`tos-clauses ${args.join(' ') || '(nothing)'}: the same output and exit code as commander's`, async () => {
      const want = await real(args);
      const got = built(args);
      expect({ code: got.code, stdout: got.stdout, stderr: got.stderr }).toEqual(want);
    });
  }
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(built(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
  it('a bad option value is left to the real program, which still refuses it', () => {
    const r = built(['ask', 'x.md', 'q', '--max-depth', 'deep']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-depth <levels>' argument 'deep' is invalid\. expected a positive whole number/);
  });
});

describe('what start-up loads', () => {
  // a module hook that notes every module resolved from the pipeline's dependencies
  const hooks = join(tmp, 'hooks.mjs');
  const register = join(tmp, 'register.mjs');
  const log = join(tmp, 'loaded.txt');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  if (/^(?:zod|compromise|unified|remark-|rehype-|unpdf|mammoth)/.test(specifier)) appendFileSync(${JSON.stringify(log)}, specifier + '\\n');\n  return next(specifier, context);\n}\n`);
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify('file://' + hooks)});\n`);
  const loaded = (args: string[]) => {
    writeFileSync(log, '');
    built(args, ['--import', register]);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  };

  it('--help, --version and an argument error load none of zod, compromise, remark, rehype', () => {
    expect(loaded(['--help'])).toEqual([]);
    expect(loaded(['--version'])).toEqual([]);
    expect(loaded(['ask', 'x.md', '--bogus'])).toEqual([]);
    expect(loaded(['frobnicate'])).toEqual([]);
  });
  it('the hook does see them when a command runs', () => {
    expect(loaded(['ask', join(root, 'fixtures', 'cloud-numbered', 'agreement.md'), 'Can they terminate?'])).toEqual(expect.arrayContaining(['zod', 'unified']));
  });
});
