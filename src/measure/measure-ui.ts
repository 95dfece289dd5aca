/**
 * The "Measure it yourself" widget (MeasureIt.astro): runs the comparison in
 * a worker for the N the learner picks, shows progress, can cancel (by
 * terminating the worker: a loop cannot be interrupted any other way), and
 * shows the medians. Built with text nodes only.
 */
import { formatMs, median, runsFor, type MeasureResult } from './measure-core';
import type { FromMeasureWorker, ToMeasureWorker } from './measure-protocol';

const count = (n: number) => n.toLocaleString('en');

function cell(tag: 'td' | 'th', text: string, scope?: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.setAttribute('scope', scope);
  return element;
}

function resultsTable(result: MeasureResult): HTMLTableElement {
  const res = result.timerResolutionMs;
  const table = document.createElement('table');
  table.className = 'measure-table';
  const caption = document.createElement('caption');
  caption.textContent = `N = ${count(result.n)}: median of ${result.runs} runs of each, in this browser`;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  headRow.append(cell('td', ''), cell('th', 'Array: build, then sum', 'col'), cell('th', 'Generator: sum lazily', 'col'));
  head.append(headRow);
  const body = document.createElement('tbody');
  const row = (label: string, array: string, generator: string) => {
    const tr = document.createElement('tr');
    tr.append(cell('th', label, 'row'), cell('td', array), cell('td', generator));
    body.append(tr);
  };
  row('Time to the first item', formatMs(median(result.array.firstItemMs), res), formatMs(median(result.generator.firstItemMs), res));
  row('Time to the sum of all N', formatMs(median(result.array.sumMs), res), formatMs(median(result.generator.sumMs), res));
  row('Items held at once, at the peak (counted)', count(result.held.array), count(result.held.generator));
  const agree = result.sums.array === result.sums.expected && result.sums.generator === result.sums.expected;
  row('Sum (a check that both did the work)', count(result.sums.array), `${count(result.sums.generator)}${agree ? '' : ' (differs!)'}`);
  table.append(caption, head, body);
  return table;
}

function memoryNote(result: MeasureResult): string {
  const apis = result.memory;
  const parts = [
    'Memory is not shown, because this browser cannot measure it for this code.',
    apis.performanceMemory
      ? 'performance.memory exists here, but it is Chromium-only, rounded, and counts the whole heap, so it cannot isolate one array.'
      : 'performance.memory (Chromium-only and coarse) does not exist in a worker.',
    apis.measureUserAgentSpecificMemory
      ? 'performance.measureUserAgentSpecificMemory() exists, but reports only after a garbage collection, seconds later, for the whole page.'
      : `performance.measureUserAgentSpecificMemory() is not available${apis.crossOriginIsolated ? '' : ': it needs a cross-origin-isolated page, and this one is not'}.`,
    'What is measured instead: how many items exist at once (counted by the code) and time.',
    `This browser's timer moves in steps of ${formatMs(result.timerResolutionMs, 0)}.`,
  ];
  return parts.join(' ');
}

export function mountMeasure(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('.measure-form')!;
  const select = root.querySelector<HTMLSelectElement>('select')!;
  const runButton = root.querySelector<HTMLButtonElement>('.measure-run')!;
  const cancelButton = root.querySelector<HTMLButtonElement>('.measure-cancel')!;
  const progressBox = root.querySelector<HTMLElement>('.measure-progress')!;
  const progressBar = progressBox.querySelector('progress')!;
  const progressText = progressBox.querySelector<HTMLElement>('.measure-progress-text')!;
  const status = root.querySelector<HTMLElement>('.measure-status')!;
  const results = root.querySelector<HTMLElement>('.measure-results')!;
  let worker: Worker | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
    runButton.disabled = false;
    select.disabled = false;
    // Cancel disappears: keep the keyboard focus on the widget.
    if (document.activeElement === cancelButton) runButton.focus();
    cancelButton.hidden = true;
    progressBox.hidden = true;
    root.dataset.state = 'idle';
  };

  function run() {
    if (worker) return;
    const n = Number(select.value);
    const runs = runsFor(n);
    worker = new Worker(new URL('./measure.worker.ts', import.meta.url), { type: 'module', name: 'measure' });
    root.dataset.state = 'running';
    runButton.disabled = true;
    select.disabled = true;
    cancelButton.hidden = false;
    progressBox.hidden = false;
    progressBar.value = 0;
    progressBar.max = runs * 2 + 1;
    progressText.textContent = 'starting…';
    status.textContent = `Measuring N = ${count(n)}: ${runs} runs of each, in a worker. The page stays usable meanwhile.`;
    const started = performance.now();
    worker.onmessage = (event: MessageEvent<FromMeasureWorker>) => {
      const message = event.data;
      if (message.kind === 'progress') {
        progressBar.value = message.done;
        progressText.textContent = `${message.done} of ${message.total}: ${message.label}`;
        return;
      }
      stop();
      if (message.kind === 'error') {
        root.dataset.state = 'error';
        status.textContent = `The measurement stopped: ${message.message}.`;
        return;
      }
      const result = message.result;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const note = document.createElement('p');
      note.className = 'measure-memory';
      note.textContent = memoryNote(result);
      results.replaceChildren(resultsTable(result), note);
      results.hidden = false;
      root.dataset.state = 'done';
      const res = result.timerResolutionMs;
      status.textContent =
        `Done in ${seconds} s. First item: generator ${formatMs(median(result.generator.firstItemMs), res)}, array ${formatMs(median(result.array.firstItemMs), res)}. ` +
        `Sum of all: generator ${formatMs(median(result.generator.sumMs), res)}, array ${formatMs(median(result.array.sumMs), res)}. The table has the details.`;
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      root.dataset.state = 'error';
      status.textContent = `The measurement stopped: ${event.message || 'the worker failed (out of memory?)'}. Try a smaller N.`;
    };
    worker.postMessage({ kind: 'run', n } satisfies ToMeasureWorker);
  }

  cancelButton.addEventListener('click', () => {
    if (!worker) return;
    stop();
    root.dataset.state = 'cancelled';
    status.textContent = 'Cancelled. The worker was stopped; nothing was measured.';
    runButton.focus();
  });
  root.dataset.ready = 'true';
  return { run, form };
}
