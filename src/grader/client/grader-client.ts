import type {
  CheckResponse,
  CompileOutput,
  CompilerMessage,
  CompilerRequest,
  CompilerResponse,
  ExerciseSource,
  HelpResponse,
  InstrumentResponse,
} from '../protocol/compiler-protocol';
import type { HelpAnswer, HelpQuery } from '../protocol/editor-help';
import type { InstrumentOutput } from '../protocol/instrumented-sample';
import type { CompiledExercise } from '../protocol/runner-protocol';
import { takeCompiler } from './compiler-start';
import { type RunnerHost, WorkerRunners } from './runner-host';
import { collectRun } from '../protocol/run-collector';
import { tooLongReason } from '../protocol/limits';
import { type Diagnostic, notRunVerdict, ranVerdict, SYNTAX_ERROR_REASON, type TestResult, type Verdict } from '../protocol/verdict';

/** What the page knows about an exercise; the compiler worker fetches the tests themselves when it warms up or checks. */
export interface ExerciseRef {
  id: string;
  stubName: string;
  testUrl: string;
  /** SHA-256 of the tests as the build served them: a copy that differs is refused. */
  testHash: string;
  timeoutMs: number;
}

export { MAX_CODE_BYTES } from '../protocol/limits';

/** Starting the compiler may take a while on a slow machine; this is only for a compiler that never answers. */
const COMPILER_START_LIMIT_MS = 30_000;

export interface CheckProgress {
  onTestEnd?(result: TestResult): void;
}

/** A project's other files (by name) beside the entry's code, and for the editor's help the file it is about. */
export interface ProjectFiles {
  files?: Record<string, string>;
  active?: string;
}

const source = (exercise: ExerciseRef, code: string, project: ProjectFiles = {}): ExerciseSource => ({
  exerciseId: exercise.id,
  stubName: exercise.stubName,
  testUrl: exercise.testUrl,
  testHash: exercise.testHash,
  code,
  ...(project.files && Object.keys(project.files).length > 0 ? { files: project.files } : {}),
  ...(project.active ? { active: project.active } : {}),
});

/**
 * The page's side of grading. One compiler worker lives as long as the page;
 * learner code runs in a separate, disposable runner that is terminated when
 * a test runs longer than the exercise's limit. Runners are started ahead
 * (runner-host.ts), so a check does not wait for one; by default they are
 * workers of the page, the class view hosts them in a sandboxed frame. The
 * tests start as soon as the code is compiled, while the compiler goes on
 * checking its types.
 */
export class GraderClient {
  private compiler: Worker | null = null;
  private readonly runners: RunnerHost;
  private nextId = 1;
  private readonly pending = new Map<number, (response: CompilerResponse) => void>();

  constructor(options: { runners?: RunnerHost } = {}) {
    this.runners = options.runners ?? new WorkerRunners();
  }

  /**
   * Starts the compiler, and a spare runner once the compiler has loaded. The
   * compiler loads its libraries and checks the given exercises as they stand
   * (their tests fetched, their code checked), so the learner's first check
   * redoes only what they change. Safe to call often.
   */
  warm(exercises: { exercise: ExerciseRef; code: string; files?: Record<string, string> }[] = []): void {
    const fresh = !this.compiler;
    const compiler = this.compilerWorker();
    if (fresh || exercises.length > 0)
      compiler.postMessage({
        kind: 'warm',
        exercises: exercises.map(({ exercise, code, files }) => source(exercise, code, { files })),
      } satisfies CompilerRequest);
  }

  private compilerWorker(): Worker {
    if (!this.compiler) {
      const { worker, early } = takeCompiler();
      const onMessage = (event: MessageEvent<CompilerMessage>) => {
        const message = event.data;
        if ('kind' in message && message.kind === 'loaded') this.runners.compilerLoaded();
        else this.pending.get(message.id)?.(message);
      };
      const onError = (event: ErrorEvent) => this.failCompiler(`the compiler stopped: ${event.message || 'unknown error'}`);
      this.compiler = worker;
      worker.onmessage = onMessage;
      worker.onerror = onError;
      // Handled as events are, after the caller's own work: the caller may be about to post to this worker.
      queueMicrotask(() => {
        for (const event of early) {
          if (event instanceof MessageEvent) onMessage(event);
          else onError(event);
        }
      });
    }
    return this.compiler;
  }

  private failCompiler(error: string) {
    this.compiler?.terminate();
    this.compiler = null;
    for (const [id, answer] of this.pending) answer({ id, kind: 'failed', error });
    this.pending.clear();
  }

  /** Sends a request and hands each answer to `onAnswer` until it returns true (the last one). */
  private ask(request: CompilerRequest & { id: number }, onAnswer: (response: CompilerResponse) => boolean) {
    const timer = setTimeout(() => this.failCompiler('the compiler did not answer in time'), COMPILER_START_LIMIT_MS);
    this.pending.set(request.id, (response) => {
      if (!onAnswer(response)) return;
      clearTimeout(timer);
      this.pending.delete(request.id);
    });
    this.compilerWorker().postMessage(request);
  }

  /** The check's two halves, as the compiler answers them. */
  private compile(exercise: ExerciseRef, code: string, files?: Record<string, string>): { compiled: Promise<CompileOutput>; checked: Promise<Diagnostic[]> } {
    let compiled!: { resolve(output: CompileOutput): void; reject(error: Error): void };
    let checked!: { resolve(diagnostics: Diagnostic[]): void; reject(error: Error): void };
    const halves = {
      compiled: new Promise<CompileOutput>((resolve, reject) => (compiled = { resolve, reject })),
      checked: new Promise<Diagnostic[]>((resolve, reject) => (checked = { resolve, reject })),
    };
    halves.checked.catch(() => {}); // awaited only after a successful compile
    this.ask({ kind: 'check', id: this.nextId++, ...source(exercise, code, { files }) }, (answer) => {
      const response = answer as CheckResponse;
      if (response.kind === 'compiled') compiled.resolve(response.output);
      if (response.kind === 'checked') checked.resolve(response.diagnostics);
      if (response.kind === 'failed') {
        compiled.reject(new Error(response.error));
        checked.reject(new Error(response.error));
      }
      return response.kind !== 'compiled';
    });
    return halves;
  }

  /**
   * For the generator stepper (src/stepper): type-checks a lesson sample and
   * returns it instrumented, on the same compiler worker as the checks.
   */
  instrument(sampleId: string, code: string): Promise<InstrumentOutput> {
    return new Promise((resolve, reject) => {
      this.ask({ kind: 'instrument', id: this.nextId++, sampleId, code }, (answer) => {
        const response = answer as InstrumentResponse | Extract<CheckResponse, { kind: 'failed' }>;
        if ('ok' in response && response.ok) resolve(response.output);
        else reject(new Error('error' in response ? response.error : 'the compiler failed'));
        return true;
      });
    });
  }

  /**
   * The editor's question about the code as it stands: diagnostics,
   * completions, quick info or signature help. The worker answers checks
   * first; a question overtaken by a newer one of its kind is answered `superseded`.
   */
  help(exercise: ExerciseRef, code: string, query: HelpQuery, project: ProjectFiles = {}): Promise<HelpAnswer> {
    return new Promise((resolve, reject) => {
      this.ask({ kind: 'help', id: this.nextId++, ...source(exercise, code, project), query }, (answer) => {
        const response = answer as HelpResponse;
        if (response.kind === 'helped') resolve(response.answer);
        else reject(new Error(response.error));
        return true;
      });
    });
  }

  /** Checks the learner's code; for a project, `files` holds its other files by name, checked together with the entry. */
  async check(exercise: ExerciseRef, code: string, progress: CheckProgress = {}, files?: Record<string, string>): Promise<Verdict> {
    const started = performance.now();
    const notRun = (reason: string, diagnostics: Diagnostic[] = []): Verdict => notRunVerdict(reason, diagnostics, performance.now() - started);
    const couldNotCheck = (error: unknown) =>
      notRun(`The course could not check your code: ${(error as Error).message}. Check again; if it happens again, reload the page.`);
    const tooLong = [code, ...Object.values(files ?? {})].map(tooLongReason).find(Boolean);
    if (tooLong) return notRun(tooLong);
    this.warm();
    const halves = this.compile(exercise, code, files);
    let output: CompileOutput;
    try {
      output = await halves.compiled;
    } catch (error) {
      return couldNotCheck(error);
    }
    if (!output.compiled) return notRun(SYNTAX_ERROR_REASON, output.diagnostics);
    // The tests run while the compiler checks the types.
    const since = () => performance.now() - started;
    const compiledAt = since();
    let testedAt = 0;
    const running = this.run(output.compiled, exercise.timeoutMs, progress).finally(() => (testedAt = since()));
    let diagnostics: Diagnostic[];
    try {
      diagnostics = await halves.checked;
    } catch (error) {
      return couldNotCheck(error); // the run ends by itself, within its time limit
    }
    const typeCheckedAt = since();
    const run = await running;
    // After the verdict is on its way: the learner reads it while the spares start.
    setTimeout(() => this.runners.replenish(), 0);
    return { ...ranVerdict(diagnostics, run, since()), phases: { compiled: compiledAt, typeChecked: typeCheckedAt, tested: testedAt } };
  }

  private run(compiled: CompiledExercise, limitMs: number, progress: CheckProgress) {
    const { connection, onStarted } = this.runners.connect(compiled);
    return collectRun(connection, { limitMs, onStarted, onTestEnd: progress.onTestEnd });
  }
}

let shared: GraderClient | undefined;

/** The page's one GraderClient, so exercises and steppers share one compiler worker (one TypeScript). */
export function pageGraderClient(): GraderClient {
  return (shared ??= new GraderClient());
}
