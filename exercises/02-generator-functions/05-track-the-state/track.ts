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
  let state: GeneratorState = 'suspended-start';
  return {
    // A getter: every read of `tracked.state` sees the variable as it is now.
    get state() {
      return state;
    },
    next() {
      // TODO: update `state` around this call: before it, after it returns,
      // and when the body throws
      return generator.next();
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
