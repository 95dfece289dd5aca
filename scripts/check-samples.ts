/**
 * `npm run check:samples [-- <path prefix>...]`: proves every code sample in
 * the lessons prints what the lesson says (docs/authoring.md, "Every sample is
 * proven"). With arguments, checks only lessons under those paths or path
 * prefixes, e.g. `content/03-laziness` or `content/03`. `--timeout=MS` changes
 * how long one sample may run (default 20000: generous, as a busy machine slows the heavy ones).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { walkContent } from '../src/course/course-tree';
import type { Lesson } from '../src/samples/check-lessons';

const toDisplay = (file: string) => relative(process.cwd(), resolve(file)).split(sep).join('/');

/** Lesson files to check: every lesson of the course, or those under the paths or prefixes given (a lesson file elsewhere too). */
function selectLessonFiles(args: readonly string[]): string[] {
  const all = walkContent('.').chapters.flatMap((chapter) => chapter.lessons.map((lesson) => lesson.path));
  if (args.length === 0) return all;
  const chosen = new Set<string>();
  for (const arg of args) {
    const prefix = toDisplay(arg);
    if (prefix.endsWith('.mdx') && existsSync(arg) && statSync(arg).isFile()) chosen.add(prefix);
    else all.filter((file) => file.startsWith(prefix)).forEach((file) => chosen.add(file));
  }
  return [...chosen].sort();
}

const defaultTimeoutMs = 20_000;

async function main(): Promise<number> {
  const usage = 'usage: npm run check:samples -- [--timeout=MS] [path or prefix…]';
  let parsed: ReturnType<typeof parseArgs<{ options: { timeout: { type: 'string' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { timeout: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    console.error(`check:samples: ${(error as Error).message} (${usage})`);
    return 1;
  }
  const args = parsed.positionals;
  const timeoutMs = parsed.values.timeout === undefined ? defaultTimeoutMs : Number(parsed.values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    console.error(`check:samples: --timeout takes milliseconds, such as 20000 (${usage})`);
    return 1;
  }
  const files = selectLessonFiles(args);
  if (files.length === 0) {
    console.error(`check:samples: no lessons (.mdx) match ${args.length ? args.join(', ') : 'content/'}`);
    return 1;
  }
  const started = performance.now();
  const lessons: Lesson[] = files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  console.log(`check:samples: ${lessons.length} lesson${lessons.length === 1 ? '' : 's'}`);

  // Loaded only now: TypeScript, Playwright and esbuild take a while to import.
  const { checkLessons, formatReport } = await import('../src/samples/check-lessons');
  const { pyodideNodeFlags } = await import('../src/samples/run-python-samples');
  const report = await checkLessons(lessons, { timeoutMs });
  const { lines, ok } = formatReport(report);
  if (report.python) {
    console.log(`Python ${report.python.pythonVersion} (Pyodide ${report.python.version})${report.cpython ? ` and CPython ${report.cpython}` : ''}`);
    if (!report.python.asyncioRun) {
      console.log(`note: asyncio.run() is unavailable here; start Node with ${pyodideNodeFlags.join(' ')} (npm run check:samples does)`);
    }
  }
  lines[lines.length - 1] += ` in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  for (const line of lines) console.log(line);
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('check:samples could not run:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2); // without waiting for the other language's runner
  },
);
