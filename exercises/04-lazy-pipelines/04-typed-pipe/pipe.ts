/** A lazy stage of a pipeline: from an iterable of A to an iterable of B. */
export type Stage<A, B> = (source: Iterable<A>) => Iterable<B>;

/** A stage that yields `fn(item)` for every item, lazily. */
export function map<A, B>(fn: (item: A) => B): Stage<A, B> {
  // TODO: return a generator function that maps each item of its source.
  return () => [];
}

/** A stage that yields the items for which `predicate(item)` is true, lazily. */
export function filter<A>(predicate: (item: A) => boolean): Stage<A, A> {
  // TODO
  return () => [];
}

/** A stage that yields the first `n` items and never pulls another. */
export function take<A>(n: number): Stage<A, A> {
  // TODO
  return () => [];
}

/** Feeds `source` through `stages`, left to right. */
// TODO: add overloads (no stage, one stage, … six stages) so that the types flow from stage to stage.
export function pipe(source: Iterable<any>, ...stages: Stage<any, any>[]): Iterable<any> {
  // TODO: apply each stage to the result of the one before.
  return source;
}
