/** A lazy stage of a pipeline: from an iterable of A to an iterable of B. */
export type Stage<A, B> = (source: Iterable<A>) => Iterable<B>;

/** A stage that yields `fn(item)` for every item, lazily. */
export function map<A, B>(fn: (item: A) => B): Stage<A, B> {
  return function* (source) {
    for (const item of source) yield fn(item);
  };
}

/** A stage that yields the items for which `predicate(item)` is true, lazily. */
export function filter<A>(predicate: (item: A) => boolean): Stage<A, A> {
  return function* (source) {
    for (const item of source) {
      if (predicate(item)) yield item;
    }
  };
}

/** A stage that yields the first `n` items and never pulls another. */
export function take<A>(n: number): Stage<A, A> {
  return function* (source) {
    if (n <= 0) return;
    // The counter lives inside the generator: each run of the stage starts at 0.
    let count = 0;
    for (const item of source) {
      yield item;
      if (++count >= n) return;
    }
  };
}

/** Feeds `source` through `stages`, left to right. */
export function pipe<A>(source: Iterable<A>): Iterable<A>;
export function pipe<A, B>(source: Iterable<A>, s1: Stage<A, B>): Iterable<B>;
export function pipe<A, B, C>(source: Iterable<A>, s1: Stage<A, B>, s2: Stage<B, C>): Iterable<C>;
export function pipe<A, B, C, D>(source: Iterable<A>, s1: Stage<A, B>, s2: Stage<B, C>, s3: Stage<C, D>): Iterable<D>;
export function pipe<A, B, C, D, E>(
  source: Iterable<A>,
  s1: Stage<A, B>,
  s2: Stage<B, C>,
  s3: Stage<C, D>,
  s4: Stage<D, E>,
): Iterable<E>;
export function pipe<A, B, C, D, E, F>(
  source: Iterable<A>,
  s1: Stage<A, B>,
  s2: Stage<B, C>,
  s3: Stage<C, D>,
  s4: Stage<D, E>,
  s5: Stage<E, F>,
): Iterable<F>;
export function pipe<A, B, C, D, E, F, G>(
  source: Iterable<A>,
  s1: Stage<A, B>,
  s2: Stage<B, C>,
  s3: Stage<C, D>,
  s4: Stage<D, E>,
  s5: Stage<E, F>,
  s6: Stage<F, G>,
): Iterable<G>;
// The implementation signature is not visible to callers; only the overloads above are.
export function pipe(source: Iterable<unknown>, ...stages: Stage<any, any>[]): Iterable<unknown> {
  return stages.reduce((current, stage) => stage(current), source);
}
