import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

// Jest runs in native ESM mode (NestJS 12 ships ES modules only); @swc/jest strips the types.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

// Every `#alias` of package.json `imports`, resolved to its TypeScript source (one list to keep).
const { imports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const sourceAliases = Object.fromEntries(
  Object.entries(imports).map(([alias, target]) => [
    `^${alias}$`,
    target['despacho-src'].replace(/^\.\//, '<rootDir>/'),
  ]),
);

const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    ...sourceAliases,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
};

export default {
  testTimeout: 60_000,
  // Jest would run every suite inside its own process on a 2-core machine (one worker), where
  // the ES-module registries of 100 suites pile up until the heap gives out. A memory limit makes
  // Jest use a worker and replace it once it holds more than this after a suite.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      // The console's journeys run in Playwright (npm run test:web), not here.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
  ],
};
