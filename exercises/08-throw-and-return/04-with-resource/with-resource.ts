/**
 * On the first next(), acquires a resource and then behaves exactly like use(resource),
 * in both directions. Releases the resource exactly once, however the generator ends.
 */
export function* withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  // TODO: acquire, delegate to use(resource) in both directions, release exactly once
  throw new Error('withResource is not written yet');
}
