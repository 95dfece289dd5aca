import type { CheckOutput } from './check-service';
import type { InstrumentOutput } from '../stepper/compile-sample';

export interface CompileRequest {
  id: number;
  exerciseId: string;
  stubName: string;
  /** Where the hidden tests are fetched from, the first time this exercise is checked. */
  testUrl: string;
  code: string;
}

export type CompileResponse = { id: number; ok: true; output: CheckOutput } | { id: number; ok: false; error: string };

/** The generator stepper's request (src/stepper): type-check a lesson sample and return it instrumented. */
export interface InstrumentRequest {
  kind: 'instrument';
  id: number;
  /** Names the sample's file in the language service (one per stepper). */
  sampleId: string;
  code: string;
}

export type InstrumentResponse = { id: number; ok: true; output: InstrumentOutput } | { id: number; ok: false; error: string };
