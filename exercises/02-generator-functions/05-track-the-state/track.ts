export type GeneratorState = 'suspended-start' | 'running' | 'suspended-yield' | 'completed';

export interface TrackedGenerator<T, R> {
  /** Where the generator is in its lifecycle at this moment. */
  readonly state: GeneratorState;
  /** Resumes the generator, exactly like generator.next(). */
  next(): IteratorResult<T, R>;
  [Symbol.iterator](): TrackedGenerator<T, R>;
}

/** Wraps a fresh (never resumed) generator so that its state can be read. */
export function track<T, R>(generator: Generator<T, R, undefined>): TrackedGenerator<T, R> {
  // TODO: keep the state up to date around every generator.next() call
  return {
    state: 'suspended-start',
    next: () => generator.next(),
    [Symbol.iterator]() {
      return this;
    },
  };
}
