import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { compilerOnlyTypeScript } from './compiler-only-typescript';

const ID = '\0compiler-only-typescript';

/**
 * Vite plugin: in browser bundles, `typescript` is the compiler-only build
 * (see compiler-only-typescript.ts), so the compiler worker carries no
 * language service. Server-side code (the site's build) keeps the real package.
 */
let code: string | undefined; // one rewrite per build, shared by the page and worker bundles

export function compilerOnly(): Plugin {
  return {
    name: 'compiler-only-typescript',
    enforce: 'pre',
    resolveId: (id, _importer, options) => (id === 'typescript' && !options?.ssr ? ID : null),
    load(id) {
      if (id !== ID) return null;
      code ??= compilerOnlyTypeScript(readFileSync(createRequire(import.meta.url).resolve('typescript'), 'utf8'));
      return { code, map: null };
    },
  };
}
