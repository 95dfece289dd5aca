import type { CompileRequest, CompileResponse, InstrumentRequest, InstrumentResponse } from './compiler-protocol';
import type { InstrumentOutput } from '../stepper/compile-sample';
import type { CheckOutput } from './check-service';
import type { RunnerMessage } from './runner-protocol';
import { isSolved, type ConsoleLine, type RunOutcome, type TestResult, type Verdict } from './verdict';

/** What the page knows about an exercise; the tests themselves stay on the server until a check. */
export interface ExerciseRef {
  id: string;
  stubName: string;
  testUrl: string;
  timeoutMs: number;
}

/** Exercises are small: code longer than this is refused before it reaches the compiler. */
export const MAX_CODE_BYTES = 200_000;

/** Starting the compiler may take a while on a slow machine; this is only for a compiler that never answers. */
const COMPILER_START_LIMIT_MS = 30_000;

export interface CheckProgress {
  onTestEnd?(result: TestResult): void;
}

/**
 * The page's side of grading. One compiler worker lives as long as the page;
 * learner code runs in a separate, disposable runner worker that is terminated
 * when a test runs longer than the exercise's limit. A spare runner is always
 * started ahead, so the check after a timeout does not wait for one.
 */
export class GraderClient {
  private compiler: Worker | null = null;
  private spare: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (response: CompileResponse) => void>();

  /** Starts both workers and has the compiler load its libraries. Safe to call often. */
  warm(): void {
    this.compilerWorker();
    this.spare ??= this.newRunner();
  }

  private compilerWorker(): Worker {
    if (!this.compiler) {
      this.compiler = new Worker(new URL('./compiler.worker.ts', import.meta.url), { type: 'module', name: 'compiler' });
      this.compiler.onmessage = (event: MessageEvent<CompileResponse>) => {
        this.pending.get(event.data.id)?.(event.data);
        this.pending.delete(event.data.id);
      };
      this.compiler.onerror = (event) => this.failCompiler(`the compiler stopped: ${event.message || 'unknown error'}`);
      this.compiler.postMessage('warm');
    }
    return this.compiler;
  }

  private failCompiler(error: string) {
    this.compiler?.terminate();
    this.compiler = null;
    for (const [id, resolve] of this.pending) resolve({ id, ok: false, error });
    this.pending.clear();
  }

  private newRunner(): Worker {
    return new Worker(new URL('./runner.worker.ts', import.meta.url), { type: 'module', name: 'runner' });
  }

  private compile(exercise: ExerciseRef, code: string): Promise<CheckOutput> {
    const request: CompileRequest = { id: this.nextId++, exerciseId: exercise.id, stubName: exercise.stubName, testUrl: exercise.testUrl, code };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.failCompiler('the compiler did not answer in time'), COMPILER_START_LIMIT_MS);
      this.pending.set(request.id, (response) => {
        clearTimeout(timer);
        if (response.ok) resolve(response.output);
        else reject(new Error(response.error));
      });
      this.compilerWorker().postMessage(request);
    });
  }

  /**
   * For the generator stepper (src/stepper): type-checks a lesson sample and
   * returns it instrumented, on the same compiler worker as the checks.
   */
  instrument(sampleId: string, code: string): Promise<InstrumentOutput> {
    const request: InstrumentRequest = { kind: 'instrument', id: this.nextId++, sampleId, code };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.failCompiler('the compiler did not answer in time'), COMPILER_START_LIMIT_MS);
      this.pending.set(request.id, (answer) => {
        clearTimeout(timer);
        const response = answer as CompileResponse | InstrumentResponse;
        if (response.ok) resolve(response.output as InstrumentOutput);
        else reject(new Error(response.error));
      });
      this.compilerWorker().postMessage(request);
    });
  }

  async check(exercise: ExerciseRef, code: string, progress: CheckProgress = {}): Promise<Verdict> {
    const started = performance.now();
    const size = new Blob([code]).size;
    if (size > MAX_CODE_BYTES) {
      const reason = `Your code is ${(size / 1024).toFixed(0)} KB long; the checker accepts up to ${MAX_CODE_BYTES / 1000} KB. An exercise needs a few dozen lines — remove what you pasted in.`;
      return { diagnostics: [], tests: [], console: [], outcome: { kind: 'not-run', reason }, solved: false, durationMs: performance.now() - started };
    }
    this.warm();
    let output: CheckOutput;
    try {
      output = await this.compile(exercise, code);
    } catch (error) {
      const reason = `The course could not check your code: ${(error as Error).message}. Reload the page and try again.`;
      return { diagnostics: [], tests: [], console: [], outcome: { kind: 'not-run', reason }, solved: false, durationMs: performance.now() - started };
    }
    const { diagnostics, compiled } = output;
    if (!compiled) {
      const outcome = { kind: 'not-run' as const, reason: 'Your code has a syntax error, so the tests could not run. Fix the marked line first.' };
      return { diagnostics, tests: [], console: [], outcome, solved: false, durationMs: performance.now() - started };
    }
    const run = await this.run(compiled, exercise.timeoutMs, progress);
    const verdict = { diagnostics, ...run };
    return { ...verdict, solved: isSolved(verdict), durationMs: performance.now() - started };
  }

  private run(compiled: NonNullable<CheckOutput['compiled']>, limitMs: number, progress: CheckProgress) {
    const runner = this.spare ?? this.newRunner();
    this.spare = this.newRunner();
    const channel = new MessageChannel();
    const tests: TestResult[] = [];
    const console: ConsoleLine[] = [];

    return new Promise<{ tests: TestResult[]; console: ConsoleLine[]; outcome: RunOutcome }>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let current: string[] | null = null;
      const finish = (outcome: RunOutcome) => {
        clearTimeout(timer);
        runner.terminate();
        channel.port1.close();
        resolve({ tests, console, outcome });
      };
      // Each test gets the exercise's limit, counted from when it starts; the
      // clock never includes the runner's own start-up.
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => finish({ kind: 'timeout', limitMs, testPath: current }), limitMs);
      };
      runner.onerror = (event) => {
        event.preventDefault();
        finish({ kind: 'crashed', message: event.message || 'the test runner stopped unexpectedly' });
      };
      channel.port1.onmessage = (event: MessageEvent<RunnerMessage>) => {
        const message = event.data;
        switch (message.type) {
          case 'started':
            arm();
            break;
          case 'test-start':
            current = message.path;
            arm();
            break;
          case 'test-end':
            tests.push(message.result);
            progress.onTestEnd?.(message.result);
            break;
          case 'console':
            console.push(message.line);
            break;
          case 'console-dropped':
            console.push({ level: 'info', text: `… ${message.count} more lines of console output not shown` });
            break;
          case 'done':
            finish(message.result.kind === 'finished' ? { kind: 'finished' } : message.result);
            break;
          case 'crashed':
            finish({ kind: 'crashed', message: message.message });
            break;
        }
      };
      runner.postMessage(compiled, [channel.port2]);
    });
  }
}

let shared: GraderClient | undefined;

/** The page's one GraderClient, so exercises and steppers share one compiler worker (one TypeScript). */
export function pageGraderClient(): GraderClient {
  return (shared ??= new GraderClient());
}
