/**
 * Node worker thread that runs Python lesson samples in Pyodide. Bundled with
 * esbuild and started from a string by run-python-samples.ts, which can stop a
 * runaway sample through the shared interrupt buffer (KeyboardInterrupt).
 *
 * Protocol: posts `{ kind: 'ready', version }` once Pyodide is loaded, then
 * answers each `{ id, code, maxLines }` with `{ kind: 'result', id, lines, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { PyodideInterface } from 'pyodide';
import type { PyCallable } from 'pyodide/ffi';

export interface PythonWorkerData {
  indexURL: string;
  interrupt: SharedArrayBuffer;
}
export interface PythonJob {
  id: number;
  code: string;
  maxLines: number;
}
export type PythonWorkerMessage =
  | { kind: 'ready'; version: string; pythonVersion: string; asyncioRun: boolean }
  | { kind: 'result'; id: number; lines: string[]; error: string | null };

/**
 * Runs one sample as the `__main__` module of a fresh module object, so no
 * sample sees another's names, and puts back the builtins, the standard
 * streams and the recursion limit a sample may have changed. Returns the last
 * line CPython would print for an uncaught exception.
 *
 * `run_sample` is a plain call. `run_async_sample`, for code that mentions
 * async or await, allows top-level `await` and lets `asyncio.run()` block on
 * JavaScript promises (stack switching), which costs several milliseconds a
 * call. Neither wraps plain code in a coroutine, so a stray `StopIteration`
 * stays one.
 */
const runnerSource = `
import ast, builtins, inspect, sys, types

def _describe(error):
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ in ('builtins', '__main__') else f'{kind.__module__}.{kind.__qualname__}'
    message = str(error)
    return f'{name}: {message}' if message else name

class _Alone:
    def __enter__(self):
        self.main = sys.modules.get('__main__')
        self.builtins = dict(builtins.__dict__)
        self.streams = sys.stdout, sys.stderr, sys.stdin
        self.limit = sys.getrecursionlimit()
        module = types.ModuleType('__main__')
        sys.modules['__main__'] = module
        return module

    def __exit__(self, *exc_info):
        sys.modules['__main__'] = self.main
        sys.stdout, sys.stderr, sys.stdin = self.streams
        sys.stdout.flush()
        sys.stderr.flush()
        sys.setrecursionlimit(self.limit)
        if builtins.__dict__ != self.builtins:
            builtins.__dict__.clear()
            builtins.__dict__.update(self.builtins)
        return False

def run_sample(code):
    with _Alone() as module:
        try:
            exec(compile(code, '<sample>', 'exec'), module.__dict__)
        except BaseException as error:
            return _describe(error)
    return None

async def run_async_sample(code):
    with _Alone() as module:
        try:
            compiled = compile(code, '<sample>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            if compiled.co_flags & inspect.CO_COROUTINE:
                await eval(compiled, module.__dict__)
            else:
                exec(compiled, module.__dict__)
        except BaseException as error:
            return _describe(error)
    return None
`;

const mentionsAsync = (code: string) => /\b(async|await)\b/.test(code);

async function main(port: NonNullable<typeof parentPort>, data: PythonWorkerData) {
  const { loadPyodide } = (await import(pathToFileURL(`${data.indexURL}pyodide.mjs`).href)) as typeof import('pyodide');
  const pyodide: PyodideInterface = await loadPyodide({ indexURL: data.indexURL });
  const interrupt = new Int32Array(data.interrupt);
  pyodide.setInterruptBuffer(interrupt);

  // Both streams go to one transcript, as in a terminal; split into lines per sample.
  const decoder = new TextDecoder();
  let text = '';
  let lineCount = 0;
  let maxLines = Infinity;
  const writer = {
    isatty: false,
    write(buffer: Uint8Array) {
      const chunk = decoder.decode(buffer, { stream: true });
      text += chunk;
      for (const ch of chunk) if (ch === '\n') lineCount++;
      if (lineCount > maxLines) Atomics.store(interrupt, 0, 2);
      return buffer.length;
    },
  };
  pyodide.setStdout(writer);
  pyodide.setStderr(writer);
  pyodide.setStdin({ stdin: () => null });

  pyodide.runPython(runnerSource);
  const runPlain = pyodide.globals.get('run_sample') as PyCallable;
  const runAsync = pyodide.globals.get('run_async_sample') as PyCallable;
  const runSample = async (code: string) => (await (mentionsAsync(code) ? runAsync(code) : runPlain(code))) as string | undefined;
  const asyncioRun = (await runSample('import asyncio\nasync def probe(): pass\nasyncio.run(probe())')) === undefined;
  const pythonVersion = pyodide.runPython('import sys; sys.version.split()[0]') as string;
  port.postMessage({ kind: 'ready', version: pyodide.version, pythonVersion, asyncioRun } satisfies PythonWorkerMessage);

  port.on('message', async (job: PythonJob) => {
    text = '';
    lineCount = 0;
    maxLines = job.maxLines;
    Atomics.store(interrupt, 0, 0);
    let error: string | null | undefined;
    try {
      error = await runSample(job.code);
    } catch (failure) {
      error = `RuntimeError: the sample runner failed: ${failure instanceof Error ? failure.message : String(failure)}`;
    }
    text += decoder.decode();
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lineCount > maxLines) {
      lines.length = maxLines;
      error = `RuntimeError: printed more than ${maxLines} lines`;
    }
    port.postMessage({ kind: 'result', id: job.id, lines, error: error ?? null } satisfies PythonWorkerMessage);
  });
}

if (parentPort) {
  const port = parentPort;
  main(port, workerData as PythonWorkerData).catch((error: unknown) => {
    throw error instanceof Error ? error : new Error(String(error));
  });
}
