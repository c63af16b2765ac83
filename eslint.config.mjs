import fs from 'node:fs';
import path from 'node:path';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * Imports go one way: app → features → lib (and components/ui → lib). A
 * feature reaches another feature only through its service.ts or schema.ts
 * (and its components/ for pages), never its queries or internals.
 */
const featuresDir = path.resolve('src/features');
const features = fs.existsSync(featuresDir)
  ? fs.readdirSync(featuresDir).filter((f) => fs.statSync(path.join(featuresDir, f)).isDirectory())
  : [];

const featureZones = features.flatMap((feature) =>
  features
    .filter((other) => other !== feature)
    .map((other) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${other}`,
      except: ['./service.ts', './schema.ts', './components'],
      message: `Feature "${feature}" may use "${other}" only through its service.ts, schema.ts or components/.`,
    })),
);

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/lib', from: './src/features', message: 'lib must not depend on features.' },
            { target: './src/lib', from: './src/app', message: 'lib must not depend on app.' },
            { target: './src/features', from: './src/app', message: 'features must not depend on app.' },
            { target: './src/components', from: './src/app', message: 'components must not depend on app.' },
            { target: './src/components/ui', from: './src/features', message: 'UI primitives must not depend on features.' },
            {
              target: './src',
              from: './tests',
              message: 'Code under src/ (unit tests included) must not depend on tests/: put such a test in tests/.',
            },
            { target: './src', from: './e2e', message: 'Code under src/ must not depend on e2e/.' },
            ...featureZones,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    // nothing imports round in a circle (app → features → lib, one way); only our own modules are followed.
    // A test file is imported by nothing, so no cycle can pass through it: not walking from each one
    // keeps the rule's cost (the larger part of the lint's time, docs/decisions/0212) to the code itself
    files: ['src/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    settings: { 'import/ignore': ['node_modules'] },
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['scripts/**', 'tests/**', 'e2e/**', '*.config.*', '**/*.test.ts'],
    // tests read JSON of any shape; scripts and tests print to the console
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
];

export default config;
