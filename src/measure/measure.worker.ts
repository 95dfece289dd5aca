/// <reference lib="webworker" />
/**
 * Runs the "Measure it yourself" comparison off the page's thread, so the
 * page stays responsive however large N is. The page stops a run by
 * terminating this worker.
 */
import { checkN, measure, runsFor } from './measure-core';
import type { FromMeasureWorker, ToMeasureWorker } from './measure-protocol';

const post = (message: FromMeasureWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToMeasureWorker>) => {
  const { n } = event.data;
  if (!checkN(n)) {
    post({ kind: 'error', message: `N must be a whole number from 1 to 10,000,000, not ${String(n)}` });
    return;
  }
  try {
    const result = measure(n, runsFor(n), (progress) => post({ kind: 'progress', ...progress }));
    post({ kind: 'result', result });
  } catch (error) {
    const message =
      error instanceof RangeError && /allocation|Invalid array length/i.test(error.message)
        ? 'the browser ran out of memory for the array'
        : error instanceof Error
          ? error.message
          : String(error);
    post({ kind: 'error', message });
  }
});
