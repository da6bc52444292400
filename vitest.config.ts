import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain ESM build script, no declarations
import { describeSource } from './scripts/schema-docs.mjs';

export default defineConfig({
  // the schemas' TSDoc becomes their `.describe()`, as in the build (tsup.config.ts)
  plugins: [{ name: 'schema-docs', enforce: 'pre', transform: (code: string, id: string) => (/[\\/]src[\\/]schema[\\/][^\\/]+\.ts$/.test(id) ? describeSource(code, id) : undefined) }],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
