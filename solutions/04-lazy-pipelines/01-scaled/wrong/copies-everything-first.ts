// Spreads the source into an array at the call: eager, and never finishes on an endless source.
export function scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  const all = [...values];
  return (function* () {
    for (const value of all) yield value * factor;
  })();
}
