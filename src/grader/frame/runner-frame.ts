/**
 * The grading frame's script: runs inside `<iframe sandbox="allow-scripts">`
 * (/grader/runner-frame.html), an opaque origin that Chromium keeps in a
 * process of its own. It starts runner workers from the runner's source,
 * which the page hands over, and runs each job it is sent in a fresh one. If
 * a learner's code takes the process down (memory exhausted), only this
 * frame is lost: the page notices the heartbeat stop and makes a new frame.
 *
 * Bundled and inlined into the frame's HTML at build time
 * (src/build/runner-frame-page.ts). The frame's policy allows no network at
 * all, and workers made from blob URLs inherit it: a runner here cannot fetch
 * anything, whatever gets past its sandbox.
 *
 * Protocol: frame-protocol.ts.
 */
import { type ConnectMessage, type FromFrame, HEARTBEAT_MS, type ToFrame } from './frame-protocol';

let control: MessagePort | null = null;

addEventListener('message', (event: MessageEvent) => {
  // Only the page that embeds the frame, once.
  if (control || event.source !== parent || event.data?.kind !== 'connect' || !event.ports[0]) return;
  const { source, spares } = event.data as ConnectMessage;
  control = event.ports[0];
  start(control, source, Math.max(1, Math.min(4, Number(spares) || 2)));
});

function start(port: MessagePort, source: string, keep: number) {
  const send = (message: FromFrame) => port.postMessage(message);
  // The runner is built as a module without imports; a blob worker in an opaque origin can only be
  // a classic script, so it is wrapped to keep a module's strict mode and private scope.
  const url = URL.createObjectURL(new Blob([`"use strict";(function(){${source}\n}).call(undefined);`], { type: 'text/javascript' }));
  const ready: Worker[] = [];
  const running = new Map<number, Worker>();
  let topUp: ReturnType<typeof setTimeout> | undefined;

  const spawn = () => new Worker(url, { name: 'runner' });
  const fill = () => {
    while (ready.length < keep) ready.push(spawn());
  };
  // After a run ends, not at once: the next job's start should not wait behind a runner's start-up.
  const fillSoon = () => {
    clearTimeout(topUp);
    topUp = setTimeout(fill, 50);
  };

  port.onmessage = (event: MessageEvent<ToFrame>) => {
    const message = event.data;
    if (message.kind === 'run') {
      const worker = ready.shift() ?? spawn();
      running.set(message.id, worker);
      worker.onerror = (error) => {
        error.preventDefault();
        send({ kind: 'crashed', id: message.id, message: error.message || 'the test runner stopped unexpectedly' });
      };
      worker.postMessage(message.job, event.ports.slice(0, 1));
      if (ready.length === 0) fillSoon();
    } else if (message.kind === 'stop') {
      running.get(message.id)?.terminate();
      running.delete(message.id);
      fillSoon();
    }
  };
  fill();
  setInterval(() => send({ kind: 'alive' }), HEARTBEAT_MS);
  send({ kind: 'ready' });
}
