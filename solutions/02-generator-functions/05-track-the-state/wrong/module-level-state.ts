// Keeps the state in one module-level variable, so every tracked generator reports the state of the last one resumed.
export type GeneratorState = 'suspended-start' | 'running' | 'suspended-yield' | 'completed';

export interface TrackedGenerator<T, R> {
  /** Where the generator is in its lifecycle at this moment. */
  readonly state: GeneratorState;
  /** Resumes the generator, exactly like generator.next(). */
  next(): IteratorResult<T, R>;
  [Symbol.iterator](): TrackedGenerator<T, R>;
}

let state: GeneratorState = 'suspended-start';

export function track<T, R>(generator: Generator<T, R, undefined>): TrackedGenerator<T, R> {
  state = 'suspended-start';
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
