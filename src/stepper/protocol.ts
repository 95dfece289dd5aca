/**
 * What the stepper reports about a generator it drives: the events one call
 * caused on the generator's side, the delegation stack afterwards, and what
 * the caller received. Plain data, sent from the stepper worker to the page.
 */

export type CommandKind = 'next' | 'throw' | 'return';

/** Where a generator frame is. `opaque` is a yield* target that is not an instrumented generator (an array, a hand-written iterator). */
export type FrameStatus = 'running' | 'paused' | 'delegating' | 'awaiting' | 'finished' | 'threw' | 'opaque';

export interface LocalView {
  name: string;
  /** The value as Node's util.inspect prints it. */
  value: string;
}

export interface FrameView {
  /** `walk`, or `walk#2` for the second generator object of `walk` the stepper saw. */
  label: string;
  status: FrameStatus;
  /** The line it is paused, delegating or awaiting at (or ran last); null for an opaque target. */
  line: number | null;
  locals: LocalView[];
}

/** One thing the generator side did. `frame` is a FrameView label. */
export type StepEvent =
  | { kind: 'start'; frame: string; line: number }
  | { kind: 'lines'; frame: string; lines: number[]; more: number }
  | { kind: 'pause'; frame: string; line: number; value: string }
  | { kind: 'resume'; frame: string; line: number; value: string }
  | { kind: 'resume-abrupt'; frame: string; line: number; how: CommandKind | 'unknown' }
  | { kind: 'delegate'; frame: string; line: number; target: string }
  | { kind: 'delegate-end'; frame: string; line: number; value: string | null }
  | { kind: 'await'; frame: string; line: number }
  | { kind: 'awaited'; frame: string; line: number; value: string }
  | { kind: 'finally-enter'; frame: string; line: number }
  | { kind: 'finally-exit'; frame: string; line: number }
  | { kind: 'caught'; frame: string; line: number; error: string }
  | { kind: 'return'; frame: string; line: number; value: string }
  | { kind: 'end'; frame: string }
  | { kind: 'throw-out'; frame: string; line: number; error: string }
  | { kind: 'finish'; frame: string; threw: boolean }
  | { kind: 'console'; text: string }
  | { kind: 'dropped'; count: number };

/** What the caller received from one call. */
export type Outcome = { kind: 'result'; text: string; value: string; done: boolean } | { kind: 'threw'; error: string };

/** The generator's state, as the ECMAScript specification names it (and the course does). */
export type GeneratorState = 'suspended-start' | 'suspended-yield' | 'completed';

export interface StepReport {
  outcome: Outcome;
  events: StepEvent[];
  /** The driven generator, then the generator it delegates to with yield*, and so on. Empty until its body has started. */
  stack: FrameView[];
  state: GeneratorState;
}

/** Progress while a call runs: the line being run, for a call that is awaiting or does not finish. */
export interface Progress {
  frame: string;
  line: number;
  awaiting: boolean;
}

// ---- page ⇄ stepper worker ----

export interface LoadMessage {
  type: 'load';
  js: string;
  fn: string;
  args: unknown[];
  /** From InstrumentedSample.functions: names and lines for `__st.enter(id)`. */
  functions: { name: string; line: number }[];
}

export interface CommandMessage {
  type: 'command';
  kind: CommandKind;
  /** next/return: the value to send; throw: the message of the Error to throw. */
  value: unknown;
  hasValue: boolean;
}

export type WorkerReply =
  /** The worker is up and starts evaluating the sample: the page's clock starts now. */
  | { type: 'started' }
  | { type: 'loaded'; async: boolean; note: string | null }
  | { type: 'load-error'; message: string }
  | { type: 'progress'; progress: Progress }
  | { type: 'step'; report: StepReport }
  | { type: 'failed'; message: string };
