import { ConnectionLost, type Token } from './tokenizer';

/** What the parser makes of one line: a command, or an error with where it is. */
export type Result =
  | { kind: 'command'; name: string; args: string[]; line: number }
  | { kind: 'error'; message: string; line: number; column: number };

/** How many commands and errors a parser has yielded. */
export interface Summary {
  commands: number;
  errors: number;
}

/** The commands the server knows, and how many arguments each takes (at least, at most). */
const ARGUMENTS: Record<string, [number, number]> = {
  GET: [1, 1],
  SET: [2, 2],
  DEL: [1, Number.POSITIVE_INFINITY],
  INCRBY: [2, 2],
};

/**
 * Feed tokens with next(token), end with next(null). Prime with next() (yields
 * undefined). Each next(token) yields the result that token completes or
 * reveals, else undefined; after an error the rest of its line is skipped.
 * next(null) returns the summary. A ConnectionLost thrown in drops the
 * unfinished command.
 */
// After an error, starts a new command at the very next token instead of skipping the
// rest of the line: the line's leftover tokens are read as a command of their own.
export function* parser(): Generator<Result | undefined, Summary, Token | null> {
  const summary: Summary = { commands: 0, errors: 0 };
  let name: Token | null = null; // the command being read
  let args: string[] = [];
  let skipping = false; // an error was found on this line: wait for its end
  let out: Result | undefined;

  const fail = (message: string, at: Token): Result => {
    summary.errors += 1;
    // start afresh at the next token
    name = null;
    args = [];
    return { kind: 'error', message, line: at.line, column: at.column };
  };

  while (true) {
    let token: Token | null;
    try {
      token = yield out;
    } catch (error) {
      if (!(error instanceof ConnectionLost)) throw error;
      name = null;
      args = [];
      skipping = false;
      out = undefined;
      continue;
    }
    out = undefined;
    if (token === null) return summary;

    if (token.kind === 'newline') {
      if (name && !skipping) {
        const command = name.text.toUpperCase();
        if (args.length < ARGUMENTS[command][0]) out = fail(`wrong number of arguments for '${name.text.toLowerCase()}' command`, token);
        else {
          summary.commands += 1;
          out = { kind: 'command', name: command, args, line: name.line };
        }
      }
      name = null;
      args = [];
      skipping = false;
    } else if (skipping) {
      // the line already has its error
    } else if (!name) {
      if (token.text.toUpperCase() in ARGUMENTS) name = token;
      else out = fail(`unknown command '${token.text}'`, token);
    } else {
      const command = name.text.toUpperCase();
      if (args.length === ARGUMENTS[command][1]) out = fail(`wrong number of arguments for '${name.text.toLowerCase()}' command`, token);
      else if (command === 'INCRBY' && args.length === 1 && !/^-?\d+$/.test(token.text)) out = fail('value is not an integer or out of range', token);
      else args.push(token.text);
    }
  }
}
