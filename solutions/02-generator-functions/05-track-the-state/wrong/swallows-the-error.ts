// Turns the body's exception into { done: true } instead of letting it reach the caller.
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
      try {
        const result = generator.next();
        state = result.done ? 'completed' : 'suspended-yield';
        return result;
      } catch {
        state = 'completed';
        return { value: undefined as R, done: true };
      }
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
