#!/usr/bin/env node
/**
 * `npm run eval`: score the shared gold set against .ci/floor.json. It needs the shared measuring
 * data beside this checkout (../shared: the corpus, the gold questions and the CLAUDETTE sentences);
 * without it, it says what is missing and where it goes instead of failing on a path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const needs = [
  ['gold/dev.json', 'the gold questions with their expected answers and sections'],
  ['corpus', 'the agreements the gold file asks about'],
  ['datasets/claudette', 'the CLAUDETTE sentences with unfair-clause labels'],
];
const missing = needs.filter(([path]) => !existsSync(join(shared, path)));
if (missing.length) {
  console.error(`npm run eval scores tos-clauses on the shared measuring data, expected in ${shared} (beside this checkout). Missing:`);
  for (const [path, what] of missing) console.error(`  ${join(shared, path)}: ${what}`);
  console.error('Put the shared folder there (or run `node dist/cli.js eval <gold.json> --docs <dir>` on a gold file of your own; see README, "eval").');
  process.exit(3);
}
if (!existsSync(join(root, 'dist', 'cli.js'))) {
  console.error('npm run eval needs the build: run `npm run build` first');
  process.exit(3);
}
const args = ['eval', join(shared, 'gold', 'dev.json'), '--docs', join(shared, 'corpus'), '--claudette', join(shared, 'datasets', 'claudette'), '--floor', join(root, '.ci', 'floor.json'), ...process.argv.slice(2)];
const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { stdio: 'inherit' });
process.exit(r.status ?? 70);
