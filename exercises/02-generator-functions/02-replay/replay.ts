/**
 * Yields the items of `items`, `rounds` times over, reading `items` only once
 * (each item is passed on as it arrives, and remembered for later rounds).
 */
export function* replay<T>(items: Iterable<T>, rounds: number): Generator<T, void, undefined> {
  // TODO: round one from `items` (remembering each item), the other rounds from memory
}
