import type { CompiledExercise } from './runner-protocol';
import type { InstrumentOutput } from './instrumented-sample';
import type { Diagnostic } from './verdict';

/** An exercise as the compiler worker needs it: where its tests are, and the learner's code. */
export interface ExerciseSource {
  exerciseId: string;
  stubName: string;
  /** Where the hidden tests are fetched from, the first time this exercise is checked. */
  testUrl: string;
  /** SHA-256 of the tests' exact bytes, fixed at build time (src/course/served-files.ts). */
  testHash: string;
  code: string;
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

export type CompilerRequest = CheckRequest | WarmRequest | InstrumentRequest;

export type CheckResponse =
  /** Syntax errors and the JavaScript to run; the type check goes on. */
  | { id: number; kind: 'compiled'; output: CompileOutput }
  /** Every diagnostic of the check: the syntax errors again, then the type errors. */
  | { id: number; kind: 'checked'; diagnostics: Diagnostic[] }
  | { id: number; kind: 'failed'; error: string };

export type InstrumentResponse = { id: number; ok: true; output: InstrumentOutput } | { id: number; ok: false; error: string };

/** Sent once, when the worker has loaded TypeScript and can take requests. */
export interface LoadedNotice {
  kind: 'loaded';
}

export type CompilerResponse = CheckResponse | InstrumentResponse;
export type CompilerMessage = CompilerResponse | LoadedNotice;

export interface CheckOutput {
  /** Syntax errors, then (after a type check) type errors. */
  diagnostics: Diagnostic[];
  /** Null when a syntax error means the code cannot run. */
  compiled: CompiledExercise | null;
}

/** The first half of a check, enough to start the tests: its diagnostics are syntax errors only. */
export type CompileOutput = CheckOutput;
