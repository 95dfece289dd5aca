import type * as TypeScript from 'typescript';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { courseCompilerOptions } from '../grader/compiler-options';
import type { ExerciseIn as Exercise } from '../course/exercise-loader';

const graderDir = join(import.meta.dirname, '../grader');
const require = createRequire(import.meta.url);

/**
 * TypeScript, loaded on first use: when every exercise's types are already in
 * the cache, `npm test` does not load it at all (0.7–0.9 s of a run on the
 * benchmark's machine).
 */
let loaded: typeof TypeScript | undefined;
const typescript = () => (loaded ??= require('typescript') as typeof TypeScript);

export function compilerOptionsFor(): TypeScript.CompilerOptions {
  const ts = typescript();
  const { options, errors } = ts.convertCompilerOptionsFromJson(courseCompilerOptions, graderDir);
  if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
  return { ...options, paths: { vitest: [join(graderDir, 'vitest-subset.d.ts')] } };
}

/** `take.ts:3:5 error TS2322: Type 'string' is not assignable to type 'number'.` */
export function formatDiagnostic(d: TypeScript.Diagnostic, baseDir: string): string {
  const ts = typescript();
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return `error TS${d.code}: ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${relative(baseDir, d.file.fileName)}:${line + 1}:${character + 1} error TS${d.code}: ${message}`;
}

/**
 * Type-checks the stubs and tests of `exercises` in one program, reading each
 * stub through `overlay` (stub path → file to read instead). Returns the
 * formatted errors per exercise id; an exercise without errors is absent.
 */
export function typecheckExercises(exercises: Exercise[], overlay: Map<string, string>): Record<string, string[]> {
  const ts = typescript();
  const options = compilerOptionsFor();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => readFile(overlay.get(file) ?? file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const stand = overlay.get(file);
    if (!stand) return getSourceFile(file, languageVersion, onError, shouldCreate);
    return ts.createSourceFile(file, readFileSync(stand, 'utf8'), languageVersion, true);
  };

  const roots = [join(graderDir, 'ambient.d.ts'), ...exercises.flatMap((e) => [e.stubFile, e.testFile])];
  const program = ts.createProgram({ rootNames: roots, options, host });
  const byFolder = new Map(exercises.map((e) => [dirname(e.stubFile), e]));
  const result: Record<string, string[]> = {};
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const owner = d.file ? byFolder.get(dirname(d.file.fileName)) : undefined;
    const key = owner?.id ?? '(course)';
    (result[key] ??= []).push(formatDiagnostic(d, owner ? dirname(owner.stubFile) : process.cwd()));
  }
  return result;
}

interface TypecheckCache {
  setup: string;
  entries: Record<string, { key: string; errors: string[] }>;
}

const sha = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 24);
};

/**
 * typecheckExercises with a cache: an exercise is checked again only when its
 * code, its tests or the compiler set-up changed. `npm test` after editing one
 * exercise type-checks that one alone.
 */
export function typecheckWithCache(exercises: Exercise[], overlay: Map<string, string>, cacheFile: string): Record<string, string[]> {
  // What the results depend on besides the exercises, read without loading TypeScript.
  const { version } = require('typescript/package.json') as { version: string };
  const setup = sha(version, graderDir, JSON.stringify(courseCompilerOptions), ...['ambient.d.ts', 'vitest-subset.d.ts'].map((f) => readFileSync(join(graderDir, f), 'utf8')));
  let cache: TypecheckCache = { setup, entries: {} };
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as TypecheckCache;
    if (stored.setup === setup) cache = stored;
  } catch {
    /* no cache yet, or unreadable: start afresh */
  }
  const keyOf = (e: Exercise) => sha(readFileSync(overlay.get(e.stubFile) ?? e.stubFile, 'utf8'), readFileSync(e.testFile, 'utf8'));
  const keys = new Map(exercises.map((e) => [e.id, keyOf(e)]));
  const stale = exercises.filter((e) => cache.entries[e.id]?.key !== keys.get(e.id));
  if (stale.length > 0) {
    const fresh = typecheckExercises(stale, overlay);
    for (const e of stale) cache.entries[e.id] = { key: keys.get(e.id)!, errors: fresh[e.id] ?? [] };
    if (fresh['(course)']) return { ...Object.fromEntries(exercises.map((e) => [e.id, cache.entries[e.id]?.errors ?? []])), '(course)': fresh['(course)'] };
    if (!existsSync(dirname(cacheFile))) mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  const result: Record<string, string[]> = {};
  for (const e of exercises) if (cache.entries[e.id].errors.length > 0) result[e.id] = cache.entries[e.id].errors;
  return result;
}
