import runnerUrl from '../runner/runner.worker.ts?worker&url';
import { type ConnectMessage, type FromFrame, HEARTBEAT_MS, type ToFrame } from '../frame/frame-protocol';
import type { RunnerConnection } from '../protocol/run-collector';
import type { RunnerMessage } from '../protocol/runner-protocol';
import type { CompiledExercise } from '../runner/run-tests';
import type { RunnerHost } from './runner-host';
import { siteUrl } from '../../hosting/site-url';

export const RUNNER_FRAME_URL = siteUrl('grader/runner-frame.html');

/**
 * A frame counts as lost when it has been silent this long while the page's
 * own timers ran on time (a page that was itself busy proves nothing).
 */
const LOST_AFTER_MS = 15 * HEARTBEAT_MS;
const WATCH_EVERY_MS = 2 * HEARTBEAT_MS;

/** Said for every run the frame had when its process went away. */
export const FRAME_LOST =
  'the grading process stopped while this code ran (most likely it used up the memory the browser allows; an endless allocation does that)';

interface Frame {
  element: HTMLIFrameElement;
  port: Promise<MessagePort>;
  runs: Map<number, (message: string) => void>;
  heardAt: number;
  watch?: ReturnType<typeof setInterval>;
}

/**
 * Runners in a sandboxed frame (`<iframe sandbox="allow-scripts">`, an opaque
 * origin that Chromium runs in a process of its own): learner code that
 * exhausts memory takes down that process, not the page. The frame posts a
 * heartbeat; when it falls silent, every run it had ends as crashed, the
 * frame is removed and the next run makes a new one. The runners are the
 * lesson pages' own (runner.worker.ts, same sandbox and caps), started from
 * its source inside the frame, which cannot fetch anything itself.
 */
export class FrameRunners implements RunnerHost {
  private frame: Frame | null = null;
  private source: Promise<string> | null = null;
  private nextId = 1;
  /** How many frames were lost (for the page to show, and for tests). */
  lost = 0;

  constructor(private readonly options: { spares?: number; container?: HTMLElement; onLost?(count: number): void } = {}) {}

  compilerLoaded(): void {
    this.ensureFrame();
  }

  replenish(): void {
    // The frame keeps its own runners started ahead.
  }

  private runnerSource(): Promise<string> {
    this.source ??= fetch(runnerUrl).then((response) => {
      if (!response.ok) throw new Error(`the test runner could not be loaded (HTTP ${response.status})`);
      return response.text();
    });
    this.source.catch(() => (this.source = null));
    return this.source;
  }

  private ensureFrame(): Frame {
    if (this.frame) return this.frame;
    const element = document.createElement('iframe');
    element.setAttribute('sandbox', 'allow-scripts');
    element.setAttribute('aria-hidden', 'true');
    element.tabIndex = -1;
    element.hidden = true;
    element.title = 'Grading';
    element.src = RUNNER_FRAME_URL;
    const loaded = new Promise<void>((resolve) => element.addEventListener('load', () => resolve(), { once: true }));
    const frame: Frame = {
      element,
      runs: new Map(),
      heardAt: performance.now(),
      port: Promise.all([this.runnerSource(), loaded]).then(([source]) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent<FromFrame>) => {
          frame.heardAt = performance.now();
          const message = event.data;
          if (message.kind === 'crashed') frame.runs.get(message.id)?.(message.message);
        };
        const connect: ConnectMessage = { kind: 'connect', source, spares: this.options.spares ?? 2 };
        // The frame's origin is opaque, so no target origin can name it; the port it gets is its only channel.
        element.contentWindow?.postMessage(connect, '*', [channel.port2]);
        return channel.port1;
      }),
    };
    frame.port.catch((error: Error) => this.lose(frame, `the grading frame could not start: ${error.message}`));
    let tickAt = performance.now();
    frame.watch = setInterval(() => {
      const now = performance.now();
      const onTime = now - tickAt < WATCH_EVERY_MS + HEARTBEAT_MS;
      tickAt = now;
      if (onTime && now - frame.heardAt > LOST_AFTER_MS) this.lose(frame, FRAME_LOST);
    }, WATCH_EVERY_MS);
    (this.options.container ?? document.body).append(element);
    this.frame = frame;
    return frame;
  }

  /** The frame's process is gone (or never started): its runs end as crashed, and the next run gets a new frame. */
  private lose(frame: Frame, message: string) {
    if (this.frame !== frame) return;
    this.frame = null;
    this.lost += 1;
    clearInterval(frame.watch);
    frame.element.remove();
    for (const crash of frame.runs.values()) crash(message);
    frame.runs.clear();
    this.options.onLost?.(this.lost);
  }

  connect(compiled: CompiledExercise): { connection: RunnerConnection; onStarted(): void } {
    const frame = this.ensureFrame();
    const id = this.nextId++;
    const channel = new MessageChannel();
    let stopped = false;
    const connection: RunnerConnection = {
      start(onMessage, onCrash) {
        frame.runs.set(id, onCrash);
        channel.port1.onmessage = (event: MessageEvent<RunnerMessage>) => onMessage(event.data);
        void frame.port.then((port) => {
          if (stopped) return;
          port.postMessage({ kind: 'run', id, job: compiled } satisfies ToFrame, [channel.port2]);
        });
      },
      stop() {
        stopped = true;
        frame.runs.delete(id);
        channel.port1.close();
        void frame.port.then((port) => port.postMessage({ kind: 'stop', id } satisfies ToFrame));
      },
    };
    return { connection, onStarted: () => {} };
  }
}
