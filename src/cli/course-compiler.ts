import type * as TypeScript from 'typescript';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { courseCompilerOptions } from '../grader/compiler/compiler-options';

/**
 * The course's TypeScript as Node tools use it (`npm test`, the sample
 * checker): the options and declarations every learner's file is checked
 * with, the same as the browser's compiler worker.
 */
export const learnerTypesDir = join(import.meta.dirname, '../grader/learner-types');
const require = createRequire(import.meta.url);

/**
 * TypeScript, loaded on first use: when every check is already in the cache,
 * `npm test` does not load it at all (0.7–0.9 s of a run on the benchmark's machine).
 */
let loaded: typeof TypeScript | undefined;
export const typescript = () => (loaded ??= require('typescript') as typeof TypeScript);

export function compilerOptionsFor(): TypeScript.CompilerOptions {
  const ts = typescript();
  const { options, errors } = ts.convertCompilerOptionsFromJson(courseCompilerOptions, learnerTypesDir);
  if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
  return { ...options, paths: { vitest: [join(learnerTypesDir, 'vitest-subset.d.ts')] } };
}

/** `take.ts:3:5 error TS2322: Type 'string' is not assignable to type 'number'.` */
export function formatDiagnostic(d: TypeScript.Diagnostic, baseDir: string): string {
  const ts = typescript();
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return `error TS${d.code}: ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${relative(baseDir, d.file.fileName)}:${line + 1}:${character + 1} error TS${d.code}: ${message}`;
}

/** Everything a check's result depends on besides its two files, read without loading TypeScript. */
export function compilerFingerprint(): string {
  const hash = createHash('sha256');
  const { version } = require('typescript/package.json') as { version: string };
  hash.update(version).update(JSON.stringify(courseCompilerOptions));
  for (const file of ['ambient.d.ts', 'vitest-subset.d.ts']) hash.update(readFileSync(join(learnerTypesDir, file)));
  // How the checks are compiled and type-checked, so that a change to either is never answered from an old cache.
  for (const file of ['../grader/compiler/transpile.ts', './typecheck.ts']) hash.update(readFileSync(join(import.meta.dirname, file)));
  return hash.digest('hex').slice(0, 24);
}
