import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (fast, Node, runs on every change), `browser` (real Chromium and
 * Firefox with the built extension; one browser per suite, files run one at a time on this
 * 2-core machine) and `corpus` (evaluations over ../shared, skipped when it is absent).
 */
export default defineConfig({
  // Test files and the TSX they import use Preact's automatic JSX runtime, as the build does.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'corpus',
          include: ['test/corpus/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
