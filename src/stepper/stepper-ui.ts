import type { Diagnostic } from '../grader/protocol/verdict';
import type { CommandKind, CommandMessage, FrameView, GeneratorState, LoadMessage, Progress, StepEvent, StepReport, WorkerReply } from './protocol';
import { createStepperEditor, type LineMark, type StepperEditor } from './stepper-editor';
import { StepperWatch, type WatchCall, type WatchHost } from './stepper-watch';

/**
 * The stepper on the page: the code view, the buttons, and what the
 * generator did. The generator itself lives in a stepper worker
 * (stepper.worker.ts) that this terminates and replaces when a call runs too
 * long and on Reset. Edited code is type-checked and instrumented by the
 * page's one compiler worker (GraderClient.instrument), loaded only then.
 */

/** A call that has not returned after this long is stopped. */
export const CALL_LIMIT_MS = 2000;
/** Starting a worker may take a while on a slow machine; the call limit starts once it runs. */
const START_LIMIT_MS = 30_000;
const MAX_STEPS_SHOWN = 200;

interface SampleData {
  id: string;
  code: string;
  fn: string;
  js: string;
  functions: { name: string; line: number }[];
  async: boolean;
  /** The calls "Watch it run" plays, or null for next() until done. */
  watch: WatchCall[] | null;
}

interface Program {
  code: string;
  js: string;
  functions: { name: string; line: number }[];
  async: boolean;
  args: unknown[];
}

type UiState = 'loading' | 'compiling' | GeneratorState | 'running' | 'stopped' | 'error';
type Reply = WorkerReply | { type: 'timeout' };

interface StepView {
  call: string;
  events: StepEvent[];
  /** What to say when the generator side did nothing. */
  quiet: string;
  result: { kind: 'value' | 'threw' | 'stopped' | 'none'; text: string };
}

const STATE_NAMES: Record<UiState, string> = {
  loading: 'loading…',
  compiling: 'compiling…',
  'suspended-start': 'suspended at start',
  running: 'running',
  'suspended-yield': 'suspended at a yield',
  completed: 'completed',
  stopped: 'stopped',
  error: 'cannot run',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function code(text: string) {
  return element('code', undefined, text);
}

function linesText(lines: number[], more: number) {
  const list = lines.join(' → ');
  return `${lines.length === 1 ? 'runs line' : 'runs lines'} ${list}${more > 0 ? ` → … (${more} more)` : ''}`;
}

export function mountStepper(root: HTMLElement) {
  new Stepper(root).init();
}

class Stepper {
  private readonly sample: SampleData;
  private readonly fn: string;
  private readonly buttons: Map<string, HTMLButtonElement>;
  private readonly inputs: Map<string, HTMLInputElement>;
  private readonly argsInput: HTMLInputElement;
  private readonly notices: HTMLElement;
  private readonly badge: HTMLElement;
  private readonly result: HTMLElement;
  private readonly whereText: HTMLElement;
  private readonly frames: HTMLElement;
  private readonly timeline: HTMLOListElement;
  private readonly live: HTMLElement;
  private editor!: StepperEditor;
  private watch: StepperWatch | null = null;

  private state: UiState = 'loading';
  private program: Program | null = null;
  private stack: FrameView[] = [];
  private steps: StepView[] = [];
  private busy = false;
  private generation = 0;

  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private pending: ((reply: Reply) => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private progress: Progress | null = null;

  constructor(private readonly root: HTMLElement) {
    this.sample = JSON.parse(root.querySelector('script.stepper-data')!.textContent!) as SampleData;
    this.fn = this.sample.fn;
    this.buttons = new Map([...root.querySelectorAll<HTMLButtonElement>('button[data-command]')].map((b) => [b.dataset.command!, b]));
    this.inputs = new Map([...root.querySelectorAll<HTMLInputElement>('input[data-input]')].map((i) => [i.dataset.input!, i]));
    this.argsInput = root.querySelector<HTMLInputElement>('input.stepper-args')!;
    this.notices = root.querySelector<HTMLElement>('.stepper-notices')!;
    this.badge = root.querySelector<HTMLElement>('.stepper-badge')!;
    this.result = root.querySelector<HTMLElement>('.stepper-result')!;
    this.whereText = root.querySelector<HTMLElement>('.stepper-where')!;
    this.frames = root.querySelector<HTMLElement>('.stepper-frames')!;
    this.timeline = root.querySelector<HTMLOListElement>('.stepper-timeline')!;
    this.live = root.querySelector<HTMLElement>('.stepper-live')!;
  }

  init() {
    const host = this.root.querySelector<HTMLElement>('.stepper-editor-host')!;
    const hadFocus = host.contains(document.activeElement);
    host.replaceChildren();
    this.editor = createStepperEditor(host, {
      code: this.sample.code,
      label: `Code of the ${this.fn} sample (you can edit it)`,
      describedBy: this.root.querySelector('.editor-keys')?.id,
      onChange: () => this.codeChanged(),
    });
    if (hadFocus) this.editor.focus();

    for (const [command, button] of this.buttons) {
      button.disabled = false;
      button.addEventListener('click', () => void this.pressByHand(command));
    }
    for (const [command, input] of this.inputs) {
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void this.pressByHand(command);
        }
      });
    }
    this.argsInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.pressByHand('reset');
      }
    });
    const watchBox = this.root.querySelector<HTMLElement>('.stepper-watch');
    if (watchBox) {
      this.watch = new StepperWatch(watchBox, this.watchHost(), this.sample.watch ?? null);
      this.watch.init();
    }
    this.root.dataset.ready = 'true';
    void this.restart();
  }

  // ---- the worker ----

  private stopWorker() {
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.port?.close();
    this.worker = null;
    this.port = null;
    this.settle({ type: 'failed', message: 'stopped' });
  }

  private arm(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle({ type: 'timeout' }), ms);
  }

  private settle(reply: Reply) {
    clearTimeout(this.timer);
    const pending = this.pending;
    this.pending = null;
    pending?.(reply);
  }

  private onReply(reply: WorkerReply) {
    if (reply.type === 'started') this.arm(CALL_LIMIT_MS);
    else if (reply.type === 'progress') {
      this.progress = reply.progress;
      if (this.state === 'running') {
        this.renderState();
        this.renderMarks();
      }
    } else this.settle(reply);
  }

  private expect(limitMs: number): Promise<Reply> {
    return new Promise((resolve) => {
      this.pending = resolve;
      this.arm(limitMs);
    });
  }

  // ---- running a program ----

  private async restart() {
    const generation = ++this.generation;
    this.stopWorker();
    this.clearNotice('stopped');
    this.clearNotice('value');
    this.steps = [];
    this.stack = [];
    this.renderTimeline();
    this.renderFrames();
    this.result.textContent = '—';

    let args: unknown[];
    try {
      args = JSON.parse(`[${this.argsInput.value}]`) as unknown[];
      this.clearNotice('args');
    } catch {
      this.notice('args', `The arguments “${this.argsInput.value}” are not JSON values separated by commas (strings need double quotes).`, 'error');
      this.setState('error');
      return;
    }

    const text = this.editor.getCode();
    let program: Program;
    if (text === this.sample.code) {
      program = { code: text, js: this.sample.js, functions: this.sample.functions, async: this.sample.async, args };
      this.editor.showDiagnostics([]);
      this.clearNotice('diagnostics');
    } else {
      this.setState('compiling');
      let compiled: Awaited<ReturnType<import('../grader/client/grader-client').GraderClient['instrument']>>;
      try {
        const { pageGraderClient, MAX_CODE_BYTES } = await import('../grader/client/grader-client');
        const size = new Blob([text]).size;
        if (size > MAX_CODE_BYTES) throw new Error(`it is ${(size / 1024).toFixed(0)} KB long, and the stepper takes up to ${MAX_CODE_BYTES / 1000} KB`);
        compiled = await pageGraderClient().instrument(this.sample.id, text);
      } catch (error) {
        if (generation !== this.generation) return;
        this.notice('diagnostics', `The stepper could not compile your code: ${(error as Error).message}.`, 'error');
        this.setState('error');
        return;
      }
      if (generation !== this.generation) return;
      this.editor.showDiagnostics(compiled.diagnostics);
      const info = compiled.sample?.functions.find((f) => f.topLevel && f.name === this.fn);
      if (!compiled.sample) {
        this.notice('diagnostics', `Your code has a syntax error, so it cannot run:\n${this.describeDiagnostics(compiled.diagnostics)}`, 'error');
        this.setState('error');
        return;
      }
      if (!info) {
        this.notice(
          'diagnostics',
          `The stepper drives ${this.fn}, and your code has no top-level generator function (function* or async function*) named ${this.fn}.`,
          'error',
        );
        this.setState('error');
        return;
      }
      if (compiled.diagnostics.length > 0) {
        this.notice(
          'diagnostics',
          `Type errors (marked in the code). The stepper runs it anyway, as JavaScript would: types do not exist at run time.\n${this.describeDiagnostics(compiled.diagnostics)}`,
          'warning',
        );
      } else {
        this.clearNotice('diagnostics');
      }
      program = { code: text, js: compiled.sample.js, functions: compiled.sample.functions.map(({ name, line }) => ({ name, line })), async: info.async, args };
    }
    this.program = program;
    this.codeChanged();
    await this.load(program, generation);
  }

  private describeDiagnostics(diagnostics: Diagnostic[]) {
    return diagnostics
      .slice(0, 5)
      .map((d) => `Line ${d.line}, column ${d.column}: ${d.message} (TS${d.code})`)
      .join('\n');
  }

  private async load(program: Program, generation: number) {
    this.setState('loading');
    const worker = new Worker(new URL('./stepper.worker.ts', import.meta.url), { type: 'module', name: 'stepper' });
    const channel = new MessageChannel();
    this.worker = worker;
    this.port = channel.port1;
    this.progress = null;
    channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => this.onReply(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.settle({ type: 'failed', message: event.message || 'the stepper stopped unexpectedly' });
    };
    const reply = this.expect(START_LIMIT_MS);
    const message: LoadMessage = { type: 'load', js: program.js, fn: this.fn, args: program.args, functions: program.functions };
    worker.postMessage(message, [channel.port2]);
    const answer = await reply;
    if (generation !== this.generation) return;

    const call = `const gen = ${this.fn}(${program.args.map((a) => JSON.stringify(a)).join(', ')})`;
    if (answer.type === 'loaded') {
      // The learner's version may have made the generator async, or not.
      for (const [command, button] of this.buttons) {
        if (command === 'reset' || command === 'original') continue;
        button.textContent = `${answer.async ? 'await ' : ''}${button.textContent!.replace(/^await /, '')}`;
      }
      program.async = answer.async;
      if (answer.note) this.notice('note', answer.note, 'info');
      else this.clearNotice('note');
      this.addStep({
        call,
        events: [],
        quiet: 'Nothing runs: calling a generator function only creates the generator object.',
        result: { kind: 'value', text: program.async ? 'Object [AsyncGenerator] {}' : 'Object [Generator] {}' },
      });
      this.setState('suspended-start');
      this.renderFrames();
      this.announce(`${call}: the generator is suspended at start.`);
      return;
    }
    this.stopWorker();
    if (answer.type === 'timeout') {
      this.notice(
        'stopped',
        `The sample’s top-level code ran for more than ${CALL_LIMIT_MS / 1000} s, so the stepper stopped it. Change it, then press Reset.`,
        'error',
      );
      this.setState('stopped');
    } else if (answer.type === 'load-error' || answer.type === 'failed') {
      this.notice('stopped', answer.message, 'error');
      this.setState('error');
    }
  }

  /** What "Watch it run" drives: the same restart and calls as the buttons, captioned from the same trace. */
  private watchHost(): WatchHost {
    return {
      reset: async () => {
        await this.restart();
        return this.state === 'suspended-start' && this.steps.length > 0 ? this.caption(this.steps.at(-1)!) : null;
      },
      perform: async (call) => {
        const before = this.steps.at(-1);
        await this.press(call.command, call.value);
        const after = this.steps.at(-1);
        return after && after !== before ? this.caption(after) : null;
      },
      canContinue: () => this.state === 'suspended-start' || this.state === 'suspended-yield',
    };
  }

  /** One line of what a step did, from its timeline entry: the call, what the generator did, what the caller got. */
  private caption(step: StepView): string {
    const did =
      step.events.length === 0
        ? step.quiet
        : step.events.map((event) => `${'frame' in event && event.frame !== this.fn ? `${event.frame}: ` : ''}${this.eventText(event)}`).join('; ');
    const got = step.result.kind === 'stopped' ? step.result.text : `${step.result.kind === 'threw' ? 'throws' : 'gets'} ${step.result.text}`;
    return `${step.call} — ${did} → ${got}`;
  }

  private async pressByHand(command: string) {
    this.watch?.takenOver();
    await this.press(command);
  }

  private async press(command: string, valueText?: string) {
    if (command === 'reset') {
      if (this.state === 'compiling') return;
      await this.restart();
      return;
    }
    if (command === 'original') {
      this.editor.setCode(this.sample.code);
      this.editor.showDiagnostics([]);
      this.clearNotice('diagnostics');
      return;
    }
    const unavailable = this.unavailableReason();
    if (unavailable) {
      this.notice('value', unavailable, 'info');
      this.announce(unavailable);
      return;
    }
    const kind: CommandKind = command === 'throw' ? 'throw' : command === 'return' ? 'return' : 'next';
    let value: unknown;
    const hasValue = command !== 'next';
    let shown = '';
    if (command === 'throw') {
      value = valueText ?? this.inputs.get('throw')!.value;
      shown = `new Error(${JSON.stringify(value)})`;
    } else if (hasValue) {
      const source = valueText ?? this.inputs.get(command)!.value;
      try {
        value = JSON.parse(source);
      } catch {
        const text = `gen.${kind}(value): “${source}” is not JSON. Try 5, "text" (double quotes), [1, 2], {"a": 1}, true or null.`;
        this.notice('value', text, 'error');
        this.announce(text);
        return;
      }
      shown = JSON.stringify(value);
    }
    this.clearNotice('value');
    const call = `${this.program!.async ? 'await ' : ''}gen.${kind}(${shown})`;
    await this.call(call, { type: 'command', kind, value, hasValue });
  }

  private unavailableReason(): string | null {
    if (this.busy || this.state === 'running') return 'The generator is still running this call.';
    if (this.state === 'loading' || this.state === 'compiling') return 'The stepper is still starting.';
    if (this.state === 'stopped') return 'The stepper stopped this generator. Press Reset to start again.';
    if (this.state === 'error') return 'This code cannot run yet. Fix it, then press Reset.';
    if (this.isStale()) return 'You changed the code. Press Reset to step through your version.';
    return null;
  }

  private async call(callText: string, message: CommandMessage) {
    const before = this.state as GeneratorState;
    const generation = this.generation;
    this.busy = true;
    this.progress = null;
    this.setState('running');
    const reply = this.expect(CALL_LIMIT_MS);
    this.port!.postMessage(message);
    const answer = await reply;
    this.busy = false;
    if (generation !== this.generation) return;

    if (answer.type === 'step') {
      this.apply(callText, message.kind, before, answer.report);
      return;
    }
    this.stopWorker();
    if (answer.type === 'timeout') {
      // Set by progress replies while the call ran.
      const progress = this.progress as Progress | null;
      const where = progress ? ` It was running line ${progress.line}${progress.frame !== this.fn ? ` of ${progress.frame}` : ''} when it was stopped.` : '';
      const text = `${callText} did not return within ${CALL_LIMIT_MS / 1000} s: the generator kept running without reaching a yield (an endless loop?), so the stepper stopped it.${where} Press Reset to start again.`;
      this.addStep({
        call: callText,
        events: [],
        quiet: `Still running after ${CALL_LIMIT_MS / 1000} s.${where}`,
        result: { kind: 'stopped', text: 'nothing: the stepper stopped the generator' },
      });
      this.stack = [];
      this.renderFrames();
      this.notice('stopped', text, 'error');
      this.result.textContent = 'none (stopped)';
      this.setState('stopped');
      this.announce(text);
    } else if (answer.type === 'failed' || answer.type === 'load-error') {
      this.notice('stopped', `The stepper failed: ${answer.message}. Press Reset to start again.`, 'error');
      this.setState('error');
    }
  }

  private apply(callText: string, kind: CommandKind, before: GeneratorState, report: StepReport) {
    this.stack = report.stack;
    const { outcome } = report;
    let quiet = 'No line of this code runs.';
    if (before === 'completed') quiet = 'Nothing runs: a completed generator stays completed.';
    else if (before === 'suspended-start' && kind !== 'next')
      quiet = `Nothing runs: the body never started, so ${kind}() completes the generator at once (no finally block runs).`;
    else {
      const last = report.stack[report.stack.length - 1];
      if (last?.status === 'opaque') quiet = `No line of this code runs: yield* passes the call straight to ${last.label}.`;
    }
    this.addStep({
      call: callText,
      events: report.events,
      quiet,
      result: outcome.kind === 'result' ? { kind: 'value', text: outcome.text } : { kind: 'threw', text: outcome.error },
    });
    this.result.replaceChildren(...(outcome.kind === 'result' ? [code(outcome.text)] : [document.createTextNode('threw '), code(outcome.error)]));
    this.setState(report.state);
    this.renderFrames();

    const finallyRan = report.events.some((e) => e.kind === 'finally-enter');
    const printed = report.events.filter((e) => e.kind === 'console').map((e) => (e as { text: string }).text);
    const parts = [
      outcome.kind === 'result' ? `${callText} returned ${outcome.text}.` : `${callText} threw ${outcome.error}.`,
      `${this.stateSentence().replace(/^./, (c) => c.toUpperCase())}.`,
      finallyRan ? 'A finally block ran.' : '',
      printed.length ? `It printed: ${printed.slice(0, 3).join('; ')}.` : '',
    ];
    this.announce(parts.filter(Boolean).join(' '));
  }

  // ---- code edits ----

  private isStale() {
    return this.program !== null && this.editor.getCode() !== this.program.code;
  }

  private codeChanged() {
    const stale = this.isStale();
    const edited = this.editor.getCode() !== this.sample.code;
    this.buttons.get('original')!.hidden = !edited;
    this.root.dataset.stale = String(stale);
    for (const [command, button] of this.buttons) {
      if (command === 'reset' || command === 'original') continue;
      button.setAttribute('aria-disabled', String(stale));
    }
    if (stale) {
      this.notice('edit', 'You changed the code. Press Reset to step through your version.', 'info');
      this.editor.mark([]);
    } else {
      this.clearNotice('edit');
      this.renderMarks();
    }
  }

  // ---- rendering ----

  private setState(state: UiState) {
    this.state = state;
    this.renderState();
    this.renderMarks();
    const blocked = state === 'loading' || state === 'compiling' || state === 'stopped' || state === 'error';
    for (const [command, button] of this.buttons) {
      if (command === 'reset' || command === 'original') continue;
      button.setAttribute('aria-disabled', String(blocked || this.isStale()));
    }
  }

  private innermost(): FrameView | undefined {
    return this.stack.filter((f) => f.status !== 'opaque').at(-1);
  }

  /** Where the generator is, in words: the paused line, the yield* around it, the await it is in. */
  private where(): string {
    switch (this.state) {
      case 'suspended-start':
        return 'before the first line of its body';
      case 'suspended-yield': {
        const inner = this.innermost();
        const outer = this.stack[0];
        const last = this.stack.at(-1);
        if (last?.status === 'opaque' && this.stack.length > 1) return `inside yield* on line ${this.stack.at(-2)!.line}, which is iterating ${last.label}`;
        if (inner && outer && inner !== outer) return `line ${inner.line} in ${inner.label} (inside yield* on line ${outer.line})`;
        return inner ? `line ${inner.line}` : '—';
      }
      case 'running': {
        const progress = this.progress;
        if (!progress) return '—';
        return `${progress.awaiting ? 'awaiting on' : 'at'} line ${progress.line}${progress.frame !== this.fn ? ` in ${progress.frame}` : ''}`;
      }
      case 'completed':
        return this.stack[0]?.status === 'threw' ? `an uncaught error ended it (line ${this.stack[0].line})` : 'finished; it will never run again';
      default:
        return '—';
    }
  }

  /** The state and where, as one sentence for screen readers. */
  private stateSentence(): string {
    const where = this.where();
    return where === '—' ? STATE_NAMES[this.state] : `${STATE_NAMES[this.state]}: ${where}`;
  }

  private renderState() {
    this.badge.dataset.state = this.state;
    this.badge.textContent = STATE_NAMES[this.state];
    this.whereText.textContent = this.where();
    this.root.dataset.state = this.state;
  }

  private renderMarks() {
    if (!this.editor || this.isStale()) return;
    const marks: LineMark[] = [];
    if (this.state === 'running' && this.progress) marks.push({ line: this.progress.line, kind: this.progress.awaiting ? 'awaiting' : 'running' });
    if (this.state === 'suspended-yield' || this.state === 'completed') {
      for (const frame of this.stack) {
        if (frame.line === null) continue;
        if (frame.status === 'delegating') marks.push({ line: frame.line, kind: 'delegating' });
        else if (frame.status === 'paused') marks.push({ line: frame.line, kind: 'paused' });
        else if (frame.status === 'awaiting') marks.push({ line: frame.line, kind: 'awaiting' });
        else if (frame.status === 'threw') marks.push({ line: frame.line, kind: 'threw' });
      }
    }
    this.editor.mark(marks);
  }

  private frameStatus(frame: FrameView): string {
    switch (frame.status) {
      case 'paused':
        return `paused at the yield on line ${frame.line}`;
      case 'delegating':
        return `inside yield* on line ${frame.line}`;
      case 'awaiting':
        return `awaiting on line ${frame.line}`;
      case 'running':
        return `running (line ${frame.line})`;
      case 'finished':
        return 'completed';
      case 'threw':
        return `completed: an error escaped at line ${frame.line}`;
      case 'opaque':
        return 'iterated by yield*';
    }
  }

  private renderFrames() {
    const box = this.frames;
    box.replaceChildren();
    const title = element('p', 'stepper-frames-title', this.stack.length > 1 ? 'Delegation stack (outermost first)' : 'Inside the generator');
    box.append(title);
    if (this.stack.length === 0) {
      const text =
        this.state === 'suspended-start'
          ? 'The body has not started: no line has run, so there are no local variables yet.'
          : this.state === 'completed'
            ? 'The body never ran.'
            : this.state === 'stopped'
              ? 'The generator was stopped.'
              : '—';
      box.append(element('p', 'muted', text));
      return;
    }
    const list = element('ol', 'stepper-stack');
    for (const frame of this.stack) {
      const item = element('li', 'stepper-frame');
      item.dataset.status = frame.status;
      const head = element('p', 'stepper-frame-head');
      head.append(element('strong', undefined, frame.label), document.createTextNode(` — ${this.frameStatus(frame)}`));
      item.append(head);
      if (frame.status === 'opaque') {
        item.append(element('p', 'muted', 'Not a generator from this code: the stepper cannot show its lines or locals.'));
      } else if (frame.locals.length === 0) {
        item.append(element('p', 'muted', 'No local variables.'));
      } else {
        const table = element('table', 'stepper-locals');
        const caption = element('caption', 'visually-hidden', `Local variables of ${frame.label}`);
        const head = element('thead');
        const headRow = element('tr');
        for (const label of ['Local', 'Value']) {
          const th = element('th', undefined, label);
          th.scope = 'col';
          headRow.append(th);
        }
        head.append(headRow);
        const body = element('tbody');
        for (const local of frame.locals) {
          const row = element('tr');
          const name = element('th', undefined);
          name.scope = 'row';
          name.append(code(local.name));
          const value = element('td');
          value.append(code(local.value));
          row.append(name, value);
          body.append(row);
        }
        table.append(caption, head, body);
        item.append(table);
      }
      list.append(item);
    }
    box.append(list);
  }

  private eventText(event: StepEvent): string {
    switch (event.kind) {
      case 'start':
        return `starts running its body (line ${event.line})`;
      case 'lines':
        return linesText(event.lines, event.more);
      case 'pause':
        return `pauses at the yield on line ${event.line}, handing out ${event.value}`;
      case 'resume':
        return `resumes at line ${event.line}: the yield evaluates to ${event.value}`;
      case 'resume-abrupt':
        return event.how === 'return'
          ? `resumes at line ${event.line}: the yield acts like a return statement`
          : event.how === 'throw'
            ? `resumes at line ${event.line}: the yield throws the error`
            : `resumes at line ${event.line} by return() or throw() from its caller`;
      case 'delegate':
        return `yield* on line ${event.line} delegates to ${event.target}`;
      case 'delegate-end':
        return event.value === null
          ? `yield* on line ${event.line} ends early (an error or return() came through it)`
          : `yield* on line ${event.line} ends: it evaluates to ${event.value}`;
      case 'await':
        return `awaits on line ${event.line}`;
      case 'awaited':
        return `resumes after the await on line ${event.line} with ${event.value}`;
      case 'finally-enter':
        return `enters the finally block (line ${event.line})`;
      case 'finally-exit':
        return `leaves the finally block (line ${event.line})`;
      case 'caught':
        return `catches ${event.error} (line ${event.line})`;
      case 'return':
        return `returns ${event.value} (line ${event.line})`;
      case 'end':
        return 'runs off the end of its body';
      case 'throw-out':
        return `${event.error} escapes the body at line ${event.line}: nothing caught it`;
      case 'finish':
        return event.threw ? 'is completed: the uncaught error ended it' : 'is completed';
      case 'console':
        return `prints: ${event.text}`;
      case 'dropped':
        return `… and ${event.count} more events not shown`;
    }
  }

  private addStep(step: StepView) {
    this.steps.push(step);
    if (this.steps.length > MAX_STEPS_SHOWN) this.steps.shift();
    this.timeline.append(this.renderStep(step, this.steps.length - 1));
    while (this.timeline.children.length > MAX_STEPS_SHOWN) this.timeline.firstElementChild!.remove();
  }

  private renderTimeline() {
    this.timeline.replaceChildren(...this.steps.map((step, index) => this.renderStep(step, index)));
  }

  private renderStep(step: StepView, index: number): HTMLLIElement {
    const item = element('li', 'stepper-step');
    item.dataset.step = String(index);
    const call = element('div', 'stepper-lane-caller stepper-call-out');
    call.append(element('span', 'visually-hidden', 'Caller: '), code(step.call));
    const side = element('div', 'stepper-lane-gen');
    side.append(element('span', 'visually-hidden', 'Generator: '));
    if (step.events.length === 0) side.append(element('p', 'stepper-quiet', step.quiet));
    else {
      const list = element('ul', 'stepper-events');
      for (const event of step.events) {
        const li = element('li', `stepper-event stepper-event-${event.kind}`);
        if ('frame' in event && event.frame !== this.fn) li.append(element('strong', undefined, `${event.frame}: `));
        li.append(document.createTextNode(this.eventText(event)));
        list.append(li);
      }
      side.append(list);
    }
    const result = element('div', `stepper-lane-caller stepper-call-back stepper-result-${step.result.kind}`);
    const lead = step.result.kind === 'threw' ? 'throws ' : 'gets ';
    result.append(
      element('span', 'visually-hidden', 'Caller: '),
      document.createTextNode(lead),
      step.result.kind === 'stopped' ? document.createTextNode(step.result.text) : code(step.result.text),
    );
    item.append(call, side, result);
    return item;
  }

  private notice(key: string, text: string, kind: 'info' | 'warning' | 'error') {
    let node = this.notices.querySelector<HTMLElement>(`[data-notice="${key}"]`);
    if (!node) {
      node = element('p', 'notice');
      node.dataset.notice = key;
      this.notices.append(node);
    }
    node.dataset.kind = kind;
    node.textContent = text;
  }

  private clearNotice(key: string) {
    this.notices.querySelector(`[data-notice="${key}"]`)?.remove();
  }

  private announce(text: string) {
    // A change of text is what a screen reader announces: clear first so a repeat is announced too.
    this.live.textContent = '';
    requestAnimationFrame(() => (this.live.textContent = text));
  }
}
