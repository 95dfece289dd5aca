// Replaces the getter with a plain property, which copies the state once at creation and never changes.
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
    state,
    next() {
      state = 'running';
      try {
        const result = generator.next();
        state = result.done ? 'completed' : 'suspended-yield';
        return result;
      } catch (error) {
        state = 'completed';
        throw error;
      }
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
