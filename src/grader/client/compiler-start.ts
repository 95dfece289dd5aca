/**
 * Starts the page's compiler worker before the grader's own module has loaded.
 *
 * TypeScript takes a few hundred milliseconds to fetch, compile and start in
 * the worker; the grader client (src/grader/client/grader-client.ts) is a module the
 * page imports on idle, which takes its own round trip. Starting the worker
 * here, from the card script, lets the two overlap: the client claims the
 * worker when it arrives. Kept tiny: it is part of the JavaScript every lesson
 * page loads up front.
 */
export interface StartedCompiler {
  worker: Worker;
  /** What the worker sent (messages, or its failure to start) before the client took it over, in order. */
  early: (MessageEvent | ErrorEvent)[];
}

let started: StartedCompiler | undefined;

export function startCompiler(): void {
  if (started) return;
  const worker = new Worker(new URL('../compiler/compiler.worker.ts', import.meta.url), { type: 'module', name: 'compiler' });
  const early: StartedCompiler['early'] = [];
  worker.onmessage = (event) => early.push(event);
  worker.onerror = (event) => early.push(event);
  started = { worker, early };
}

/** The worker started ahead (or a new one), now the caller's: it sets its own handlers. */
export function takeCompiler(): StartedCompiler {
  startCompiler();
  const taken = started!;
  started = undefined;
  taken.worker.onmessage = null;
  taken.worker.onerror = null;
  return taken;
}
