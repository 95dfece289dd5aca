import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { courseLibRoots } from './compiler-options';

const require = createRequire(import.meta.url);

/** The lib files reachable from `roots` through `/// <reference lib="…" />`. */
export function libClosure(libDir: string, roots: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (files.has(name)) continue;
    const text = readFileSync(join(libDir, name), 'utf8');
    files.set(name, text);
    for (const [, lib] of text.matchAll(/<reference lib="([^"]+)"/g)) pending.push(`lib.${lib.toLowerCase()}.d.ts`);
  }
  return files;
}

/**
 * A declaration file reprinted without its comments, which are seven tenths of
 * TypeScript's libs: less for the page to download and for the compiler to
 * scan. Declarations are printed from the parsed file, so they are unchanged;
 * `/// <reference>` lines and `/*!` licence headers are kept.
 */
export function withoutComments(fileName: string, text: string): string {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

/**
 * Every declaration file the in-browser compiler needs, keyed by its path in
 * the virtual file system: TypeScript's libs, the course's ambient API, the
 * Vitest subset and expect-type. Comments are left out (`withoutComments`).
 */
export function collectDeclarationFiles(): Record<string, string> {
  const files = collectWithComments();
  for (const [path, text] of Object.entries(files)) if (path.endsWith('.d.ts')) files[path] = withoutComments(path, text);
  return files;
}

/** The declaration files as they are in their packages. */
export function collectWithComments(): Record<string, string> {
  const files: Record<string, string> = {};
  const libDir = dirname(require.resolve('typescript/lib/lib.d.ts'));
  for (const [name, text] of libClosure(libDir, courseLibRoots)) files[`/${name}`] = text;
  const grader = import.meta.dirname;
  files['/ambient.d.ts'] = readFileSync(join(grader, 'ambient.d.ts'), 'utf8');
  files['/node_modules/vitest/index.d.ts'] = readFileSync(join(grader, 'vitest-subset.d.ts'), 'utf8');
  const expectType = dirname(require.resolve('expect-type/package.json'));
  files['/node_modules/expect-type/package.json'] = JSON.stringify({ name: 'expect-type', types: 'dist/index.d.ts' });
  for (const name of ['index', 'branding', 'messages', 'overloads', 'utils']) {
    files[`/node_modules/expect-type/dist/${name}.d.ts`] = readFileSync(join(expectType, 'dist', `${name}.d.ts`), 'utf8');
  }
  return files;
}
