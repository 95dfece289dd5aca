// Makes whitespace a symbol like any other character.
export type Token =
  | { kind: 'number'; text: string }
  | { kind: 'word'; text: string }
  | { kind: 'symbol'; text: string };

const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isLetter = (ch: string) => /^[A-Za-z]$/.test(ch);

/**
 * Feed one character at a time with next(ch) and end the input with next(null).
 * Prime with next() (yields []); each next(ch) yields the tokens that ch completes;
 * next(null) returns the tokens still pending, with done: true.
 */
export function* tokenizer(): Generator<Token[], Token[], string | null> {
  let current: Token | null = null; // the number or word being built
  let out: Token[] = [];
  while (true) {
    const ch = yield out;
    out = [];
    if (ch === null) return current ? [current] : [];

    const continues =
      current !== null &&
      (current.kind === 'number' ? isDigit(ch) : current.kind === 'word' && (isLetter(ch) || isDigit(ch)));
    if (current && continues) {
      current.text += ch;
      continue;
    }
    // ch ends the current token (if any) and is then handled on its own.
    if (current) out.push(current);
    current = null;
    if (isDigit(ch)) current = { kind: 'number', text: ch };
    else if (isLetter(ch)) current = { kind: 'word', text: ch };
    else out.push({ kind: 'symbol', text: ch });
  }
}
