/// <reference lib="webworker" />
import type { RunnerMessage } from '../protocol/runner-protocol';
import type { CompiledExercise } from './run-tests';
import { prepareRunner } from './runner-core';

/**
 * The browser's runner: runs one check, then is thrown away (the page keeps a
 * spare ready, so the set-up is done before any learner code arrives). The
 * results go out on the MessagePort handed over with the job; the learner's
 * code runs in Compartments that cannot reach it, and anything posted on the
 * worker itself is ignored by the page.
 */
const postOnPort = MessagePort.prototype.postMessage;
const addListener = EventTarget.prototype.addEventListener;
const removeListener = EventTarget.prototype.removeEventListener;
const macrotask = MessageChannel;

/** Everything of the worker's own that reaches out: the network, storage, other contexts, the page. */
const FORBIDDEN = [
  'fetch',
  'caches',
  'indexedDB',
  'importScripts',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'navigator',
  'postMessage',
  'close',
  'open',
  'cookieStore',
  'storageBuckets',
  'FileSystemHandle',
] as const;

const run = prepareRunner({
  forbiddenGlobals: FORBIDDEN,
  watchUnhandled() {
    const pending = new Map<unknown, unknown>();
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      pending.set(event.promise, event.reason);
    };
    const onHandled = (event: PromiseRejectionEvent) => {
      pending.delete(event.promise);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      pending.set(event, event.error ?? event.message);
    };
    addListener.call(self, 'unhandledrejection', onRejection as EventListener);
    addListener.call(self, 'rejectionhandled', onHandled as EventListener);
    addListener.call(self, 'error', onError as EventListener);
    return () => {
      removeListener.call(self, 'unhandledrejection', onRejection as EventListener);
      removeListener.call(self, 'rejectionhandled', onHandled as EventListener);
      removeListener.call(self, 'error', onError as EventListener);
      return [...pending.values()];
    };
  },
  // Chromium reports an unhandled rejection in a task of its own: wait for two.
  settle: () =>
    new Promise<void>((resolve) => {
      let left = 2;
      const channel = new macrotask();
      channel.port1.onmessage = () => (--left === 0 ? resolve() : postOnPort.call(channel.port2, null));
      postOnPort.call(channel.port2, null);
    }),
});

self.onmessage = (event: MessageEvent<CompiledExercise>) => {
  self.onmessage = null;
  const port = event.ports[0];
  void run(event.data, (message: RunnerMessage) => postOnPort.call(port, message));
};
