// Delegates with yield* but does not return its value, so the generator's return value is always undefined.
export function* withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  const resource = acquire();
  try {
    yield* use(resource);
    return undefined as TReturn;
  } finally {
    release(resource);
  }
}
