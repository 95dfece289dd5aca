/**
 * A Node worker thread that grades Python checks in Pyodide for `npm test`,
 * with the browser's harness (python-runtime.ts). Bundled with esbuild and
 * started from text by python-grader.ts (as the lesson-sample checker does).
 *
 * Talks on its parentPort: posts a PythonWorkerStatus once ready (or failed),
 * then answers each `{ type: 'check', job }` with the harness's events as
 * JSON texts, the last being `idle`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { HARNESS_MODULES } from '../harness/harness-modules';
import type { PythonWorkerRequest, PythonWorkerStatus } from '../protocol';
import { PyodideFatalError, startPythonRuntime } from '../worker/python-runtime';

export interface PythonThreadData {
  /** Folder of the `pyodide` package, with a trailing slash. */
  indexURL: string;
  harnessDir: string;
  interrupt: SharedArrayBuffer;
}

async function main(port: NonNullable<typeof parentPort>, data: PythonThreadData) {
  const started = performance.now();
  const { loadPyodide } = (await import(pathToFileURL(`${data.indexURL}pyodide.mjs`).href)) as typeof import('pyodide');
  const sources = Object.fromEntries(HARNESS_MODULES.map((name) => [name, readFileSync(join(data.harnessDir, `${name}.py`), 'utf8')]));
  let runtime: Awaited<ReturnType<typeof startPythonRuntime>>;
  try {
    runtime = await startPythonRuntime({ loadPyodide, indexURL: data.indexURL, sources, interrupt: new Int32Array(data.interrupt) });
  } catch (error) {
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies PythonWorkerStatus);
    return;
  }
  port.postMessage({
    type: 'ready',
    pythonVersion: runtime.pythonVersion,
    pyodideVersion: runtime.pyodideVersion,
    startMs: performance.now() - started,
  } satisfies PythonWorkerStatus);
  port.on('message', async (request: PythonWorkerRequest) => {
    try {
      await runtime.run(request.job, (event) => port.postMessage(event));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      port.postMessage({
        type: 'fatal',
        message: error instanceof PyodideFatalError ? message : `the Python worker failed: ${message}`,
      } satisfies PythonWorkerStatus);
    }
  });
}

if (parentPort) void main(parentPort, workerData as PythonThreadData);
