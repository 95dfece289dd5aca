// Keeps the iterator in a module-level variable, so a second call takes over the first one's source.
let iterator: Iterator<number>;

export function scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  iterator = values[Symbol.iterator]();
  return scaleEach(factor);
}

function* scaleEach(factor: number): Generator<number, void, undefined> {
  for (const value of { [Symbol.iterator]: () => iterator }) yield value * factor;
}
