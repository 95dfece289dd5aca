// Right at run time, but without overloads pipe returns Iterable<any>: no types flow and a stage that does not fit is accepted.
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
export function pipe(source: Iterable<any>, ...stages: Stage<any, any>[]): Iterable<any> {
  return stages.reduce((current, stage) => stage(current), source);
}
