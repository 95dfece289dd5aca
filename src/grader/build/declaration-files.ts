import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSystem, createVirtualCompilerHost } from '@typescript/vfs';
import { courseCompilerOptions, courseLibRoots } from '../compiler/compiler-options';

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
 * Vitest subset and expect-type. Comments are left out (`withoutComments`)
 * and the global libs are one file (`joinGlobalLibs`).
 */
export function collectDeclarationFiles(): Record<string, string> {
  const files = collectWithComments();
  for (const [path, text] of Object.entries(files)) if (path.endsWith('.d.ts')) files[path] = withoutComments(path, text);
  return joinGlobalLibs(files);
}

const LIB_REFERENCE = /^\/\/\/ <reference lib="[^"]+" \/>[ \t]*\r?\n?/gm;
const LICENCE_HEADER = /^\/\*![\s\S]*?\*\/\s*/;
/** A lib file written as a module (`export {};` plus `declare global`), such as lib.es2025.iterator.d.ts. */
const isModuleLib = (text: string) => /^export \{\};?[ \t]*$/m.test(text);

/**
 * The lib files in the order TypeScript's program lists them, which is the
 * order the checker merges their declarations in.
 */
export function programLibOrder(files: Record<string, string>): string[] {
  const { options } = ts.convertCompilerOptionsFromJson(courseCompilerOptions, '/');
  // A program loads its libs only when it has a file of its own.
  const root = '/__root__.ts';
  const system = createSystem(new Map(Object.entries({ ...files, [root]: 'export {};' })));
  const { compilerHost: host } = createVirtualCompilerHost(system, options, ts);
  const program = ts.createProgram([root], options, host);
  return program
    .getSourceFiles()
    .filter((file) => program.isSourceFileDefaultLibrary(file))
    .map((file) => file.fileName);
}

/**
 * TypeScript's global lib files joined into one, in the order the program
 * merges them, under the name of the first root lib (`courseLibRoots`), with
 * the licence header they all carry once. A lib written as a module stays a
 * file of its own (joined, it would make every global lib a module), without
 * its `/// <reference lib>` lines: what they name is in the joined file.
 *
 * The declarations and the order they merge in are the same, so the checker
 * finds the same types (`tests/unit/compilers-agree.test.ts` proves the
 * errors unchanged; joined in another order, they are not). The program has
 * 2 lib files instead of 58, so a check does the per-file work (finding,
 * sorting, binding, merging, the builder's bookkeeping) twice instead of 58
 * times. In Node a fresh type check took 193 instead of 247 ms, an edited one
 * 9.5 instead of 14.5 ms; in the browser the worker is 50 KB smaller (one
 * licence header) and the gain is smaller, 20-50 ms of a cold check
 * (docs/speed.md).
 */
export function joinGlobalLibs(files: Record<string, string>): Record<string, string> {
  const joined = { ...files };
  const parts: string[] = [];
  let header = '';
  for (const path of programLibOrder(files)) {
    let text = files[path];
    if (isModuleLib(text)) {
      joined[path] = text.replace(LIB_REFERENCE, '');
      continue;
    }
    const licence = LICENCE_HEADER.exec(text);
    if (licence) {
      header ||= licence[0];
      text = text.slice(licence[0].length);
    }
    parts.push(text.replace(LIB_REFERENCE, ''));
    delete joined[path];
  }
  joined[`/${courseLibRoots[0]}`] = header + parts.join('\n');
  return joined;
}

/** The declaration files as they are in their packages. */
export function collectWithComments(): Record<string, string> {
  const files: Record<string, string> = {};
  const libDir = dirname(require.resolve('typescript/lib/lib.d.ts'));
  for (const [name, text] of libClosure(libDir, courseLibRoots)) files[`/${name}`] = text;
  const grader = join(import.meta.dirname, '../learner-types');
  files['/ambient.d.ts'] = readFileSync(join(grader, 'ambient.d.ts'), 'utf8');
  files['/node_modules/vitest/index.d.ts'] = readFileSync(join(grader, 'vitest-subset.d.ts'), 'utf8');
  const expectType = dirname(require.resolve('expect-type/package.json'));
  files['/node_modules/expect-type/package.json'] = JSON.stringify({ name: 'expect-type', types: 'dist/index.d.ts' });
  for (const name of ['index', 'branding', 'messages', 'overloads', 'utils']) {
    files[`/node_modules/expect-type/dist/${name}.d.ts`] = readFileSync(join(expectType, 'dist', `${name}.d.ts`), 'utf8');
  }
  return files;
}
