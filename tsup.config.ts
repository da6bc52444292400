import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
// @ts-expect-error: a plain ESM build script, no declarations
import { describeSource } from './scripts/schema-docs.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// source maps only when asked (SOURCEMAP=1 npm run build): the published tarball carries none
const sourcemap = process.env.SOURCEMAP === '1';

// the schemas' TSDoc becomes their `.describe()`, so the JSON Schema carries the descriptions
const schemaDocs: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'schema-docs',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]schema[\\/][^\\/]+\.ts$/ }, (args) => ({ contents: describeSource(readFileSync(args.path, 'utf8'), args.path), loader: 'ts' }));
  },
};

// unified, remark, rehype and their micromark / mdast / hast dependencies are ESM-only: `require()` of
// them throws on older Node 20 releases, so the CJS build bundles every dependency except the
// three that ship CommonJS themselves and the PDF / Word readers, which load only when such a file is read.
const esmOnly = [/^(?!zod(?:\/|$)|compromise(?:\/|$)|commander(?:\/|$)|unpdf(?:\/|$)|mammoth(?:\/|$))/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', eval: 'src/evaluation.ts' },
    format: ['esm'],
    dts: true,
    sourcemap,
    target: 'node20',
    esbuildPlugins: [schemaDocs],
    define: { PKG_VERSION: JSON.stringify(version) },
  },
  {
    entry: { index: 'src/index.ts', eval: 'src/evaluation.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap,
    target: 'node20',
    esbuildPlugins: [schemaDocs],
    shims: true,
    noExternal: esmOnly,
    define: { PKG_VERSION: JSON.stringify(version) },
  },
  {
    entry: { cli: 'src/cli/bin.ts', worker: 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap,
    target: 'node20',
    esbuildPlugins: [schemaDocs],
    banner: { js: '#!/usr/bin/env node' },
    define: { PKG_VERSION: JSON.stringify(version) },
  },
]);
