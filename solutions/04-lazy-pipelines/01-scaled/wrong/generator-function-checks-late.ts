// A generator function: nothing, not even [Symbol.iterator](), runs until the first next().
export function* scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  for (const value of values) yield value * factor;
}
