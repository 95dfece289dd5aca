/// <reference lib="webworker" />
import declarationFiles from 'virtual:course-libs';
import { CheckService, type ServedTests } from './check-service';
import { fetchVerified } from '../protocol/verified-fetch';
import type { CheckRequest, CheckResponse, CompilerRequest, ExerciseSource, HelpRequest, HelpResponse, LoadedNotice } from '../protocol/compiler-protocol';
import { answerInstrumentRequest } from './instrument-sample';
import { answerHelp } from './language-features';

/**
 * The page's one TypeScript worker: type-checks and compiles, never runs
 * learner code. A check is answered as soon as its JavaScript is ready
 * (`compiled`), so the page starts the tests while the types are checked
 * (`checked`). The editor's questions wait for checks, and warming up waits
 * for both: a check asked for meanwhile goes first.
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

const post = (message: CheckResponse | HelpResponse) => self.postMessage(message);

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
    if (checksInFlight === 0) {
      scheduleHelpStep();
      scheduleWarmStep();
    }
  }
}

/**
 * The editor's questions, the newest of each kind, answered one per task
 * once no check is waiting: a check never waits behind more than the one
 * question being answered (a few milliseconds). A question overtaken by a
 * newer one of its kind (the learner typed on) is answered `superseded`.
 */
const helpQueue = new Map<string, HelpRequest>();
let helping = false;

function queueHelp(request: HelpRequest) {
  const key = `${request.exerciseId} ${request.query.what}`;
  const older = helpQueue.get(key);
  if (older) post({ id: older.id, kind: 'helped', answer: { what: 'superseded' } });
  helpQueue.delete(key);
  helpQueue.set(key, request);
  scheduleHelpStep();
}

function scheduleHelpStep() {
  if (helping || helpQueue.size === 0 || checksInFlight > 0) return;
  helping = true;
  setTimeout(helpStep, 0);
}

async function helpStep() {
  const [key, request] = helpQueue.entries().next().value ?? [];
  try {
    if (!key || !request || checksInFlight > 0) return; // a check's end schedules this step again
    helpQueue.delete(key);
    const input = await withTests(request);
    if (checksInFlight > 0 && !helpQueue.has(key)) {
      helpQueue.set(key, request); // a check arrived while the tests were fetched: it goes first
      return;
    }
    post({ id: request.id, kind: 'helped', answer: answerHelp(getService(), input, request.query) });
  } catch (error) {
    if (request) post({ id: request.id, kind: 'failed', error: error instanceof Error ? error.message : String(error) });
  } finally {
    helping = false;
    scheduleHelpStep();
    if (helpQueue.size === 0) scheduleWarmStep();
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
  // After a check or the editor's questions, their own ends schedule this step again.
  if (checksInFlight === 0 && helpQueue.size === 0) scheduleWarmStep();
}

async function warmOnce() {
  const next = warmQueue[0];
  try {
    const input = next && (await withTests(next));
    // The learner's check (waiting for its tests, say) and the editor's questions go first; their ends schedule this step again.
    if (checksInFlight > 0 || helpQueue.size > 0) return;
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
    case 'help':
      queueHelp(request);
      break;
    case 'instrument':
      self.postMessage(answerInstrumentRequest(getService(), request));
      break;
  }
};

self.postMessage({ kind: 'loaded' } satisfies LoadedNotice);
