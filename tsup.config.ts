import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: { index: 'src/index.ts', internal: 'src/internal.ts', testing: 'src/testing.ts', queue: 'src/queue.ts', cli: 'src/cli/main.ts', 'check-worker': 'src/pipeline/check-worker.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', internal: 'src/internal.ts', testing: 'src/testing.ts', queue: 'src/queue.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: true,
  define: { __CONTRADICT_VERSION__: JSON.stringify(version) },
  // sbd is bundled, with a stub for sanitize-html (src/statements/no-sanitize.ts): see that file.
  noExternal: ['sbd'],
  esbuildOptions(options) {
    options.alias = { ...options.alias, 'sanitize-html': './src/statements/no-sanitize.ts' };
  },
});
