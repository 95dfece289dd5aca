import { spawn } from 'node:child_process';
import type { RunResult } from './compare-output';

/** How long an interpreter may take to start before the sample's own time limit begins (a busy machine is slow to start one). */
export const START_ALLOWANCE_MS = 30_000;

export interface ScriptRun {
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  maxLines: number;
  /** What a runaway is told, after "still running after N ms". */
  runawayHint: string;
  /** The error name for output past `maxLines` in this language (`RuntimeError`, `RangeError`). */
  errorName: string;
}

/**
 * Runs one sample as a process of its own, for the samples checked under
 * CPython and Node. The process's wrapper (the caller's) writes `\x06` to
 * file descriptor 3 once the sample starts — the time limit counts from
 * there, not from the interpreter's start-up — and then, if the sample threw,
 * `Name: message`. Standard output and error are one transcript, as a terminal shows them.
 */
export function runScript(run: ScriptRun): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(run.command, run.args, { cwd: run.cwd, env: run.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let output = '';
    let report = '';
    let stopped: RunResult | null = null;
    const stop = (result: RunResult) => {
      stopped ??= result;
      child.kill('SIGKILL');
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => stop({ lines: [], error: `still running after ${run.timeoutMs} ms (${run.runawayHint})`, errorKind: 'timeout' }), ms);
    };
    arm(run.timeoutMs + START_ALLOWANCE_MS);
    const collect = (chunk: string) => {
      output += chunk;
      if (output.split('\n').length - 1 > run.maxLines) stop({ lines: [], error: `${run.errorName}: printed more than ${run.maxLines} lines` });
    };
    child.stdout!.setEncoding('utf8').on('data', collect);
    child.stderr!.setEncoding('utf8').on('data', collect);
    (child.stdio[3] as NodeJS.ReadableStream).setEncoding('utf8').on('data', (chunk: string) => {
      if (report === '' && chunk.startsWith('\x06')) arm(run.timeoutMs);
      report += chunk;
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      const lines = output.split('\n');
      if (lines.at(-1) === '') lines.pop();
      const ms = Math.round(performance.now() - started);
      if (stopped) resolve({ ...stopped, lines: stopped.errorKind === 'timeout' ? lines : lines.slice(0, run.maxLines), ms });
      else if (report.slice(1)) resolve({ lines, error: report.slice(1), errorKind: 'runtime', ms });
      else if (status !== 0) resolve({ lines, error: `${run.command} exited with status ${status}`, errorKind: 'runtime', ms });
      else resolve({ lines, error: null, ms });
    });
  });
}
