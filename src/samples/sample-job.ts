/** What run-ts-samples.ts (Node) hands to browser-runner.ts (the page), and gets back. */
export interface SampleJob {
  js: string;
  timeoutMs: number;
  maxLines: number;
}

export interface SampleRun {
  lines: string[];
  error: string | null;
  errorKind?: 'runtime' | 'timeout';
  ms?: number;
}

/** The page's side: browser-runner.ts defines this on the page's global object. */
export interface SampleRunnerPage {
  runSample(job: SampleJob): Promise<SampleRun>;
}
