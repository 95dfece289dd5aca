import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * `@vitest/expect` treats any value with an `asymmetricMatch` method as a
 * matcher, so a learner's generator could yield `{ asymmetricMatch: () => true }`
 * and pass any `toEqual`. The course's graders accept only the matchers the
 * tests create (`expect.any(Number)`, `expect.objectContaining(…)`): every
 * AsymmetricMatcher is recorded in a WeakSet when it is constructed, and
 * `isAsymmetric` asks that set instead of looking at the value's methods. A
 * WeakSet cannot be fooled by a Proxy. Applied to the browser's runner bundle
 * (this Vite plugin), to `npm test`'s runner threads and to the unit tests.
 */
const IS_ASYMMETRIC = /function isAsymmetric\(obj\) \{\n\treturn [^\n]+\n\}/;
const CONSTRUCTOR = /(class AsymmetricMatcher \{[\s\S]*?constructor\(sample, inverse = false\) \{\n)/;

export function trustTestMatchersOnly(source: string): string {
  if (!IS_ASYMMETRIC.test(source) || !CONSTRUCTOR.test(source)) {
    throw new Error(
      '@vitest/expect does not have isAsymmetric() or the AsymmetricMatcher constructor where src/grader/build/trusted-matchers.ts expects them. Update that file for this version.',
    );
  }
  return source
    .replace(IS_ASYMMETRIC, 'const trustedAsymmetricMatchers = new WeakSet();\nfunction isAsymmetric(obj) {\n\treturn trustedAsymmetricMatchers.has(obj);\n}')
    .replace(CONSTRUCTOR, '$1\t\ttrustedAsymmetricMatchers.add(this);\n');
}

/** The file of `@vitest/expect` that holds both, as Node resolves it. */
export function vitestExpectFile(): string {
  return createRequire(import.meta.url).resolve('@vitest/expect');
}

/** Vite plugin: serves `@vitest/expect` with test-made matchers the only trusted ones. */
export function trustedMatchers(): Plugin {
  let file: string | undefined;
  return {
    name: 'course-trusted-matchers',
    enforce: 'pre',
    load(id) {
      file ??= vitestExpectFile();
      if (id.split('?')[0] !== file) return null;
      return trustTestMatchersOnly(readFileSync(file, 'utf8'));
    },
  };
}
