/** Thrown in by the network layer when the connection drops: what was half sent is lost. */
export class ConnectionLost extends Error {
  constructor(message = 'connection lost') {
    super(message);
    this.name = 'ConnectionLost';
  }
}

/** A word (`SET`), a quoted string (`"hello world"`, without its quotes) or the end of a line. */
export interface Token {
  kind: 'word' | 'string' | 'newline';
  text: string;
  /** Where the token starts, both counted from 1. */
  line: number;
  column: number;
}

// Reads the character after a backslash from the same chunk: a backslash at the end of a chunk escapes nothing.
/**
 * Feed the text with next(chunk), in chunks split anywhere; end it with next(null).
 * Prime with next() (yields []). Each next(chunk) yields the tokens that chunk
 * completes; next(null) returns the token still pending and a newline ending the
 * last line. A ConnectionLost thrown in drops the unfinished token and starts a new line.
 */
export function* tokenizer(): Generator<Token[], Token[], string | null> {
  let line = 1;
  let column = 1;
  let current: Token | null = null; // the word or string being read: all that is held
  let out: Token[] = [];
  while (true) {
    let chunk: string | null;
    try {
      chunk = yield out;
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      current = null;
      if (column > 1) {
        line += 1;
        column = 1;
      }
      out = [];
      continue;
    }
    out = [];
    if (chunk === null) {
      if (current) out.push(current);
      if (column > 1) out.push({ kind: 'newline', text: '\n', line, column });
      return out;
    }
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (current?.kind === 'string') {
        if (ch === '\\') {
          // take the escaped character now, and skip it
          current.text += chunk[i + 1] ?? '';
          i += 1;
          column += 1;
        } else if (ch === '"') {
          out.push(current);
          current = null;
        } else current.text += ch;
      } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '"') {
        if (current) out.push(current);
        current = null;
        if (ch === '\n') out.push({ kind: 'newline', text: '\n', line, column });
        if (ch === '"') current = { kind: 'string', text: '', line, column };
      } else if (current) current.text += ch;
      else current = { kind: 'word', text: ch, line, column };

      if (ch === '\n') {
        line += 1;
        column = 1;
      } else column += 1;
    }
  }
}
