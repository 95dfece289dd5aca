// Spreads the lines into an array and filters it: the whole log is read first, and an endless one never finishes.
export function* errorLines(lines: Iterable<string>): Generator<string, void, undefined> {
  yield* [...lines].filter((line) => line.includes('ERROR')).map((line) => line.replace(/\r?\n$/, ''));
}
