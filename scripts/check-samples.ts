/**
 * `npm run check:samples [-- <path prefix>...]`: proves every code sample in
 * the lessons prints what the lesson says (docs/authoring.md, "Every sample is
 * proven"). With arguments, checks only lessons under those paths or path
 * prefixes, e.g. `content/03-laziness` or `content/03`. `--timeout=MS` changes
 * how long one sample may run (default 20000: generous, as a busy machine slows the heavy ones).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Lesson } from '../src/samples/check-lessons';

const contentDir = 'content';

const toDisplay = (file: string) => relative(process.cwd(), resolve(file)).split(sep).join('/');

function mdxFilesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return path.endsWith('.mdx') ? [toDisplay(path)] : [];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => toDisplay(join(path, name)));
}

/** Lesson files to check: everything under content/, or what the arguments name. */
function selectLessonFiles(args: readonly string[]): string[] {
  if (args.length === 0) return mdxFilesUnder(contentDir).sort();
  const all = mdxFilesUnder(contentDir);
  const chosen = new Set<string>();
  for (const arg of args) {
    if (existsSync(arg)) mdxFilesUnder(arg).forEach((file) => chosen.add(file));
    else {
      const prefix = toDisplay(arg);
      all.filter((file) => file.startsWith(prefix)).forEach((file) => chosen.add(file));
    }
  }
  return [...chosen].sort();
}

const defaultTimeoutMs = 20_000;

async function main(): Promise<number> {
  const options = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
  const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  let timeoutMs = defaultTimeoutMs;
  for (const option of options) {
    const timeout = /^--timeout=(\d+)$/.exec(option);
    if (!timeout) {
      console.error(`check:samples: unknown option ${option} (usage: check:samples [--timeout=MS] [path or prefix...])`);
      return 1;
    }
    timeoutMs = Number(timeout[1]);
  }
  const files = selectLessonFiles(args);
  if (files.length === 0) {
    console.error(`check:samples: no lessons (.mdx) match ${args.length ? args.join(', ') : `${contentDir}/`}`);
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
