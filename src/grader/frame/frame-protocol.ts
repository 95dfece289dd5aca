import type { CompiledExercise } from '../runner/run-tests';

/**
 * What the page and the grading frame (runner-frame.ts) say to each other.
 * The page posts `ConnectMessage` to the frame's window once, with a
 * MessagePort; everything else travels on that port.
 */
export interface ConnectMessage {
  kind: 'connect';
  /** The runner worker's script (the built runner.worker bundle). */
  source: string;
  /** Runners the frame keeps started ahead. */
  spares: number;
}

export type ToFrame =
  /** Run one check in a fresh runner; the results' port travels with it. */
  | { kind: 'run'; id: number; job: CompiledExercise }
  /** The run is over (finished, or stopped after its time limit): end its runner. */
  | { kind: 'stop'; id: number };

export type FromFrame =
  | { kind: 'ready' }
  /** Sent every HEARTBEAT_MS: a frame that falls silent has lost its process. */
  | { kind: 'alive' }
  /** The runner of run `id` failed (an error event on the worker). */
  | { kind: 'crashed'; id: number; message: string };

export const HEARTBEAT_MS = 200;
