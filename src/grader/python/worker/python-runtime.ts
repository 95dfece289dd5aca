import type { PyodideInterface } from 'pyodide';
import type { PyCallable, PyProxy } from 'pyodide/ffi';
import { INTERRUPT_SLOT, type PythonJob, STOP_SLOT } from '../protocol';

/**
 * Pyodide with the course's Python harness loaded, for one worker (the
 * browser's Web Worker or a Node worker thread for `npm test`). Everything the
 * harness needs is set up here before any learner code arrives: Pyodide
 * started with an empty `js` module (`jsglobals`), its own output dropped
 * (the harness captures print()), the interrupt buffer installed, the harness
 * loaded (its guards in place) and warmed up on an exercise of its own.
 */

/** The harness's Python sources: `load_harness` and the modules it loads, by module name. */
export type HarnessSources = Record<string, string>;

export interface PythonRuntimeOptions {
  loadPyodide(config: Record<string, unknown>): Promise<PyodideInterface>;
  indexURL: string;
  sources: HarnessSources;
  /** Int32Array over a SharedArrayBuffer (see protocol.ts), or null where there is none. */
  interrupt: Int32Array | null;
}

export interface PythonRuntime {
  pythonVersion: string;
  pyodideVersion: string;
  /** Runs one check, handing each of the harness's events (JSON text) to `send`; resolves once the harness is idle. */
  run(job: PythonJob, send: (event: string) => void): Promise<void>;
}

/** Pyodide died (not a Python exception): the runtime cannot run anything more. */
export class PyodideFatalError extends Error {}

const WARM_UP_CODE = `def counter(n):
    for i in range(1, n + 1):
        got = yield i
        if got:
            print('got', got)
    return 'done'
`;
const WARM_UP_TESTS = `import asyncio

import pytest

from counter import counter


def test_counts():
    assert list(counter(3)) == [1, 2, 3]


def test_sends_and_returns():
    gen = counter(1)
    assert next(gen) == 1
    with pytest.raises(StopIteration, match='done'):
        gen.send('x')


def test_explains_a_failure():
    assert [1, {'a': 'b'}] == [1, {'a': 'c'}]


def test_runs_asyncio():
    async def main():
        await asyncio.sleep(0)
        return 1

    assert asyncio.run(main()) == 1
`;

export async function startPythonRuntime(options: PythonRuntimeOptions): Promise<PythonRuntime> {
  const { interrupt } = options;
  const pyodide = await options.loadPyodide({
    indexURL: options.indexURL,
    // `import js` would otherwise be the worker's global scope.
    jsglobals: {},
    stdout: () => {},
    stderr: () => {},
  });
  const discard = { batched: () => {} };
  pyodide.setStdout(discard);
  pyodide.setStderr(discard);
  pyodide.setStdin({ stdin: () => null });
  if (interrupt) pyodide.setInterruptBuffer(interrupt);

  pyodide.runPython(options.sources.load_harness);
  const load = pyodide.globals.get('load_harness') as PyCallable;
  const harness = load(pyodide.toPy(options.sources)) as PyProxy & { run_check: PyCallable; settle: PyCallable };
  load.destroy();
  pyodide.globals.delete('load_harness');

  const stopRequested = () => (interrupt ? Atomics.load(interrupt, STOP_SLOT) === 1 : false);
  const run = async (job: PythonJob, send: (event: string) => void) => {
    if (interrupt) {
      Atomics.store(interrupt, STOP_SLOT, 0);
      Atomics.store(interrupt, INTERRUPT_SLOT, 0);
    }
    try {
      // A plain call: the tests' asyncio runs on the harness's own event loop (course_asyncio.py), not the browser's.
      harness.run_check(JSON.stringify(job), send, stopRequested);
    } catch (error) {
      if ((error as { pyodide_fatal_error?: boolean }).pyodide_fatal_error) throw new PyodideFatalError(describeFatal(error));
      throw error;
    }
  };

  await run({ code: WARM_UP_CODE, stubName: 'counter.py', tests: WARM_UP_TESTS, testName: 'test_counter.py' }, () => {});
  harness.settle();
  const pythonVersion = pyodide.runPython('import sys; sys.version.split()[0]') as string;
  return { pythonVersion, pyodideVersion: pyodide.version, run };
}

function describeFatal(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/Maximum call stack size exceeded/i.test(text)) return 'Python ran out of stack (a very deep recursion through Python’s own functions?)';
  if (/out of memory|Cannot enlarge memory|memory access out of bounds/i.test(text)) return 'Python ran out of memory';
  return `Python stopped working (${text.split('\n')[0].slice(0, 200)})`;
}
