/**
 * Runs Python lesson samples under the machine's CPython, each as a script of
 * its own (`python3 sample.py`, as a learner runs it), so a lesson's Python is
 * proven on a real interpreter as well as on Pyodide (run-python-samples.ts).
 * What a CPython script cannot do (a top-level `await`, say) fails here even
 * where Pyodide's runner allows it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunResult } from './compare-output';
import { mapWithConcurrency } from './map-with-concurrency';
import { runScript } from './run-script';

export interface CPythonRunOptions {
  timeoutMs?: number;
  maxLines?: number;
  /** Samples running at once, each in its own process. */
  concurrency?: number;
  /** The interpreter: `COURSE_PYTHON`, else `python3` on the PATH. */
  python?: string;
}

/**
 * Runs the sample as `__main__` from its own file, with stderr joined to
 * stdout as a terminal shows them, and reports what stopped it as
 * `Name: message` on file descriptor 3, away from the sample's output.
 */
const wrapper = `
import os, runpy, sys
sys.stderr = sys.stdout
report = os.fdopen(3, 'w')
def describe(error):
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ in ('builtins', '__main__') else f'{kind.__module__}.{kind.__qualname__}'
    message = str(error)
    return f'{name}: {message}' if message else name
path = sys.argv[1]
sys.argv = [path]
report.write('\x06')  # started: the time limit counts from here, not from the interpreter's start-up
report.flush()
try:
    runpy.run_path(path, run_name='__main__')
except BaseException as error:
    sys.stdout.flush()
    report.write(describe(error))
report.close()
`;

export function pythonCommand(options: CPythonRunOptions = {}): string {
  return options.python ?? process.env.COURSE_PYTHON ?? 'python3';
}

/**
 * The interpreter's version (`3.11.7`) and its real path, or null when there
 * is none. Samples are started with the real path: a version manager's shim
 * (pyenv's `python3` is a shell script) can cost a second a start on a busy machine.
 */
export function findCPython(python: string): { version: string; executable: string } | null {
  const result = spawnSync(python, ['-c', 'import platform, sys; print(platform.python_version()); print(sys.executable)'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const [version, executable] = result.stdout.trim().split('\n');
  return { version, executable: executable || python };
}

function runOne(python: string, dir: string, index: number, code: string, timeoutMs: number, maxLines: number): Promise<RunResult> {
  const file = join(dir, `sample_${index}.py`);
  writeFileSync(file, code);
  return runScript({
    command: python,
    args: ['-u', '-c', wrapper, file],
    cwd: dir,
    env: { ...process.env, PYTHONHASHSEED: '0' },
    timeoutMs,
    maxLines,
    runawayHint: 'endless loop, or something awaited that never happens?',
    errorName: 'RuntimeError',
  });
}

/** Runs each sample as its own script; one result per sample, in order. */
export async function runCPythonSamples(codes: readonly string[], options: CPythonRunOptions = {}): Promise<{ results: RunResult[]; version: string | null }> {
  if (codes.length === 0) return { results: [], version: null };
  const python = pythonCommand(options);
  const found = findCPython(python);
  if (!found) throw new Error(`no Python interpreter at "${python}" (install python3, or set COURSE_PYTHON)`);
  const { timeoutMs = 5000, maxLines = 1000, concurrency = 2 } = options;
  const dir = mkdtempSync(join(tmpdir(), 'cpython-samples-'));
  try {
    const results = await mapWithConcurrency(codes, concurrency, (code, i) => runOne(found.executable, dir, i, code, timeoutMs, maxLines));
    return { results, version: found.version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
