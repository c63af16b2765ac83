import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname, 'src') };

/**
 * Four projects:
 *  - unit: tests beside the code (src/**\/*.test.ts), no server;
 *  - integration: feature services and the assistant end to end on an
 *          in-process PGlite (tests/integration; they use tests/helpers,
 *          which code under src/ may not import);
 *  - db:   SQL-level tests (RLS, constraints) on PGlite and a real PostgreSQL;
 *  - api:  HTTP tests against the built app (`next start`), on PGlite and on
 *          a real PostgreSQL server started by the test helper.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts'],
          // the files of a worker share their imports instead of loading them again each (docs/decisions/0231):
          // none mocks a module, and all pass together in any order as they do alone
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts'],
          // a whole assistant turn on PGlite takes 0.5-2 s alone, and over 5 s (Vitest's default)
          // on two cores shared with a build and other test runs; a PGlite start with its
          // migrations likewise outgrows the default 10 s for a hook
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts'],
          globalSetup: ['tests/setup/postgres.global.ts'],
          testTimeout: 30_000,
          // two files at once on two cores (scripts/test.mjs): a file's setup may wait on the other's
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console.ts', 'tests/setup/remove-data-dirs.ts'],
          globalSetup: ['tests/setup/api.global.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
