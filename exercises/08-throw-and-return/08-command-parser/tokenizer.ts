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

/**
 * Milestone 1. Feed the text with next(chunk), in chunks split anywhere; end it
 * with next(null).
 *
 * - Prime with next(): it yields [].
 * - Each next(chunk) yields the tokens that chunk completes: a word when the
 *   character after it arrives (a space, a tab, a carriage return, a newline or
 *   a quote), a string at its closing quote, a newline at once. Between chunks,
 *   keep only the token being read. A carriage return (`\r`) is a space.
 * - Inside a string, a backslash takes the next character as it is (`\"`, `\\`),
 *   and a newline is part of the string.
 * - next(null) returns the token still pending, then a newline token if the last
 *   line has anything on it.
 *
 * Milestone 4. A ConnectionLost thrown in drops the unfinished token and yields
 * []; what comes next starts a new line (unless the current one is empty). Any
 * other error goes back out.
 */
export function* tokenizer(): Generator<Token[], Token[], string | null> {
  throw new Error('tokenizer is not written yet');
}
