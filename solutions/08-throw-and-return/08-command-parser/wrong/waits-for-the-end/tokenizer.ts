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

// Keeps every chunk and tokenizes the whole text when next(null) says it is complete:
// right tokens, but none comes out before the end, and the whole input is held.
export function* tokenizer(): Generator<Token[], Token[], string | null> {
  let text = '';
  while (true) {
    let chunk: string | null;
    try {
      chunk = yield [];
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      text = text.slice(0, text.lastIndexOf('\n') + 1);
      continue;
    }
    if (chunk !== null) {
      text += chunk;
      continue;
    }
    const out: Token[] = [];
    let line = 1;
    let column = 1;
    let current: Token | null = null;
    let escaped = false;
    for (const ch of text) {
      if (current?.kind === 'string') {
        if (escaped) {
          current.text += ch;
          escaped = false;
        } else if (ch === '\\') escaped = true;
        else if (ch === '"') {
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
    if (current) out.push(current);
    if (column > 1) out.push({ kind: 'newline', text: '\n', line, column });
    return out;
  }
}
