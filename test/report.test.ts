/**
 * The HTML report, loaded in headless Chromium (Debian's `chromium`; `.ci/run` installs it) and read
 * back as the rendered text a person sees: each clause type with its answer, value, quote and
 * section, and the variants by scope. The page must load nothing from outside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { readAgreement } from '../src/agreement.js';
import { ask } from '../src/query/answer.js';
import { reportHtml } from '../src/report/index.js';

const root = join(import.meta.dirname, '..');
const cloud = join(root, 'fixtures', 'cloud-numbered', 'agreement.md');
const tmp = mkdtempSync(join(tmpdir(), 'tos-clauses-report-'));

/** Debian's chromium (or CHROMIUM=path). */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const chromium = findChromium();
// CI installs chromium (.ci/run): there, a missing browser is a failure, not a skip
if (!chromium && process.env.CI) throw new Error('chromium is not installed: .ci/run installs it with apt-get install -y chromium');

describe.skipIf(!chromium)('tos-clauses report, rendered in headless Chromium', () => {
  let context: BrowserContext;
  const outside: string[] = [];

  beforeAll(async () => {
    const { chromium: launcher } = await import('playwright-core');
    context = await launcher.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tos-clauses-chromium-')), {
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
  }, 60_000);
  afterAll(async () => { await context?.close(); });

  /** The rendered text of a page, as a person reads it. */
  async function rendered(file: string): Promise<string> {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    const text = await page.innerText('body');
    await page.close();
    return text.replace(/[ \t]+/g, ' ');
  }

  it('shows each clause type with its answers, values, quotes and sections', async () => {
    const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'report', cloud, '--out', tmp, '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const file = join(tmp, 'agreement.html');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\(/i);
    const text = await rendered(file);
    expect(text).toContain('agreement.md');
    // the termination section: the question, the value, the quote and its sub-section
    expect(text).toMatch(/How much notice does the provider give before terminating for convenience\?\s*yes: 30 days/);
    expect(text).toContain('“Nimbus may terminate this Agreement for any reason by giving Customer at least thirty (30) days\' advance written notice.”');
    expect(text).toMatch(/§ 5\.2\(a\) Termination › Termination for Convenience, line 23/);
    expect(text).toMatch(/Can the provider terminate immediately\?\s*yes[^\n]*\s*Limited to:/);
    expect(text).toMatch(/§ 5\.2\(b\)\(ii\)/);
    // every clause type of the schema has its heading, even with no clause of it
    for (const heading of ['Termination', 'Suspension', 'Governing law', 'Data after termination']) expect(text).toMatch(new RegExp(`^${heading}$`, 'm'));
    expect(text).toContain('No governing-law clause found.');
    expect(outside).toEqual([]);
  });

  it('shows the variants of an answer by scope', async () => {
    const agreement = await readAgreement(cloud);
    const base = ask(agreement, 'How much notice does the provider give before terminating for convenience?');
    // an answer with a variant, as the answer layer gives for a clause limited to consumers in the EEA
    const variant = { scope: { regions: ['EEA'], customer: 'consumer' as const }, answer: 'yes' as const, value: { days: 60 }, evidence: [{ ...base.evidence[0], section: '12.3', heading: 'Consumers', quote: 'For consumers in the EEA the notice is sixty days.' }] };
    const file = join(tmp, 'variants.html');
    writeFileSync(file, reportHtml({ agreement, path: 'variants.md', answers: { termination: [{ ...base, variants: [variant] }] } }));
    const text = await rendered(file);
    expect(text).toMatch(/Variants by scope/);
    expect(text).toMatch(/EEA; consumers\s+yes: 60 days\s+“For consumers in the EEA the notice is sixty days\.”\s*§ 12\.3 Consumers/);
  });
});
