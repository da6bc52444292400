import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// unified, remark-parse and remark-gfm are ESM-only: `require()` of them throws on Node 20, so the
// CJS build bundles them (and their micromark / mdast dependencies) instead of leaving them external.
const esmOnly = [/^unified/, /^remark-/, /^micromark/, /^mdast-/, /^unist-/, /^vfile/, /^bail$/, /^trough$/, /^devlop$/, /^is-plain-obj$/, /^decode-named-character-reference$/, /^character-entities/, /^ccount$/, /^markdown-table$/, /^longest-streak$/, /^zwitch$/, /^escape-string-regexp$/, /^extend$/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    define: { PKG_VERSION: JSON.stringify(version) },
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    shims: true,
    noExternal: esmOnly,
    define: { PKG_VERSION: JSON.stringify(version) },
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { PKG_VERSION: JSON.stringify(version) },
  },
]);
