// Copies use()'s values with for…of: nothing sent reaches use(), throw() stays outside it, and its return value is lost.
export function* withResource<R, T, TReturn, TNext>(
  acquire: () => R,
  use: (resource: R) => Generator<T, TReturn, TNext>,
  release: (resource: R) => void,
): Generator<T, TReturn, TNext> {
  const resource = acquire();
  try {
    for (const value of use(resource)) yield value;
    return undefined as TReturn;
  } finally {
    release(resource);
  }
}
