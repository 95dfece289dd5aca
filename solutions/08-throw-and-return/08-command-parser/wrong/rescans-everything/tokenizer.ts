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

/** Tokenizes `text` from its start: the finished tokens, the unfinished one, and where the text ends. */
function scan(text: string) {
  const done: Token[] = [];
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
        done.push(current);
        current = null;
      } else current.text += ch;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === '"') {
      if (current) done.push(current);
      current = null;
      if (ch === '\n') done.push({ kind: 'newline', text: '\n', line, column });
      if (ch === '"') current = { kind: 'string', text: '', line, column };
    } else if (current) current.text += ch;
    else current = { kind: 'word', text: ch, line, column };
    if (ch === '\n') {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return { done, current, line, column };
}

// Keeps everything it was sent and tokenizes it all again for each chunk, handing out
// the tokens it had not handed out yet: the right tokens at the right time, but the
// whole input is held, and each chunk costs as much as everything before it.
export function* tokenizer(): Generator<Token[], Token[], string | null> {
  let text = '';
  let handedOut = 0;
  let out: Token[] = [];
  while (true) {
    let chunk: string | null;
    try {
      chunk = yield out;
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      // forget the unfinished line; if it had anything, what comes next starts a new one
      const { column } = scan(text);
      text = text.slice(0, text.lastIndexOf('\n') + 1) + (column > 1 ? '\n' : '');
      handedOut = scan(text).done.length;
      out = [];
      continue;
    }
    if (chunk === null) {
      const { done, current, line, column } = scan(text);
      const rest = done.slice(handedOut);
      if (current) rest.push(current);
      if (column > 1) rest.push({ kind: 'newline', text: '\n', line, column });
      return rest;
    }
    text += chunk;
    const { done } = scan(text);
    out = done.slice(handedOut);
    handedOut = done.length;
  }
}
