/**
 * On the first next(), acquires a resource and then behaves exactly like use(resource),
 * in both directions. Releases the resource exactly once, however the generator ends.
 */
export function* withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  // In the body, so it waits for the first next(); before the try, so a failed
  // acquire() leaves nothing to release.
  const resource = acquire();
  try {
    // yield* forwards next(value), throw() and return() to the inner generator
    // and evaluates to its return value.
    return yield* use(resource);
  } finally {
    release(resource);
  }
}
