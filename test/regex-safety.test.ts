/**
 * Every regular expression in src/ is checked for catastrophic backtracking with recheck (contract text
 * is attacker-controlled): the literals, found with the TypeScript compiler API, and the patterns the
 * pipeline builds at run time through `re`/`lexicon` (src/lexicon/compose.ts, whose registry records
 * them), recorded while the fixtures are parsed and asked. No literal is longer than 160 characters,
 * and `new RegExp(...)` is called only by that helper; other calls are listed to be converted. Known debts are listed in test/regex-allow.json (file, pattern, recheck's
 * verdict and attack string): an entry whose pattern is gone from its file fails the test until it is
 * removed. test/regex-verdicts.json caches the patterns recheck found safe, so that only new or changed
 * patterns are checked (slowly) again; `UPDATE=1 npx vitest run test/regex-safety.test.ts` rewrites the
 * cache and drops stale allowlist entries. A new vulnerable pattern is never allowlisted by UPDATE: the
 * failure prints the entry, to be added by hand only with a proposed fix.
 *
 * A pattern whose every repetition is bounded (no `*`, `+` or `{n,}` outside a character class) is
 * linear by construction: each match attempt explores a number of paths that depends on the pattern
 * alone, never on the input, so recheck's fuzzer, which reports growth on inputs shorter than the
 * bounds, is not asked about it. The adversarial benchmark (bench/adversarial.mjs) measures the constant.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { check, type Diagnostics } from 'recheck';
import { parseAgreement, ask, readAgreement } from '../src/index.js';
import { re, registeredPatterns, lexicon } from '../src/lexicon/compose.js';

const root = join(import.meta.dirname, '..');
const ALLOW = join(root, 'test', 'regex-allow.json');
const VERDICTS = join(root, 'test', 'regex-verdicts.json');
const HELPER = 'src/lexicon/compose.ts';
/** Where a pattern built at run time is listed: the registry does not keep its call site. */
const RUN_TIME = '(built at run time)';
const MAX_LENGTH = 160;
/** recheck's parameters: a fixed seed for its fuzzer, and a time limit per pattern. */
const PARAMS = { randomSeed: 42, timeout: 10_000 };
const RECHECK_VERSION = (JSON.parse(readFileSync(join(root, 'node_modules', 'recheck', 'package.json'), 'utf8')) as { version: string }).version;

interface Found { file: string; line: number; pattern: string; source: string; flags: string }
interface Dynamic { file: string; line: number; code: string }
interface AllowEntry { file: string; pattern: string; verdict: string; attack?: string; hotspot?: string; fix?: string }
interface Allow { vulnerable: AllowEntry[]; long: Array<{ file: string; pattern: string; length: number }>; dynamic: Array<{ file: string; code: string }> }

const allow = JSON.parse(readFileSync(ALLOW, 'utf8')) as Allow & Record<string, unknown>;
const verdicts = existsSync(VERDICTS) ? JSON.parse(readFileSync(VERDICTS, 'utf8')) as { recheck: string; safe: string[] } : { recheck: RECHECK_VERSION, safe: [] };
const safe = new Set(verdicts.recheck === RECHECK_VERSION ? verdicts.safe : []);
const hash = (pattern: string) => createHash('sha256').update(pattern).digest('hex').slice(0, 16);
const sourceFiles = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
});

/** The regex literals and the `RegExp(...)` calls of src/. */
function scan(): { literals: Found[]; dynamic: Dynamic[] } {
  const literals: Found[] = [];
  const dynamic: Dynamic[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path);
    const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const end = text.lastIndexOf('/');
        literals.push({ file, line: lineOf(node), pattern: text, source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && file !== HELPER) {
        dynamic.push({ file, line: lineOf(node), code: node.getText(sf).replace(/\s+/g, ' ').slice(0, 120) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

/** Run the pipeline over every fixture and its questions, so that the patterns built at run time are recorded. */
async function exercise(): Promise<void> {
  const fixtures = join(root, 'fixtures');
  for (const name of readdirSync(fixtures, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    const dir = join(fixtures, name);
    const doc = readdirSync(dir).find((f) => /^agreement\.(?:md|txt|html|pdf|docx)$/.test(f));
    if (!doc) continue;
    const agreement = await readAgreement(join(dir, doc));
    const questions = existsSync(join(dir, 'questions.json')) ? JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as Array<{ question: string }> : [];
    for (const q of questions) ask(agreement, q.question);
  }
  parseAgreement('## 1. Term\n\nAcme Ltd. ("Acme") may terminate this agreement on 30 days\' notice.', { format: 'markdown' });
}

const listedVulnerable = new Set(allow.vulnerable.map((e) => `${e.file} ${e.pattern}`));

/** recheck's verdict on each pattern neither cached as safe nor a listed debt (whose verdict is in the list), two at a time. */
async function verdictsOf(patterns: Found[]): Promise<Map<string, Diagnostics>> {
  const out = new Map<string, Diagnostics>();
  const todo = [...new Map(patterns.filter((p) => !bounded(p.source) && !safe.has(hash(p.pattern)) && !listedVulnerable.has(`${p.file} ${p.pattern}`)).map((p) => [p.pattern, p])).values()];
  const worker = async () => {
    for (let p = todo.shift(); p; p = todo.shift()) out.set(p.pattern, await check(p.source, p.flags, PARAMS));
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** True when no repetition of the pattern is unbounded (`*`, `+`, `{n,}` outside a character class). */
export function bounded(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') { inClass = true; continue; }
    if (ch === '*' || ch === '+') return false;
    if (ch === '{' && /^\{\d+,\}/.test(source.slice(i))) return false;
  }
  return true;
}

const verdictText = (d: Diagnostics) => d.status === 'vulnerable' ? `vulnerable: ${d.complexity.summary}` : d.status === 'unknown' ? `unknown: ${d.error.kind}` : 'safe';

describe('regular expressions in src/', () => {
  const { literals, dynamic } = scan();
  let compiled: Found[] = [];
  let diagnostics = new Map<string, Diagnostics>();

  beforeAll(async () => {
    await exercise();
    compiled = registeredPatterns().map((c) => ({ file: RUN_TIME, line: 0, pattern: `/${c.source}/${c.flags}`, source: c.source, flags: c.flags }));
    diagnostics = await verdictsOf([...literals, ...compiled]);
  }, 20 * 60_000);

  it('finds the literals of src/ (the scan works)', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(literals.some((l) => l.file === 'src/parse/index.ts')).toBe(true);
  });

  it('no pattern recheck calls vulnerable, unless it is a listed debt', () => {
    const listed = listedVulnerable;
    const failures: string[] = [];
    const entries: AllowEntry[] = [];
    for (const p of [...literals, ...compiled]) {
      const d = diagnostics.get(p.pattern);
      if (!d || d.status === 'safe') continue;
      if (listed.has(`${p.file} ${p.pattern}`)) continue;
      const attack = d.status === 'vulnerable' ? d.attack.pattern : '';
      const hotspot = [...new Set((d.status === 'vulnerable' ? d.hotspot : []).map((h) => p.source.slice(h.start, h.end)))].join('  ');
      entries.push({ file: p.file, pattern: p.pattern, verdict: verdictText(d), attack, hotspot });
      failures.push(`${p.file}${p.line ? `:${p.line}` : ''}: ${verdictText(d)}${attack ? `, attack ${attack}` : ''}\n    ${p.pattern.slice(0, 200)}\n    entry: ${JSON.stringify({ file: p.file, pattern: p.pattern, verdict: verdictText(d), attack, fix: '…' })}`);
    }
    // REGEX_REPORT=file writes the entries, for a lead to review before any is listed
    if (process.env.REGEX_REPORT) writeFileSync(process.env.REGEX_REPORT, JSON.stringify(entries, null, 1));
    expect(failures, `patterns that can backtrack badly (fix them, or list one in test/regex-allow.json with a proposed fix):\n${failures.join('\n')}`).toEqual([]);
  });

  it(`no literal is longer than ${MAX_LENGTH} characters, unless it is a listed debt`, () => {
    const listed = new Set(allow.long.map((e) => `${e.file} ${e.pattern}`));
    const long = literals.filter((l) => l.pattern.length > MAX_LENGTH && !listed.has(`${l.file} ${l.pattern}`)).map((l) => `${l.file}:${l.line}: ${l.pattern.length} characters: ${l.pattern.slice(0, 60)}…`);
    expect(long, 'compose long patterns from named lexicons with re`…` (src/lexicon/compose.ts)').toEqual([]);
  });

  it('RegExp is built only by re`` and lexicon() (src/lexicon/compose.ts), so the run-time patterns are checked too', () => {
    const listed = new Set(allow.dynamic.map((e) => `${e.file} ${e.code}`));
    const convert = dynamic.filter((d) => !listed.has(`${d.file} ${d.code}`)).map((d) => `${d.file}:${d.line}: ${d.code}`);
    expect(convert, 'to be converted to re`…` (src/lexicon/compose.ts)').toEqual([]);
  });

  it('every allowlist entry is still in src/ (a fixed debt is removed from the list)', () => {
    const present = new Set([...literals, ...compiled].map((l) => `${l.file} ${l.pattern}`));
    // a bounded pattern needs no entry: it is linear by construction
    const debts = new Set([...literals, ...compiled].filter((l) => !bounded(l.source)).map((l) => `${l.file} ${l.pattern}`));
    const calls = new Set(dynamic.map((d) => `${d.file} ${d.code}`));
    const stale = [
      ...allow.vulnerable.filter((e) => !debts.has(`${e.file} ${e.pattern}`)).map((e) => `vulnerable ${e.file} ${e.pattern.slice(0, 60)}`),
      ...allow.long.filter((e) => !present.has(`${e.file} ${e.pattern}`)).map((e) => `long ${e.file} ${e.pattern.slice(0, 60)}`),
      ...allow.dynamic.filter((e) => !calls.has(`${e.file} ${e.code}`)).map((e) => `dynamic ${e.file} ${e.code.slice(0, 60)}`),
    ];
    if (process.env.UPDATE && stale.length) {
      allow.vulnerable = allow.vulnerable.filter((e) => debts.has(`${e.file} ${e.pattern}`));
      allow.long = allow.long.filter((e) => present.has(`${e.file} ${e.pattern}`));
      allow.dynamic = allow.dynamic.filter((e) => calls.has(`${e.file} ${e.code}`));
      writeFileSync(ALLOW, JSON.stringify(allow, null, 1) + '\n');
      return;
    }
    expect(stale, 'stale entries in test/regex-allow.json: remove them (UPDATE=1 does)').toEqual([]);
  });

  it('the cache of safe verdicts is current (UPDATE=1 rewrites it)', () => {
    const now = [...literals, ...compiled].filter((p) => safe.has(hash(p.pattern)) || diagnostics.get(p.pattern)?.status === 'safe').map((p) => hash(p.pattern));
    const wanted = [...new Set(now)].sort();
    if (process.env.UPDATE) writeFileSync(VERDICTS, JSON.stringify({ recheck: RECHECK_VERSION, params: PARAMS, safe: wanted }, null, 0).replace(/,"/g, ',\n"') + '\n');
    const uncached = wanted.filter((h) => !safe.has(h));
    // uncached patterns were checked live (slowly): caching them keeps npm test fast
    expect(uncached.length, `${uncached.length} safe patterns are not in test/regex-verdicts.json: run UPDATE=1 npx vitest run test/regex-safety.test.ts`).toBe(0);
  });
});

describe('the registry of run-time patterns (src/lexicon/compose.ts)', () => {
  it('records the patterns re`` and lexicon() build, each source once', () => {
    const words = lexicon('test-words', ['end up', 'end']);
    const a = re`\bmay ${words} here`;
    const b = re`\bmay ${words} here`;
    expect(a).toBe(b);
    expect(a.test('we MAY end up here')).toBe(true);
    const sources = registeredPatterns().map((p) => p.source);
    expect(sources.filter((s) => s === a.source)).toHaveLength(1);
    expect(sources).toContain(words.source);
  });
});
