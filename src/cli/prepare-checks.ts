import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CompiledExercise } from '../grader/runner/run-tests';
import type { Diagnostic } from '../grader/protocol/verdict';
import type { ExerciseIn } from '../course/exercise-loader';
import { compilerFingerprint } from './course-compiler';

/** One piece of code to grade as one of an exercise's tracks (TypeScript or Python, by `exercise.language`). */
export interface CheckJob {
  exercise: ExerciseIn;
  /** The entry file's code (the stub's name). */
  code: string;
  /** A project's other files' code, by file name (`parse.ts`). */
  files?: Record<string, string>;
}

/** What the compiler makes of a job, before anything runs: the browser's compile and type check, done ahead. */
export interface PreparedCheck {
  /** Syntax errors (the tests cannot run), or type errors (they run, but the check cannot be solved). */
  diagnostics: Diagnostic[];
  /** The JavaScript to run, or null after a syntax error. */
  compiled: CompiledExercise | null;
}

/** Checks kept in the cache: every exercise and language several times over. */
const CACHE_ENTRIES = 2000;

interface PrepareCache {
  setup: string;
  entries: Record<string, PreparedCheck>;
}

const sha = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 24);
};

/**
 * Compiles and type-checks each job as the browser would, through a cache:
 * a job is compiled again only when its code, its tests or the compiler
 * set-up changed, and a run whose every job is cached does not load
 * TypeScript at all. A cache that cannot be read is started afresh.
 */
export async function prepareChecks(jobs: readonly CheckJob[], cacheFile: string): Promise<PreparedCheck[]> {
  const setup = compilerFingerprint();
  let cache: PrepareCache = { setup, entries: {} };
  try {
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as PrepareCache;
    if (stored.setup === setup && stored.entries && typeof stored.entries === 'object') cache = stored;
  } catch {
    /* no cache yet, or unreadable: start afresh */
  }
  const tests = new Map<string, string>();
  const testsOf = (job: CheckJob) => {
    let text = tests.get(job.exercise.testFile);
    if (text === undefined) tests.set(job.exercise.testFile, (text = readFileSync(job.exercise.testFile, 'utf8')));
    return text;
  };
  const extras = (job: CheckJob) => Object.entries(job.files ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  const keys = jobs.map((job) => sha(job.exercise.id, job.exercise.track.stub, job.code, testsOf(job), ...extras(job).flat()));
  const stale = jobs.map((job, i) => ({ job, key: keys[i] })).filter(({ key }) => !cache.entries[key]);
  if (stale.length > 0) {
    // Loaded only now: TypeScript takes most of a second to load.
    const [{ transpile, toDiagnostic }, { compileTests }, { typecheckEntries }] = await Promise.all([
      import('../grader/compiler/transpile'),
      import('../grader/compiler/check-service'),
      import('./typecheck'),
    ]);
    const typeErrors = typecheckEntries(
      stale.map(({ job }) => ({ stubName: job.exercise.track.stub, testFile: job.exercise.testFile, code: job.code, files: job.files })),
    );
    stale.forEach(({ job, key }, i) => {
      const code = transpile(job.code, job.exercise.track.stub);
      const others = extras(job).map(([name, text]) => ({ name, output: transpile(text, name) }));
      const compiledTests = compileTests(testsOf(job), job.exercise.track.stub);
      const syntax = [
        ...code.diagnostics.map((d) => toDiagnostic(d, 'code', 'syntax')),
        ...others.flatMap(({ name, output }) => output.diagnostics.map((d) => ({ ...toDiagnostic(d, 'code', 'syntax'), module: name }))),
        ...compiledTests.diagnostics,
      ];
      const modules = Object.fromEntries(others.map(({ name, output }) => [name.replace(/\.ts$/, ''), output.js]));
      cache.entries[key] =
        syntax.length > 0
          ? { diagnostics: syntax, compiled: null }
          : {
              diagnostics: typeErrors[i],
              compiled: {
                code: code.js,
                tests: compiledTests.js,
                stubModule: job.exercise.track.stub.replace(/\.ts$/, ''),
                ...(others.length > 0 ? { modules } : {}),
              },
            };
    });
    // The newest entries are kept (this run's last), so the file does not grow without end.
    const used = new Map(keys.map((key) => [key, cache.entries[key]]));
    const older = Object.entries(cache.entries).filter(([key]) => !used.has(key));
    cache.entries = Object.fromEntries([...older.slice(Math.max(0, older.length + used.size - CACHE_ENTRIES)), ...used]);
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return keys.map((key) => cache.entries[key]);
}
