/// <reference lib="webworker" />
import declarationFiles from 'virtual:course-libs';
import { CheckService, type ServedTests } from './check-service';
import { fetchVerified } from '../protocol/verified-fetch';
import type { CheckRequest, CheckResponse, CompilerRequest, ExerciseSource, LoadedNotice } from '../protocol/compiler-protocol';
import { answerInstrumentRequest } from './instrument-sample';

/**
 * The page's one TypeScript worker: type-checks and compiles, never runs
 * learner code. A check is answered as soon as its JavaScript is ready
 * (`compiled`), so the page starts the tests while the types are checked
 * (`checked`). Warming up waits its turn: a check asked for meanwhile goes first.
 */
let service: CheckService | undefined;
const getService = () => (service ??= new CheckService(declarationFiles));
const servedTests = new Map<string, Promise<ServedTests>>();

/** An exercise's tests, fetched once per page and checked against the hash the page was built with. */
function fetchTests(url: string, sha256: string): Promise<ServedTests> {
  let tests = servedTests.get(url);
  if (!tests) {
    tests = fetchVerified<ServedTests>(url, sha256);
    tests.catch(() => servedTests.delete(url));
    servedTests.set(url, tests);
  }
  return tests;
}

const withTests = async <T extends { testUrl: string; testHash: string }>(request: T) => {
  const { source, compiled } = await fetchTests(request.testUrl, request.testHash);
  return { ...request, testSource: source, compiledTests: compiled };
};

const post = (message: CheckResponse) => self.postMessage(message);

/** Checks asked for and not yet answered: warming up waits while there are any. */
let checksInFlight = 0;

async function answerCheck(request: CheckRequest) {
  const { id } = request;
  checksInFlight += 1;
  // The learner's own checks warm this exercise better than our passes would.
  for (let i = warmQueue.length - 1; i >= 0; i--) if (warmQueue[i].exerciseId === request.exerciseId) warmQueue.splice(i, 1);
  try {
    const input = await withTests(request);
    const service = getService();
    const output = service.compile(input);
    post({ id, kind: 'compiled', output });
    post({ id, kind: 'checked', diagnostics: output.compiled ? [...output.diagnostics, ...service.typeCheck(input)] : output.diagnostics });
  } catch (error) {
    post({ id, kind: 'failed', error: error instanceof Error ? error.message : String(error) });
  } finally {
    checksInFlight -= 1;
    warmedUp = true; // a check warms the compiler better than the built-in sample
    if (checksInFlight === 0) scheduleWarmStep();
  }
}

/**
 * Warm-up checks, one per task, so a real check never waits behind more than
 * one. The first exercise is checked as it stands, then with small edits (as
 * the learner's next checks will be: the incremental path), then as it stands
 * again; the others once each.
 */
const warmQueue: ExerciseSource[] = [];
const EDITED_PASSES = 3;
let warming = false;
let warmedUp = false;

function queueWarmUp(exercises: ExerciseSource[]) {
  const [first, ...rest] = exercises;
  if (first && !warmedUp && warmQueue.length === 0) {
    const edited = Array.from({ length: EDITED_PASSES }, (_, i) => ({ ...first, code: `${first.code}\n// warm-up ${i + 1}\n` }));
    warmQueue.push(first, ...edited, first);
  } else if (first) {
    warmQueue.push(first);
  }
  warmQueue.push(...rest);
}

/** Queues the next warm-up step, unless one is queued or there is nothing left to do. */
function scheduleWarmStep() {
  if (warming || (warmedUp && warmQueue.length === 0)) return;
  warming = true;
  // A timer, not a message: checks already queued are answered first.
  setTimeout(warmStep, 0);
}

async function warmStep() {
  await warmOnce();
  warming = false;
  if (checksInFlight === 0) scheduleWarmStep();
}

async function warmOnce() {
  const next = warmQueue[0];
  try {
    const input = next && (await withTests(next));
    // The learner's check (waiting for its tests, say) goes first; its end schedules this step again.
    if (checksInFlight > 0) return;
    warmQueue.shift();
    if (input) getService().check(input);
    else getService().warm();
  } catch {
    warmQueue.shift(); /* warming up is best effort: the learner's own check reports any failure */
  }
  warmedUp = true;
}

self.onmessage = (event: MessageEvent<CompilerRequest>) => {
  const request = event.data;
  switch (request.kind) {
    case 'warm':
      queueWarmUp(request.exercises);
      scheduleWarmStep();
      break;
    case 'check':
      void answerCheck(request);
      break;
    case 'instrument':
      self.postMessage(answerInstrumentRequest(getService(), request));
      break;
  }
};

self.postMessage({ kind: 'loaded' } satisfies LoadedNotice);
