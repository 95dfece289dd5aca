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

/**
 * Milestone 2. Feed tokens with next(token), end with next(null).
 *
 * - Prime with next(): it yields undefined.
 * - One line is one command: a name (any case: yield it in capitals) and its
 *   arguments (words or strings), then a newline. The commands are
 *   `GET key`, `SET key value`, `DEL key [key …]` and `INCRBY key integer`.
 *   Empty lines are skipped.
 * - Each next(token) yields the result that token completes or reveals, else
 *   undefined: a command at its newline (with the line of its name); an error
 *   at the token that makes the line wrong, with that token's line and column:
 *   - `unknown command 'FLY'` at the name,
 *   - `wrong number of arguments for 'get' command` at a surplus argument, or
 *     at the newline when one is missing,
 *   - `value is not an integer or out of range` at INCRBY's amount.
 *   After an error, the rest of its line is skipped.
 * - next(null) returns how many commands and errors were yielded.
 *
 * Milestone 4. A ConnectionLost thrown in drops the unfinished command and
 * yields undefined. Any other error goes back out.
 */
export function* parser(): Generator<Result | undefined, Summary, Token | null> {
  throw new Error('parser is not written yet');
}
