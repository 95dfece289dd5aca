import type { CheckOutput } from './check-service';

export interface CompileRequest {
  id: number;
  exerciseId: string;
  stubName: string;
  /** Where the hidden tests are fetched from, the first time this exercise is checked. */
  testUrl: string;
  code: string;
}

export type CompileResponse = { id: number; ok: true; output: CheckOutput } | { id: number; ok: false; error: string };
