/**
 * Runs the TypeScript lesson samples marked `env="node"` (those that need
 * Node's own modules: `node:fs`, `node:readline`, `node:http`…): each is
 * type-checked with Node's types, transpiled, and run as an ES module in a
 * Node process of its own, with top-level `await` as in the browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunResult } from './compare-output';
import { mapWithConcurrency } from './map-with-concurrency';
import { runScript } from './run-script';
import { transpileSample, typecheckSamples, type TsSample } from './run-ts-samples';

export interface NodeRunOptions {
  timeoutMs?: number;
  maxLines?: number;
  concurrency?: number;
}

/** Imports the sample and reports what stopped it as `Name: message` on file descriptor 3. */
const wrapper = (sampleUrl: string) => `
import { writeSync } from 'node:fs';
const describe = (error) => error instanceof Error ? \`\${error.name}: \${error.message}\` : \`Uncaught \${String(error)}\`;
process.on('unhandledRejection', (error) => { writeSync(3, describe(error)); process.exit(1); });
writeSync(3, '\x06'); // started: the time limit counts from here, not from Node's start-up
try {
  await import(${JSON.stringify(sampleUrl)});
} catch (error) {
  writeSync(3, describe(error));
  process.exitCode = 1;
}
`;

function runOne(dir: string, index: number, js: string, timeoutMs: number, maxLines: number): Promise<RunResult> {
  const file = join(dir, `sample-${index}.mjs`);
  writeFileSync(file, js);
  return runScript({
    command: process.execPath,
    args: ['--input-type=module', '-e', wrapper(pathToFileURL(file).href)],
    cwd: dir,
    timeoutMs,
    maxLines,
    runawayHint: 'endless loop, or a promise that never settles?',
    errorName: 'RangeError',
  });
}

/** Type-checks (with Node's types) and runs the samples; one result per sample, in order. */
export async function runNodeSamples(samples: readonly TsSample[], options: NodeRunOptions = {}): Promise<RunResult[]> {
  if (samples.length === 0) return [];
  const { timeoutMs = 5000, maxLines = 1000, concurrency = 2 } = options;
  const typeErrors = typecheckSamples(samples, 'node');
  const dir = mkdtempSync(join(tmpdir(), 'node-samples-'));
  try {
    return await mapWithConcurrency(samples, concurrency, async (sample, i): Promise<RunResult> => {
      if (typeErrors[i].length) return { lines: [], error: typeErrors[i].join('; '), errorKind: 'type' };
      return runOne(dir, i, transpileSample(sample.code), timeoutMs, maxLines);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
