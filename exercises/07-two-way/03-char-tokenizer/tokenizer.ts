export type Token =
  | { kind: 'number'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'symbol'; text: string };

/**
 * Feed one character at a time with next(ch) and end the input with next(null).
 * Prime with next() (yields []); each next(ch) yields the tokens that ch completes;
 * next(null) returns the tokens still pending, with done: true.
 */
export function* tokenizer(): Generator<Token[], Token[], string | null> {
  // TODO: build numbers and words character by character, emit symbols,
  // skip whitespace, and return the pending token when null arrives
  let ch = yield [];
  while (ch !== null) {
    ch = yield [];
  }
  return [];
}
