/// <reference lib="webworker" />
import { harnessSources } from '../harness/harness-sources';
import type { PythonWorkerRequest, PythonWorkerStart, PythonWorkerStatus } from '../protocol';
import { PyodideFatalError, startPythonRuntime } from './python-runtime';

/**
 * The page's Python worker: Pyodide (fetched from the site's own /pyodide/)
 * with the course's harness, running checks one after another until the page
 * replaces it (see python-grader-client.ts).
 *
 * Its first message brings a MessagePort, the interrupt buffer (or null) and
 * where Pyodide is. Everything travels on that port from then on, with
 * `postMessage` and `Reflect.apply` captured here before any Python runs, so
 * code that reached JavaScript could not redirect them; anything posted on the
 * worker itself is ignored by the page.
 */
const postOnPort = MessagePort.prototype.postMessage;
const apply = Reflect.apply;
const now = performance.now.bind(performance);

self.onmessage = (event: MessageEvent<PythonWorkerStart>) => {
  self.onmessage = null;
  const port = event.ports[0];
  const send = (message: string | PythonWorkerStatus) => apply(postOnPort, port, [message]);
  void start(event.data, port, send);
};

async function start({ indexURL, interrupt }: PythonWorkerStart, port: MessagePort, send: (message: string | PythonWorkerStatus) => void) {
  const started = now();
  let runtime: Awaited<ReturnType<typeof startPythonRuntime>>;
  try {
    const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as typeof import('pyodide');
    runtime = await startPythonRuntime({ loadPyodide, indexURL, sources: harnessSources, interrupt: interrupt ? new Int32Array(interrupt) : null });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  send({ type: 'ready', pythonVersion: runtime.pythonVersion, pyodideVersion: runtime.pyodideVersion, startMs: now() - started });
  port.onmessage = async (message: MessageEvent<PythonWorkerRequest>) => {
    try {
      await runtime.run(message.data.job, send);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      send({ type: 'fatal', message: error instanceof PyodideFatalError ? text : `the Python worker failed: ${text}` });
    }
  };
}
