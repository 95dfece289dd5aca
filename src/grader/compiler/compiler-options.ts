/**
 * The one set of TypeScript options every learner's file is checked with:
 * in the browser worker, under `npm test`, and under `npm run verify`.
 * `exercises/tsconfig.json` mirrors it for editors; a unit test keeps them equal.
 */
export const courseCompilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2022', 'ES2025.Iterator'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  isolatedModules: true,
  verbatimModuleSyntax: false,
  allowImportingTsExtensions: true,
  types: [],
} as const;

/** Root lib files: the compiler follows their `/// <reference lib>` lines. */
export const courseLibRoots = ['lib.es2022.d.ts', 'lib.es2025.iterator.d.ts'];
