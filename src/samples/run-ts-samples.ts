/**
 * Runs TypeScript lesson samples the way a learner's browser does: each is
 * type-checked alone with the course options, transpiled, and run as the body
 * of a fresh async function in a Web Worker of one headless Chromium page
 * (see browser-runner.ts for how workers are kept apart).
 */
import ts from 'typescript';
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilerOptionsFor, formatDiagnostic } from '../cli/course-compiler';
import type { RunResult } from './compare-output';
import type { SampleJob, SampleRunnerPage } from './sample-job';
import { mapWithConcurrency } from './map-with-concurrency';
import { launchChromium } from '../cli/chromium';

export interface TsSample {
  code: string;
  /** Lesson line of the opening fence, to point type errors at the lesson line. */
  line?: number;
}

export interface TsRunOptions {
  timeoutMs?: number;
  maxLines?: number;
  /** Samples running at once, each in its own worker. */
  concurrency?: number;
  chromiumPath?: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const learnerTypesDir = join(here, '../grader/learner-types');
/** Where the in-memory sample files pretend to live; nothing is written there. */
const virtualRoot = join(here, '.virtual-samples');
const sampleFile = (index: number) => join(virtualRoot, String(index), 'sample.ts');

function isImportOrExport(statement: ts.Statement): boolean {
  if (ts.isImportDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) return true;
  if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) return true;
  return ts.canHaveModifiers(statement) && !!ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/**
 * Type-checks every sample as its own module (so top-level `await` works and
 * no sample sees another's names) in one program, which is much faster than
 * one program each. Returns the formatted errors per sample (empty when clean).
 */
export function typecheckSamples(samples: readonly TsSample[], env: 'browser' | 'node' = 'browser'): string[][] {
  // In Node, Node's own types replace the course's few host declarations (console, timers).
  const options: ts.CompilerOptions = {
    ...compilerOptionsFor(),
    moduleDetection: ts.ModuleDetectionKind.Force,
    ...(env === 'node' ? { types: ['node'] } : {}),
  };
  const ambient = env === 'node' ? [] : [join(learnerTypesDir, 'ambient.d.ts')];
  const files = new Map(samples.map((sample, i) => [sampleFile(i), sample.code]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const text = files.get(file);
    if (text === undefined) return getSourceFile.call(host, file, languageVersion, onError, shouldCreate);
    return ts.createSourceFile(file, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...ambient, ...files.keys()], options, host });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (global.length) throw new Error(`the course compiler options do not work: ${formatDiagnostic(global[0], process.cwd())}`);

  return samples.map((sample, i) => {
    const file = program.getSourceFile(sampleFile(i))!;
    const lessonLine = (d: ts.Diagnostic) =>
      sample.line === undefined || d.start === undefined ? '' : ` (lesson line ${sample.line + 1 + file.getLineAndCharacterOfPosition(d.start).line})`;
    const errors = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
      (d) => formatDiagnostic(d, join(virtualRoot, String(i))) + lessonLine(d),
    );
    // A Node sample may import Node's own modules (`node:fs`); nothing else is importable.
    const nodeImport = (st: ts.Statement) =>
      env === 'node' && ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text.startsWith('node:');
    if (file.statements.some((st) => isImportOrExport(st) && !nodeImport(st))) {
      errors.push(`sample.ts: a sample runs alone: it cannot import or export${env === 'node' ? " (other than import … from 'node:…')" : ''}`);
    }
    return errors;
  });
}

/** The JavaScript a sample runs as: types removed, ES2022, the body of an async function. */
export function transpileSample(code: string): string {
  const { outputText } = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleDetection: ts.ModuleDetectionKind.Force },
  });
  return outputText.replace(/^export \{\};\s*$/m, '');
}

/** The page-side runner (browser-runner.ts and the console formatter) as one script. */
export async function bundleBrowserRunner(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'browser-runner.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Type-checks and runs the samples; one result per sample, in order. */
export async function runTsSamples(samples: readonly TsSample[], options: TsRunOptions = {}): Promise<RunResult[]> {
  if (samples.length === 0) return [];
  const { timeoutMs = 5000, maxLines = 1000, concurrency = 4 } = options;
  // Chromium starts in its own process while this one type-checks.
  const launching = launchChromium(options.chromiumPath);
  launching.catch(() => {});
  const bundling = bundleBrowserRunner();
  bundling.catch(() => {});
  let typeErrors: string[][];
  try {
    typeErrors = typecheckSamples(samples);
  } catch (error) {
    await launching.then(
      (browser) => browser.close(),
      () => {},
    );
    throw error;
  }

  const browser = await launching;
  try {
    const bundle = await bundling;
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><title>lesson samples</title>');
    await page.addScriptTag({ content: `var __sampleRunnerSource = ${JSON.stringify(bundle)};\n${bundle}` });

    return await mapWithConcurrency(samples, concurrency, async (sample, i): Promise<RunResult> => {
      if (typeErrors[i].length) return { lines: [], error: typeErrors[i].join('; '), errorKind: 'type' };
      const job: SampleJob = { js: transpileSample(sample.code), timeoutMs, maxLines };
      // Runs in the page, where browser-runner.ts has defined runSample.
      return page.evaluate((job) => (globalThis as unknown as SampleRunnerPage).runSample(job), job);
    });
  } finally {
    await browser.close();
  }
}
