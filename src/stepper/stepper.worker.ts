/// <reference lib="webworker" />
import { inspect } from 'node-inspect-extracted';
import { StepperSession } from './runtime';
import type { CommandMessage, LoadMessage, WorkerReply } from './protocol';

/**
 * Runs one stepper sample and keeps its generator object alive between the
 * learner's button presses. The page terminates this worker when a call runs
 * too long (an endless loop) and on reset, and starts a fresh one.
 *
 * Replies go out on the MessagePort handed over with the first message,
 * captured (with its methods) before the learner's code runs.
 */
const postOnPort = MessagePort.prototype.postMessage;
const listen = EventTarget.prototype.addEventListener;
const startPort = MessagePort.prototype.start;
const format = (value: unknown) => inspect(value, { depth: 3, breakLength: 100 });

self.onmessage = (event: MessageEvent<LoadMessage>) => {
  self.onmessage = null;
  const port = event.ports[0];
  const send = (reply: WorkerReply) => postOnPort.call(port, reply);
  const { js, fn, args, functions } = event.data;
  send({ type: 'started' });

  const loaded = StepperSession.load({ js, fn, args, functions }, { inspect: format, onProgress: (progress) => send({ type: 'progress', progress }) });
  if (!loaded.ok) {
    send({ type: 'load-error', message: loaded.message });
    return;
  }
  const session = loaded.session;
  listen.call(port, 'message', async (message: Event) => {
    const command = (message as MessageEvent<CommandMessage>).data;
    try {
      const value = command.kind === 'throw' ? new Error(String(command.value)) : command.value;
      const report = await session.step(command.kind, value, command.hasValue);
      send({ type: 'step', report });
    } catch (error) {
      send({ type: 'failed', message: String(error) });
    }
  });
  startPort.call(port);
  send({ type: 'loaded', async: session.isAsync, note: loaded.note });
};
