import { coroutine } from './coroutine';
import { parser, type Result, type Summary } from './parser';
import { ConnectionLost, type Token, tokenizer } from './tokenizer';

/** What next(null) returns: the results the end of input completed, and the totals. */
export interface Final extends Summary {
  results: Result[];
}

/**
 * Milestone 3. One client's connection: feed the bytes as they arrive with
 * next(chunk), and end the input with next(null).
 *
 * - Prime with next(): it yields [].
 * - Inside, a tokenizer and a parser, primed before the first chunk arrives.
 * - Each next(chunk) yields the results that chunk completes, in order, in a
 *   new array each time.
 * - next(null) returns the results of the last line and the parser's totals.
 *
 * Milestone 4. A ConnectionLost thrown in drops what was half sent (in the
 * tokenizer and in the parser) and yields []; any other error goes back out.
 * close() is called exactly once when the connection ends: next(null),
 * return() or an error.
 */
export function* connection(close: () => void): Generator<Result[], Final, string | null> {
  throw new Error('connection is not written yet');
}
