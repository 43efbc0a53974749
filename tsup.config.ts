import { defineConfig } from 'tsup';

const shared = {
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  // `npm run build` empties dist once; the two builds below run in parallel into it.
  clean: false,
  sourcemap: false,
  minify: false,
} as const;

export default defineConfig([
  {
    ...shared,
    // ESM: the library and the CLI share chunks, and the CLI's commands stay in chunks of their
    // own, loaded on first use, so `form8379 --version` reads only commander. batch-worker is
    // the worker thread of `batch --jobs`, started from dist/batch-worker.js (src/cli/batch-pool.ts).
    entry: {
      index: 'src/index.ts',
      // The PDF filler is its own subpath (form8379/pdf): a caller who never fills the official
      // form never loads the PDF library.
      pdf: 'src/pdf/index.ts',
      cli: 'src/cli/main.ts',
      'batch-worker': 'src/cli/batch-worker.ts',
    },
    format: ['esm'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', pdf: 'src/pdf/index.ts' } },
    esbuildOptions(options) {
      options.chunkNames = 'chunks/[name]-[hash]';
    },
  },
  {
    ...shared,
    entry: { index: 'src/index.ts', pdf: 'src/pdf/index.ts' },
    format: ['cjs'],
    dts: true,
  },
]);
