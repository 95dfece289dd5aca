/** Yields the items of `source`, then the same items again, forever. */
export function* cycle<T>(source: Iterable<T>): Generator<T, void, undefined> {
  // TODO: yield each item of source as it arrives, keeping a copy; then repeat the copies forever.
}
