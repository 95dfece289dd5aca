// Turns each source into an array and concatenates them: eager, and stuck on an endless source.
export function* chain<T>(...sources: Iterable<T>[]): Generator<T, void, undefined> {
  yield* ([] as T[]).concat(...sources.map((source) => [...source]));
}
