import { coroutine } from './coroutine';
import { parser, type Result, type Summary } from './parser';
import { ConnectionLost, type Token, tokenizer } from './tokenizer';

/** What next(null) returns: the results the end of input completed, and the totals. */
export interface Final extends Summary {
  results: Result[];
}

/**
 * One client's connection. Feed the bytes as they arrive with next(chunk); end
 * the input with next(null). Prime with next() (yields []). Each next(chunk)
 * yields the results that chunk completes. A ConnectionLost thrown in drops
 * what was half sent and carries on; any other error goes back out. close() is
 * called exactly once when the connection ends: next(null), return() or an error.
 */
// Closes in the two places it can see, the end of input and the catch: but return()
// is not an error, so the catch never sees it, and a hang-up never closes.
export function* connection(close: () => void): Generator<Result[], Final, string | null> {
  const tokens = coroutine(tokenizer)();
  const commands = coroutine(parser)();
  let out: Result[] = [];

  const parse = (batch: Token[]) => {
    for (const token of batch) {
      const result = commands.next(token);
      if (!result.done && result.value) out.push(result.value);
    }
  };

  while (true) {
      let chunk: string | null;
      try {
        chunk = yield out;
      } catch (error) {
        if (!(error instanceof ConnectionLost)) {
          close();
          throw error;
        }
        tokens.throw(error);
        commands.throw(error);
        out = [];
        continue;
      }
      out = [];
      if (chunk === null) {
        parse(tokens.next(null).value);
        const end = commands.next(null);
        if (!end.done) throw new Error('the parser did not finish on next(null)');
        close();
        return { results: out, ...end.value };
      }
      parse(tokens.next(chunk).value);
  }
}
