/**
 * `diff` by meaning on pairs of versions written in our own words (fixtures/diff/<case>/old.md and
 * new.md): the readable output beside each pair in expected.txt (UPDATE=1 regenerates it; review the
 * diff), the `--json` record, and nothing at all for a renumbering.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readAgreement } from '../src/agreement.js';
import { diffAgreements, renderDiff } from '../src/diff/index.js';
import { DiffSchema } from '../src/schema/records.js';

const root = join(import.meta.dirname, '..');
const cases = join(root, 'fixtures', 'diff');
const update = Boolean(process.env.UPDATE);

for (const name of readdirSync(cases).filter((n) => existsSync(join(cases, n, 'old.md'))).sort()) {
  it(`diff fixture ${name}: the readable changes`, async () => {
    const changes = diffAgreements(await readAgreement(join(cases, name, 'old.md')), await readAgreement(join(cases, name, 'new.md')));
    const got = renderDiff(changes) + '\n';
    const expected = join(cases, name, 'expected.txt');
    if (update || !existsSync(expected)) writeFileSync(expected, got);
    expect(got).toBe(readFileSync(expected, 'utf8'));
  });
}

describe('diff by meaning', () => {
  const pair = (name: string) => Promise.all([readAgreement(join(cases, name, 'old.md')), readAgreement(join(cases, name, 'new.md'))]);

  it('reports nothing for sections renumbered and reordered', async () => {
    const [before, after] = await pair('renumbered');
    expect(before.clauses.map((c) => c.section)).not.toEqual(after.clauses.map((c) => c.section));
    expect(diffAgreements(before, after)).toEqual([]);
  });

  it('reports a longer notice, a removed immediate right, a new category and another law', async () => {
    const changes = diffAgreements(...(await pair('meaningful')));
    const notice = changes.find((c) => c.type === 'termination' && c.kind === 'changed');
    expect(notice?.fields).toEqual([{ field: 'notice.period', before: 'at least 30 days', after: 'at least 90 days' }]);
    expect(notice?.section).toBe('2.1');
    const removed = changes.find((c) => c.kind === 'removed');
    expect(removed).toMatchObject({ type: 'termination', section: '2.3' });
    expect(removed?.before).toMatchObject({ notice: { kind: 'immediate' } });
    expect(changes.find((c) => c.type === 'content-duty')?.fields).toEqual([{ field: 'categories', after: 'misinformation' }]);
    expect(changes.find((c) => c.type === 'governing-law')?.fields).toEqual([{ field: 'value', before: 'State of Vermont', after: 'State of Oregon' }]);
    expect(changes).toHaveLength(4);
  });

  it('reports a right added in a renumbered version, and only that', async () => {
    const changes = diffAgreements(...(await pair('added-and-renumbered')));
    expect(changes.map((c) => [c.kind, c.type, c.section])).toEqual([['added', 'suspension', '3.1']]);
  });

  it('diff --json prints the diff record; --exit-code exits 1 on changes', () => {
    const cli = join(root, 'dist', 'cli.js');
    const args = ['diff', join(cases, 'meaningful', 'old.md'), join(cases, 'meaningful', 'new.md')];
    const r = spawnSync(process.execPath, [cli, ...args, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const record = DiffSchema.strict().parse(JSON.parse(r.stdout));
    expect(record.version).toBe(1);
    expect(Object.keys(record.changes[0])).toEqual(['kind', 'type', 'section', 'before', 'after', 'fields', 'summary']);
    expect(spawnSync(process.execPath, [cli, ...args, '--exit-code'], { encoding: 'utf8' }).status).toBe(1);
    const same = spawnSync(process.execPath, [cli, 'diff', join(cases, 'renumbered', 'old.md'), join(cases, 'renumbered', 'new.md'), '--exit-code'], { encoding: 'utf8' });
    expect([same.status, same.stdout]).toEqual([0, 'no change in meaning\n']);
  });
});
