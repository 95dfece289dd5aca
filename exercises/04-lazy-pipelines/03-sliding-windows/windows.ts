/** Yields every run of `size` consecutive items of `source`, each as a new array. */
export function* windows<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  // TODO: keep the last `size` items; yield a copy of them after each item once there are enough.
}
