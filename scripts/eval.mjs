#!/usr/bin/env node
/**
 * `npm run eval`: score the shared gold set against .ci/floor.json. It needs the shared measuring
 * data beside this checkout (../shared: the corpus, the gold questions and the CLAUDETTE sentences);
 * without it, it says what is missing and where it goes instead of failing on a path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const cli = (args) => spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], { stdio: 'inherit' }).status ?? 70;
console.log('== dev (../shared/gold/dev.json)');
let status = cli(['eval', join(shared, 'gold', 'dev.json'), '--docs', join(shared, 'corpus'), '--claudette', join(shared, 'datasets', 'claudette'), '--floor', join(root, '.ci', 'floor.json'), ...process.argv.slice(2)]);

// dev2 and the first-sight documents are not kept here: score them where they have been prepared
// (../shared/gold/prepare-docs and scripts/prepare-fresh write them; TOS_DEV2_DOCS, TOS_FRESH_DOCS say where)
const dev2Docs = process.env.TOS_DEV2_DOCS ?? resolve(root, '..', 'dev2-docs');
if (existsSync(join(shared, 'gold', 'dev2.json')) && existsSync(dev2Docs)) {
  console.log(`== dev2 (../shared/gold/dev2.json, documents in ${dev2Docs})`);
  const floor = join(root, '.ci', 'floor-dev2.json');
  status = Math.max(status, cli(['eval', join(shared, 'gold', 'dev2.json'), '--docs', dev2Docs, ...(existsSync(floor) ? ['--floor', floor] : []), ...process.argv.slice(2)]));
} else console.log(`== dev2: skipped (prepare its documents with ../shared/gold/prepare-docs into ${dev2Docs}, or set TOS_DEV2_DOCS)`);
const freshDocs = process.env.TOS_FRESH_DOCS ?? resolve(root, '..', 'fresh-docs');
const freshGold = join(root, 'eval', 'fresh');
if (existsSync(freshDocs)) {
  // every session's first-sight documents, one gold file each, scored together
  const all = readdirSync(freshGold).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(readFileSync(join(freshGold, f), 'utf8')));
  const file = join(mkdtempSync(join(tmpdir(), 'tos-fresh-')), 'fresh.json');
  writeFileSync(file, JSON.stringify(all));
  console.log(`== first-sight documents (eval/fresh/, documents in ${freshDocs}; eval/first-sight.md has the figures at first sight)`);
  status = Math.max(status, cli(['eval', file, '--docs', freshDocs, ...process.argv.slice(2)]));
} else console.log(`== first-sight documents: skipped (prepare them with scripts/prepare-fresh into ${freshDocs}, or set TOS_FRESH_DOCS)`);
process.exit(status);
