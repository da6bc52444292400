/**
 * Hostile and broken files through the built CLI (dist/cli.js): each gets one clear line on stderr
 * and its documented exit code (README, "Exit codes"), or is parsed; none hangs (every run has a time
 * limit, a guard rather than a measurement: speed is measured in `npm run bench`). HTML never runs
 * or fetches anything: a preload turns any network use into a line on stderr.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_CODES } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'tos-clauses-hostile-'));
const at = (name: string) => join(tmp, name);

/** A preload that reports (and blocks) any attempt to reach the network. */
const noNetwork = at('no-network.cjs');
writeFileSync(noNetwork, `
const net = require('node:net'); const dns = require('node:dns');
const report = (what) => { process.stderr.write('NETWORK ' + what + '\\n'); throw new Error('network use: ' + what); };
net.Socket.prototype.connect = function () { report('socket'); };
dns.lookup = () => report('dns');
globalThis.fetch = () => report('fetch');
`);

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--require', noNetwork, cli, ...args], { encoding: 'utf8', cwd: root, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

/** One line on stderr, no stack trace, nothing on stdout, the exit code given. */
function refused(r: ReturnType<typeof run>, code: number, message: RegExp) {
  expect(r.timedOut).toBe(false);
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  if (bigEndian) for (let i = 0; i < le.length; i += 2) { const b = le[i]; le[i] = le[i + 1]; le[i + 1] = b; }
  return le;
};
const TERMS = '## 5. Termination\n\nWe may terminate this agreement immediately upon notice if you breach these terms.\n';

beforeAll(() => {
  writeFileSync(at('empty.md'), '');
  // random bytes, fixed by a seed
  let s = 7;
  writeFileSync(at('random.md'), Uint8Array.from({ length: 4096 }, () => (s = (s * 1103515245 + 12345) % 2 ** 31) & 0xff));
  writeFileSync(at('invalid.md'), Buffer.concat([Buffer.from('We may terminate this agreement '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' at any time.\n')]));
  mkdirSync(at('empty-dir'));
  writeFileSync(at('utf16le.md'), utf16(TERMS, false));
  writeFileSync(at('utf16be.md'), utf16(TERMS, true));
  // a whole agreement on one line, as text extracted from a page may be: sentences, one right in twenty
  let line = '';
  for (let i = 0; line.length < 1_000_000; i++) line += i % 20 === 19 ? 'We may terminate this agreement on thirty (30) days notice. ' : 'The customer may use the service for lawful purposes and must keep its password safe. ';
  writeFileSync(at('long-line.md'), `${line}\n`);
  writeFileSync(at('deep-list.md'), `${'- '.repeat(5000)}We may terminate this agreement.\n`);
  let indented = '';
  for (let i = 0; i < 2000; i++) indented += `${' '.repeat(2 * i)}- item ${i}\n`;
  writeFileSync(at('deep-indented.md'), indented);
  writeFileSync(at('deep.html'), `${'<div>'.repeat(3000)}We may terminate this agreement.${'</div>'.repeat(3000)}`);
  // 50 MB, made sparse: the size is refused before a byte is read
  const fd = openSync(at('huge.md'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(at('active.html'), [
    '<html><head><link rel="stylesheet" href="http://203.0.113.9/style.css"><script src="http://203.0.113.9/x.js"></script>',
    '<script>fetch("http://203.0.113.9/steal"); document.write("SCRIPT-TEXT We may terminate your account")</script></head><body>',
    '<h2>5. Termination</h2><img src="http://203.0.113.9/pixel.png" onerror="alert(1)"><iframe src="http://203.0.113.9/frame"></iframe>',
    '<p>We may terminate this agreement immediately upon notice if you breach these terms.</p>',
    '<noscript>NOSCRIPT-TEXT</noscript><style>p { color: red }</style></body></html>',
  ].join('\n'));
});

describe('broken files: one line on stderr and the documented exit code', () => {
  it('a missing path', () => refused(run(['extract', at('missing.md')]), EXIT_CODES.NOT_FOUND, /missing\.md: no such file/));
  it('an empty file', () => refused(run(['extract', at('empty.md')]), EXIT_CODES.EMPTY, /empty\.md: the file is empty/));
  it('random binary named .md', () => refused(run(['extract', at('random.md')]), EXIT_CODES.BINARY, /random\.md: binary data/));
  it('invalid UTF-8', () => refused(run(['extract', at('invalid.md')]), EXIT_CODES.ENCODING, /invalid\.md: not valid UTF-8/));
  it('a directory with no agreements (read as a batch: --quiet drops the summary line)', () => {
    refused(run(['ask', at('empty-dir'), 'Can they terminate?', '--quiet']), EXIT_CODES.NOT_FOUND, /empty-dir: no agreement in this directory/);
    expect(run(['extract', at('empty-dir')]).stderr).toMatch(/^tos-clauses: .*empty-dir: no agreement in this directory/);
  });
});

describe('text in UTF-16 with a byte-order mark is read, not called binary', () => {
  for (const name of ['utf16le.md', 'utf16be.md']) {
    it(name, () => {
      const r = run(['ask', at(name), 'Can they terminate immediately?', '--json']);
      expect(r.code).toBe(0);
      const answer = JSON.parse(r.stdout);
      expect(answer.answer).toBe('yes');
      expect(answer.evidence[0].quote).toMatch(/^We may terminate this agreement immediately/);
    });
  }
});

describe('huge but legitimate input: parsed, or refused with a clear size or depth error', () => {
  it('a 1,000,000-character line is parsed', () => {
    const r = run(['extract', at('long-line.md'), '--json']);
    expect(r.timedOut).toBe(false);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).clauses.length).toBeGreaterThan(0);
  });
  it('a list nested 5,000 deep on one line is refused as too deep', () => refused(run(['extract', at('deep-list.md')]), EXIT_CODES.TOO_DEEP, /nested 5000 deep is over the limit of 100; raise the limit with --max-depth/));
  it('a list nested 2,000 deep by indentation is refused as too deep', () => refused(run(['extract', at('deep-indented.md')]), EXIT_CODES.TOO_DEEP, /nested \d+ deep is over the limit of 100/));
  it('HTML nested 3,000 deep is refused as too deep', () => refused(run(['extract', at('deep.html')]), EXIT_CODES.TOO_DEEP, /HTML elements nested \d+ deep is over the limit of 100/));
  it('--max-depth raises the limit, up to its ceiling', () => {
    refused(run(['extract', at('deep-list.md'), '--max-depth', '100000']), EXIT_CODES.TOO_DEEP, /over the limit of 1000$/m);
    expect(run(['extract', at('deep-list.md'), '--max-depth', '3']).stderr).toMatch(/over the limit of 3;/);
  });
  it('a 50 MB file is refused by size, and --max-bytes sets the limit', () => {
    refused(run(['extract', at('huge.md')]), EXIT_CODES.TOO_LARGE, /huge\.md: 52428800 bytes is over the limit of 20971520 bytes/);
    refused(run(['extract', at('utf16le.md'), '--max-bytes', '100']), EXIT_CODES.TOO_LARGE, /over the limit of 100 bytes/);
  });
});

describe('HTML never executes or fetches anything', () => {
  it('scripts, images, style sheets and frames are inert: parsed with no network use and no script text in the clauses', () => {
    const r = run(['extract', at('active.html'), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/NETWORK/);
    const agreement = JSON.parse(r.stdout);
    expect(agreement.clauses.map((c: { type: string }) => c.type)).toContain('termination');
    const texts = JSON.stringify(agreement.clauses);
    expect(texts).not.toMatch(/SCRIPT-TEXT|NOSCRIPT-TEXT|fetch\(|alert\(|color: red|203\.0\.113\.9/);
  });
  it('the preload does catch network use', () => {
    const r = spawnSync(process.execPath, ['--require', noNetwork, '-e', "require('node:net').connect(9, '127.0.0.1')"], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/NETWORK socket/);
  });
});
