import type { CommandKind, FrameStatus, FrameView, GeneratorState, LocalView, Outcome, Progress, StepEvent, StepReport } from './protocol';

/**
 * The tracer the instrumented code calls (`__st`, see instrument.ts), and the
 * session that drives one generator with the real next()/throw()/return().
 * Everything reported comes from the running code: the tracer only watches.
 * Pure: no DOM and no worker API, so the unit tests run it in Node.
 */

export interface RuntimeOptions {
  /** Formats a value the way Node's util.inspect does. */
  inspect(value: unknown): string;
  /** Told, at most every PROGRESS_INTERVAL_MS, which line a long call is running, and when it starts awaiting. */
  onProgress?(progress: Progress): void;
}

const MAX_EVENTS = 300;
const MAX_LINES_PER_EVENT = 40;
const MAX_VALUE_LENGTH = 300;
const PROGRESS_INTERVAL_MS = 200;

type Scope = () => Record<string, unknown>;

interface Frame {
  fnName: string;
  label: string | null;
  status: FrameStatus;
  line: number;
  scope: Scope;
  /** The instrumented generator this frame's yield* drives (once it has run), else null. */
  delegate: Frame | null;
  /** What yield* iterates, described, while delegating. */
  target: string | null;
  delegateLine: number;
  threw: boolean;
  /** Lines the frame was at when each finally block it is in began: where the try's completion (an error, a return) came from. */
  finallyLines: number[];
}

interface FunctionInfo {
  name: string;
  line: number;
}

function shorten(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

export class Tracer {
  private readonly inspectValue: (value: unknown) => string;
  private readonly onProgress?: (progress: Progress) => void;
  private readonly functions: FunctionInfo[];
  private readonly instances = new Map<string, number>();
  exposed: Record<string, unknown> = {};

  /** The generator the stepper drives: the first body to start once commands begin. */
  driven: Frame | null = null;
  private commandActive = false;
  private commandKind: CommandKind = 'next';
  private chainAtStart = new Set<Frame>();
  private pendingDelegator: Frame | null = null;
  private events: StepEvent[] = [];
  private dropped = 0;
  private steps = 0;
  private lastProgress = 0;
  lastLine: { frame: string; line: number } | null = null;

  constructor(functions: FunctionInfo[], options: RuntimeOptions) {
    this.functions = functions;
    this.inspectValue = options.inspect;
    this.onProgress = options.onProgress;
  }

  // ---- formatting ----

  inspect(value: unknown): string {
    try {
      // An error as its name and message, as the timeline names errors (not its stack trace).
      if (value instanceof Error) return shorten(`[${value.name}: ${value.message}]`);
      return shorten(this.inspectValue(value));
    } catch {
      return '(a value that cannot be shown)';
    }
  }

  describeError(error: unknown): string {
    if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error && 'name' in error)) {
      const e = error as Error;
      return shorten(`${e.name}: ${e.message}`);
    }
    return this.inspect(error);
  }

  private describeIterable(value: unknown): string {
    if (Array.isArray(value)) return `the array ${this.inspect(value)}`;
    if (typeof value === 'string') return `the string ${this.inspect(value)}`;
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object Generator]' || tag === '[object AsyncGenerator]') return 'a generator object';
    if (value instanceof Map || value instanceof Set) return this.inspect(value);
    return 'an iterator (not a generator from this code)';
  }

  // ---- commands ----

  begin(kind: CommandKind) {
    this.commandActive = true;
    this.commandKind = kind;
    this.events = [];
    this.dropped = 0;
    this.steps = 0;
    this.lastProgress = Date.now();
    this.chainAtStart = new Set(this.chain());
  }

  end(): StepEvent[] {
    this.commandActive = false;
    const events = this.events;
    if (this.dropped > 0) events.push({ kind: 'dropped', count: this.dropped });
    this.events = [];
    return events;
  }

  private chain(): Frame[] {
    const frames: Frame[] = [];
    for (let frame = this.driven; frame; frame = frame.status === 'delegating' ? frame.delegate : null) frames.push(frame);
    return frames;
  }

  /** The driven generator and its yield* chain, outermost first. */
  stack(): FrameView[] {
    const views: FrameView[] = [];
    for (const frame of this.chain()) {
      views.push({ label: this.labelOf(frame), status: frame.status, line: frame.line, locals: this.locals(frame) });
      if (frame.status === 'delegating' && !frame.delegate && frame.target) {
        views.push({ label: frame.target, status: 'opaque', line: null, locals: [] });
      }
    }
    return views;
  }

  private locals(frame: Frame): LocalView[] {
    let scope: Record<string, unknown>;
    try {
      scope = frame.scope();
    } catch {
      return [];
    }
    return Object.keys(scope).map((name) => {
      try {
        return { name, value: this.inspect(scope[name]) };
      } catch {
        return { name, value: '(not initialised yet)' };
      }
    });
  }

  private labelOf(frame: Frame): string {
    if (frame.label === null) {
      const count = (this.instances.get(frame.fnName) ?? 0) + 1;
      this.instances.set(frame.fnName, count);
      frame.label = count === 1 ? frame.fnName : `${frame.fnName}#${count}`;
    }
    return frame.label;
  }

  private emit(event: StepEvent) {
    if (!this.commandActive) return;
    if (this.events.length >= MAX_EVENTS) {
      this.dropped++;
      return;
    }
    this.events.push(event);
  }

  /**
   * Every report from a frame starts here. A frame paused at a yield that
   * reports anything but `resumed` was resumed by throw() or return(): the
   * yield threw or returned. A frame in yield* that reports anything but
   * `delegated` had its yield* end abruptly (the delegate threw, or return()).
   */
  private touch(frame: Frame, kind: 'resumed' | 'delegated' | 'awaited' | 'other') {
    if (this.pendingDelegator && this.pendingDelegator !== frame) {
      this.pendingDelegator.delegate = frame;
      this.pendingDelegator = null;
    } else if (this.pendingDelegator === frame) {
      this.pendingDelegator = null;
    }
    if (frame.status === 'paused' && kind !== 'resumed') {
      const how = this.chainAtStart.has(frame) && this.commandKind !== 'next' ? this.commandKind : 'unknown';
      this.emit({ kind: 'resume-abrupt', frame: this.labelOf(frame), line: frame.line, how });
      frame.status = 'running';
    }
    if (frame.status === 'delegating' && kind !== 'delegated') {
      this.emit({ kind: 'delegate-end', frame: this.labelOf(frame), line: frame.delegateLine, value: null });
      frame.status = 'running';
      frame.delegate = null;
      frame.target = null;
    }
    if (frame.status === 'awaiting' && kind !== 'awaited') frame.status = 'running';
  }

  private progress(frame: Frame, line: number, awaiting: boolean) {
    if (!this.commandActive || !this.onProgress) return;
    this.onProgress({ frame: this.labelOf(frame), line, awaiting });
  }

  // ---- called by the instrumented code ----

  expose(getters: Record<string, unknown>) {
    this.exposed = getters;
  }

  enter(fnId: number, scope: Scope): Frame {
    const info = this.functions[fnId] ?? { name: 'generator', line: 0 };
    const frame: Frame = {
      fnName: info.name,
      label: null,
      status: 'running',
      line: info.line,
      scope,
      delegate: null,
      target: null,
      delegateLine: 0,
      threw: false,
      finallyLines: [],
    };
    if (this.commandActive && this.driven === null) this.driven = frame;
    this.touch(frame, 'other');
    if (this.commandActive) this.emit({ kind: 'start', frame: this.labelOf(frame), line: info.line });
    return frame;
  }

  line(frame: Frame, line: number, scope: Scope) {
    this.touch(frame, 'other');
    frame.line = line;
    frame.scope = scope;
    if (!this.commandActive) return;
    const label = this.labelOf(frame);
    this.lastLine = { frame: label, line };
    if ((++this.steps & 1023) === 0) {
      const now = Date.now();
      if (now - this.lastProgress >= PROGRESS_INTERVAL_MS) {
        this.lastProgress = now;
        this.progress(frame, line, false);
      }
    }
    const last = this.events[this.events.length - 1];
    if (last?.kind === 'lines' && last.frame === label) {
      if (last.lines[last.lines.length - 1] === line) return;
      if (last.lines.length < MAX_LINES_PER_EVENT) last.lines.push(line);
      else last.more++;
      return;
    }
    this.emit({ kind: 'lines', frame: label, lines: [line], more: 0 });
  }

  paused<T>(frame: Frame, line: number, value: T, scope: Scope): T {
    this.touch(frame, 'other');
    frame.status = 'paused';
    frame.line = line;
    frame.scope = scope;
    if (this.commandActive) {
      const isThenable = typeof (value as { then?: unknown } | null)?.then === 'function';
      const shown = isThenable ? 'a promise (the caller gets what it settles to)' : this.inspect(value);
      this.emit({ kind: 'pause', frame: this.labelOf(frame), line, value: shown });
    }
    return value;
  }

  resumed<T>(frame: Frame, line: number, sent: T): T {
    this.touch(frame, 'resumed');
    frame.status = 'running';
    if (this.commandActive) this.emit({ kind: 'resume', frame: this.labelOf(frame), line, value: this.inspect(sent) });
    return sent;
  }

  delegating<T>(frame: Frame, line: number, iterable: T, scope: Scope): T {
    this.touch(frame, 'other');
    frame.status = 'delegating';
    frame.line = line;
    frame.delegateLine = line;
    frame.scope = scope;
    frame.delegate = null;
    frame.target = this.describeIterable(iterable);
    this.pendingDelegator = frame;
    if (this.commandActive) this.emit({ kind: 'delegate', frame: this.labelOf(frame), line, target: frame.target });
    return iterable;
  }

  delegated<T>(frame: Frame, line: number, result: T): T {
    this.touch(frame, 'delegated');
    frame.status = 'running';
    frame.delegate = null;
    frame.target = null;
    if (this.commandActive) this.emit({ kind: 'delegate-end', frame: this.labelOf(frame), line, value: this.inspect(result) });
    return result;
  }

  awaiting<T>(frame: Frame, line: number, value: T): T {
    this.touch(frame, 'other');
    frame.status = 'awaiting';
    frame.line = line;
    if (this.commandActive) {
      this.emit({ kind: 'await', frame: this.labelOf(frame), line });
      this.progress(frame, line, true);
    }
    return value;
  }

  awaited<T>(frame: Frame, line: number, value: T): T {
    this.touch(frame, 'awaited');
    frame.status = 'running';
    if (this.commandActive) {
      this.emit({ kind: 'awaited', frame: this.labelOf(frame), line, value: this.inspect(value) });
      this.progress(frame, line, false);
    }
    return value;
  }

  ret<T>(frame: Frame, line: number, value: T): T {
    this.touch(frame, 'other');
    frame.line = line;
    if (this.commandActive) this.emit({ kind: 'return', frame: this.labelOf(frame), line, value: this.inspect(value) });
    return value;
  }

  caught(frame: Frame, line: number, error: unknown, bound: boolean) {
    this.touch(frame, 'other');
    frame.line = line;
    if (this.commandActive) this.emit({ kind: 'caught', frame: this.labelOf(frame), line, error: bound ? this.describeError(error) : 'an error' });
  }

  finEnter(frame: Frame, line: number) {
    this.touch(frame, 'other');
    frame.finallyLines.push(frame.line);
    if (this.commandActive) this.emit({ kind: 'finally-enter', frame: this.labelOf(frame), line });
  }

  /** The finally block completed normally: whatever completion the try had goes on, from where it came. */
  finExit(frame: Frame, line: number) {
    this.touch(frame, 'other');
    const before = frame.finallyLines.pop();
    if (before !== undefined) frame.line = before;
    if (this.commandActive) this.emit({ kind: 'finally-exit', frame: this.labelOf(frame), line });
  }

  fellOff(frame: Frame, scope: Scope) {
    this.touch(frame, 'other');
    frame.scope = scope;
    if (this.commandActive) this.emit({ kind: 'end', frame: this.labelOf(frame) });
  }

  threw(frame: Frame, error: unknown) {
    this.touch(frame, 'other');
    frame.threw = true;
    if (this.commandActive) this.emit({ kind: 'throw-out', frame: this.labelOf(frame), line: frame.line, error: this.describeError(error) });
  }

  exit(frame: Frame) {
    this.touch(frame, 'other');
    frame.status = frame.threw ? 'threw' : 'finished';
    if (this.commandActive) this.emit({ kind: 'finish', frame: this.labelOf(frame), threw: frame.threw });
  }

  /** Console output of the learner's code, kept only while a call runs. */
  console(text: string) {
    this.emit({ kind: 'console', text: shorten(text) });
  }
}

type AnyGenerator = Generator<unknown, unknown, unknown> | AsyncGenerator<unknown, unknown, unknown>;

export interface SessionInput {
  /** Instrumented CommonJS (instrument.ts). */
  js: string;
  functions: FunctionInfo[];
  fn: string;
  args: unknown[];
}

export type LoadResult = { ok: true; session: StepperSession; note: string | null } | { ok: false; message: string };

/** Drives one generator object made by calling `fn(...args)` from the sample. */
export class StepperSession {
  private state: GeneratorState = 'suspended-start';

  private constructor(
    private readonly tracer: Tracer,
    private readonly generator: AnyGenerator,
    readonly isAsync: boolean,
  ) {}

  /**
   * Evaluates the sample (its top-level code runs once, unobserved), finds
   * `fn` and calls it. Fails when `fn` is not a generator function.
   */
  static load(input: SessionInput, options: RuntimeOptions): LoadResult {
    const tracer = new Tracer(input.functions, options);
    const formatArgs = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : options.inspect(a))).join(' ');
    const consoleObject: Record<string, (...args: unknown[]) => void> = {};
    for (const level of ['log', 'info', 'warn', 'error', 'debug', 'table']) consoleObject[level] = (...args) => tracer.console(formatArgs(args));
    const module = { exports: {} as Record<string, unknown> };
    const require = (id: string) => {
      throw new Error(`Cannot import "${id}": a stepper sample is one self-contained file`);
    };
    let note: string | null = null;
    let body: (...args: unknown[]) => unknown;
    try {
      body = new Function('exports', 'require', 'module', 'console', '__st', input.js) as typeof body;
    } catch {
      // Top-level await: evaluate as an async function (its awaits continue in the background).
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionConstructor;
      body = new AsyncFunction('exports', 'require', 'module', 'console', '__st', input.js) as typeof body;
    }
    try {
      const result = body(module.exports, require, module, consoleObject, tracer);
      if (result instanceof Promise) result.catch(() => {});
    } catch (error) {
      note = `The sample’s own top-level code threw ${tracer.describeError(error)}; its functions are still defined.`;
    }
    let fn: unknown;
    try {
      fn = Object.hasOwn(tracer.exposed, input.fn) ? tracer.exposed[input.fn] : module.exports[input.fn];
    } catch (error) {
      return { ok: false, message: `${input.fn} is not defined yet when the sample’s top-level code pauses: ${tracer.describeError(error)}` };
    }
    const kind = Object.prototype.toString.call(fn);
    if (kind !== '[object GeneratorFunction]' && kind !== '[object AsyncGeneratorFunction]') {
      return { ok: false, message: `The sample has no generator function named ${input.fn} at its top level (declare it with function* or async function*).` };
    }
    let generator: AnyGenerator;
    try {
      generator = (fn as (...args: unknown[]) => AnyGenerator)(...input.args);
    } catch (error) {
      return { ok: false, message: `Calling ${input.fn}(…) threw ${tracer.describeError(error)}` };
    }
    return { ok: true, session: new StepperSession(tracer, generator, kind === '[object AsyncGeneratorFunction]'), note };
  }

  get lastLine() {
    return this.tracer.lastLine;
  }

  /** Makes one real call on the generator and reports what happened. `throw` throws `value` as given. */
  step(kind: CommandKind, value: unknown, hasValue: boolean): StepReport | Promise<StepReport> {
    const tracer = this.tracer;
    tracer.begin(kind);
    tracer.lastLine = null;
    const settle = (outcome: Outcome): StepReport => {
      const events = tracer.end();
      if (outcome.kind === 'threw' || outcome.done) this.state = 'completed';
      else this.state = 'suspended-yield';
      return { outcome, events, stack: tracer.stack(), state: this.state };
    };
    const fromResult = (result: unknown): Outcome => {
      const r = result as IteratorResult<unknown> | null | undefined;
      if (typeof r !== 'object' || r === null) return { kind: 'result', text: tracer.inspect(r), value: tracer.inspect(r), done: false };
      return { kind: 'result', text: tracer.inspect(r), value: tracer.inspect(r.value), done: r.done === true };
    };
    const fromError = (error: unknown): Outcome => ({ kind: 'threw', error: tracer.describeError(error) });
    const generator = this.generator as Generator<unknown, unknown, unknown>;
    let returned: unknown;
    try {
      if (kind === 'next') returned = hasValue ? generator.next(value) : generator.next();
      else if (kind === 'return') returned = generator.return(value);
      else returned = generator.throw(value);
    } catch (error) {
      return settle(fromError(error));
    }
    if (this.isAsync) {
      return Promise.resolve(returned).then(
        (result) => settle(fromResult(result)),
        (error) => settle(fromError(error)),
      );
    }
    return settle(fromResult(returned));
  }
}
