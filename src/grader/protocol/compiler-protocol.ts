import type { CompiledExercise } from './runner-protocol';
import type { InstrumentOutput } from './instrumented-sample';
import type { Diagnostic } from './verdict';
import type { HelpAnswer, HelpQuery } from './editor-help';

/** An exercise as the compiler worker needs it: where its tests are, and the learner's code. */
export interface ExerciseSource {
  exerciseId: string;
  stubName: string;
  /** Where the hidden tests are fetched from, the first time this exercise is checked. */
  testUrl: string;
  /** SHA-256 of the tests' exact bytes, fixed at build time (src/course/served-files.ts). */
  testHash: string;
  /** The entry file's code (the stub's name). */
  code: string;
  /** A project's other files' code, by file name (`parse.ts`): compiled and type-checked with the entry. */
  files?: Record<string, string>;
  /** For the editor's help in a project: the file it is about (absent: the entry). */
  active?: string;
}

/** Check one exercise. Answered twice: `compiled` (the tests can start), then `checked`. */
export interface CheckRequest extends ExerciseSource {
  kind: 'check';
  id: number;
}

/**
 * Get ready for checks: load the libraries, fetch the tests of the page's
 * exercises and check their current code, so the learner's first check
 * re-checks only what they changed. With no exercises, a built-in sample.
 */
export interface WarmRequest {
  kind: 'warm';
  exercises: ExerciseSource[];
}

/** The generator stepper's request (src/stepper): type-check a lesson sample and return it instrumented. */
export interface InstrumentRequest {
  kind: 'instrument';
  id: number;
  /** Names the sample's file in the language service (one per stepper). */
  sampleId: string;
  code: string;
}

/**
 * The editor's question about the code as it stands (src/editor/editor-help.ts).
 * A check goes first; a question overtaken by a newer one of the same kind is answered `superseded`.
 */
export interface HelpRequest extends ExerciseSource {
  kind: 'help';
  id: number;
  query: HelpQuery;
}

export type CompilerRequest = CheckRequest | WarmRequest | InstrumentRequest | HelpRequest;

export type CheckResponse =
  /** Syntax errors and the JavaScript to run; the type check goes on. */
  | { id: number; kind: 'compiled'; output: CompileOutput }
  /** Every diagnostic of the check: the syntax errors again, then the type errors. */
  | { id: number; kind: 'checked'; diagnostics: Diagnostic[] }
  | { id: number; kind: 'failed'; error: string };

export type HelpResponse = { id: number; kind: 'helped'; answer: HelpAnswer } | { id: number; kind: 'failed'; error: string };

export type InstrumentResponse = { id: number; ok: true; output: InstrumentOutput } | { id: number; ok: false; error: string };

/** Sent once, when the worker has loaded TypeScript and can take requests. */
export interface LoadedNotice {
  kind: 'loaded';
}

export type CompilerResponse = CheckResponse | InstrumentResponse | HelpResponse;
export type CompilerMessage = CompilerResponse | LoadedNotice;

export interface CheckOutput {
  /** Syntax errors, then (after a type check) type errors. */
  diagnostics: Diagnostic[];
  /** Null when a syntax error means the code cannot run. */
  compiled: CompiledExercise | null;
}

/** The first half of a check, enough to start the tests: its diagnostics are syntax errors only. */
export type CompileOutput = CheckOutput;
