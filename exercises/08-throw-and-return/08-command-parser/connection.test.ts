import { describe, expect, expectTypeOf, it } from 'vitest';
import { connection, type Final } from './connection';
import { parser, type Result, type Summary } from './parser';
import { ConnectionLost, type Token, tokenizer } from './tokenizer';

const word = (text: string, line: number, column: number): Token => ({ kind: 'word', text, line, column });
const str = (text: string, line: number, column: number): Token => ({ kind: 'string', text, line, column });
const nl = (line: number, column: number): Token => ({ kind: 'newline', text: '\n', line, column });
const command = (name: string, args: string[], line: number): Result => ({ kind: 'command', name, args, line });
const error = (message: string, line: number, column: number): Result => ({ kind: 'error', message, line, column });

/** Feeds `chunks` to a new tokenizer, then null: every token, in order. */
function tokenize(chunks: string[]): Token[] {
  const gen = tokenizer();
  gen.next();
  const tokens: Token[] = [];
  for (const chunk of chunks) {
    const step = gen.next(chunk);
    if (step.done) throw new Error(`the tokenizer finished early, at ${JSON.stringify(chunk)}`);
    tokens.push(...step.value);
  }
  const end = gen.next(null);
  if (!end.done) throw new Error('next(null) must finish the tokenizer (done: true)');
  return [...tokens, ...end.value];
}

/** Tokens for a line-per-command text with no quotes, made here so the parser's tests need no tokenizer. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(/\S+/g)) tokens.push(word(match[0], i + 1, (match.index ?? 0) + 1));
    if (i < text.split('\n').length - 1) tokens.push(nl(i + 1, line.length + 1));
  });
  return tokens;
}

/** Feeds tokens to a new parser: the result each token produced (undefined for none), and the summary. */
function parse(tokens: Token[]): { steps: (Result | undefined)[]; summary: Summary } {
  const gen = parser();
  gen.next();
  const steps = tokens.map((token) => {
    const step = gen.next(token);
    if (step.done) throw new Error('the parser finished before next(null)');
    return step.value;
  });
  const end = gen.next(null);
  if (!end.done) throw new Error('next(null) must finish the parser (done: true)');
  return { steps, summary: end.value };
}

/** The value of a step that must not be the generator's last. */
function yielded<T>(step: IteratorResult<T, unknown>): T {
  if (step.done) throw new Error('the generator finished early');
  return step.value;
}
const resultsOf = (steps: (Result | undefined)[]) => steps.filter((r) => r !== undefined);

/** Runs a connection over `chunks`, then null: all results in order, the final value, and how often close() ran. */
function session(chunks: string[]): { results: Result[]; final: Final; closed: number } {
  let closed = 0;
  const conn = connection(() => closed++);
  conn.next();
  const results: Result[] = [];
  for (const chunk of chunks) {
    const step = conn.next(chunk);
    if (step.done) throw new Error(`the connection finished early, at ${JSON.stringify(chunk)}`);
    results.push(...step.value);
  }
  const end = conn.next(null);
  if (!end.done) throw new Error('next(null) must finish the connection (done: true)');
  return { results: [...results, ...end.value.results], final: end.value, closed };
}

/** Every way to cut `text` in two pieces, then a spread of ways to cut it in three (empty pieces included). */
function splits(text: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i <= text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
  for (let i = 0; i <= text.length; i++) for (let j = i; j <= text.length; j += 3) out.push([text.slice(0, i), text.slice(i, j), text.slice(j)]);
  return out;
}

describe('tokens', () => {
  it('yields [] for the priming next()', () => {
    expect(tokenizer().next()).toEqual({ value: [], done: false });
  });

  it('reads words, quoted strings and newlines, each with the line and column where it starts', () => {
    expect(tokenize(['SET greeting "hello world"\nGET  greeting\n'])).toEqual([
      word('SET', 1, 1),
      word('greeting', 1, 5),
      str('hello world', 1, 14),
      nl(1, 27),
      word('GET', 2, 1),
      word('greeting', 2, 6),
      nl(2, 14),
    ]);
  });

  it('takes the character after a backslash as it is inside a string; an empty string is a token', () => {
    expect(tokenize(['SET k "say \\"hi\\" \\\\ ok" ""\n'])).toEqual([word('SET', 1, 1), word('k', 1, 5), str('say "hi" \\ ok', 1, 7), str('', 1, 26), nl(1, 28)]);
  });

  it('takes a carriage return as a space, so lines ending in CRLF (as telnet sends them) read the same', () => {
    expect(tokenize(['GET a\r\nGET "b\r"\r\n'])).toEqual([word('GET', 1, 1), word('a', 1, 5), nl(1, 7), word('GET', 2, 1), str('b\r', 2, 5), nl(2, 10)]);
  });

  it('keeps a newline inside a string, and counts lines after it', () => {
    expect(tokenize(['SET k "two\nlines" x\n'])).toEqual([word('SET', 1, 1), word('k', 1, 5), str('two\nlines', 1, 7), word('x', 2, 8), nl(2, 9)]);
  });

  it('yields each token with the chunk that completes it: a word when the character after it arrives, a string at its closing quote', () => {
    const gen = tokenizer();
    gen.next();
    expect(gen.next('GE').value).toEqual([]);
    expect(gen.next('T k').value).toEqual([word('GET', 1, 1)]);
    expect(gen.next('ey').value).toEqual([]);
    expect(gen.next('\nSET "a').value).toEqual([word('key', 1, 5), nl(1, 8), word('SET', 2, 1)]);
    expect(gen.next(' b').value).toEqual([]);
    expect(gen.next('" ').value).toEqual([str('a b', 2, 5)]);
    expect(gen.next('').value).toEqual([]);
  });

  it('gives the same tokens however the text is cut into chunks, even inside a string or between a backslash and what it escapes', () => {
    const text = 'SET k "a \\"q\\" b"\r\nDEL x  yz\n';
    const whole = tokenize([text]);
    expect(whole).toHaveLength(8);
    for (const chunks of splits(text)) expect(tokenize(chunks), JSON.stringify(chunks)).toEqual(whole);
    expect(tokenize([...text])).toEqual(whole);
  });

  it('on next(null) returns the token still pending and a newline that ends the last line', () => {
    const gen = tokenizer();
    gen.next();
    gen.next('GET a\nGET b');
    expect(gen.next(null)).toEqual({ value: [word('b', 2, 5), nl(2, 6)], done: true });
    expect(tokenize(['GET a\n'])).toEqual([word('GET', 1, 1), word('a', 1, 5), nl(1, 6)]);
    expect(tokenize(['GET a '])).toEqual([word('GET', 1, 1), word('a', 1, 5), nl(1, 7)]);
    expect(tokenize([])).toEqual([]);
  });

  it('keeps separate state for each tokenizer', () => {
    const a = tokenizer();
    const b = tokenizer();
    a.next();
    b.next();
    a.next('ab');
    b.next('"x');
    expect(a.next(' ').value).toEqual([word('ab', 1, 1)]);
    expect(b.next('y"').value).toEqual([str('xy', 1, 1)]);
  });

  it('holds only the unfinished token: a long text fed one character at a time takes time in proportion to its length', () => {
    const gen = tokenizer();
    gen.next();
    const line = 'SET key "some value"\n';
    const start = Date.now();
    let count = 0;
    for (let n = 0; n < 6000; n++) {
      for (const ch of line) count += gen.next(ch).value.length;
      if (Date.now() - start > 1500) throw new Error(`${n} lines (${n * line.length} characters) took over 1.5 s: is the tokenizer scanning everything it was ever sent?`);
    }
    expect(count).toBe(6000 * 4);
  });

  it('has the type Generator<Token[], Token[], string | null>', () => {
    expectTypeOf(tokenizer).returns.toEqualTypeOf<Generator<Token[], Token[], string | null>>();
  });
});

describe('commands', () => {
  it('yields undefined for the priming next()', () => {
    expect(parser().next()).toEqual({ value: undefined, done: false });
  });

  it('yields a command when the newline that ends it arrives, the name in capitals', () => {
    const { steps } = parse(tokensOf('set greeting hi\nGET greeting\n'));
    expect(steps).toEqual([undefined, undefined, undefined, command('SET', ['greeting', 'hi'], 1), undefined, undefined, command('GET', ['greeting'], 2)]);
  });

  it('takes a string token as an argument like a word, and skips empty lines', () => {
    const tokens = [nl(1, 1), word('SET', 2, 1), word('k', 2, 5), str('two words', 2, 7), nl(2, 18), nl(3, 1)];
    expect(resultsOf(parse(tokens).steps)).toEqual([command('SET', ['k', 'two words'], 2)]);
  });

  it('knows GET key, SET key value, DEL key [key …] and INCRBY key integer', () => {
    const { steps, summary } = parse(tokensOf('GET a\nSET a 1\nDEL a b c d\nINCRBY n -12\nincrby n 7\n'));
    expect(resultsOf(steps)).toEqual([
      command('GET', ['a'], 1),
      command('SET', ['a', '1'], 2),
      command('DEL', ['a', 'b', 'c', 'd'], 3),
      command('INCRBY', ['n', '-12'], 4),
      command('INCRBY', ['n', '7'], 5),
    ]);
    expect(summary).toEqual({ commands: 5, errors: 0 });
  });

  it('reports an unknown command, a surplus argument and a bad integer at the token that makes the line wrong, as soon as it arrives', () => {
    const { steps } = parse(tokensOf('FLY away\nGET a b\nINCRBY n ten\n'));
    expect(steps).toEqual([
      error("unknown command 'FLY'", 1, 1), // FLY
      undefined, // away
      undefined, // newline
      undefined, // GET
      undefined, // a
      error("wrong number of arguments for 'get' command", 2, 7), // b
      undefined, // newline
      undefined, // INCRBY
      undefined, // n
      error('value is not an integer or out of range', 3, 10), // ten
      undefined, // newline
    ]);
  });

  it('reports a missing argument at the newline, where it is found', () => {
    expect(resultsOf(parse(tokensOf('SET a\nDEL\n')).steps)).toEqual([
      error("wrong number of arguments for 'set' command", 1, 6),
      error("wrong number of arguments for 'del' command", 2, 4),
    ]);
  });

  it('after an error, skips the rest of the line and reads the next line afresh', () => {
    const { steps, summary } = parse(tokensOf('GET a b SET c d\nSET c d\nFLY GET x\nGET x\n'));
    expect(resultsOf(steps)).toEqual([
      error("wrong number of arguments for 'get' command", 1, 7),
      command('SET', ['c', 'd'], 2),
      error("unknown command 'FLY'", 3, 1),
      command('GET', ['x'], 4),
    ]);
    expect(summary).toEqual({ commands: 2, errors: 2 });
  });

  it('on next(null) returns how many commands and errors it yielded; a line never ended counts as neither', () => {
    const gen = parser();
    gen.next();
    for (const token of tokensOf('GET a\nFLY\nGET b')) gen.next(token);
    expect(gen.next(null)).toEqual({ value: { commands: 1, errors: 1 }, done: true });
  });
});

const SESSION = 'SET greeting "hello, \\"world\\""\r\nGET greeting\nFLY away\nINCRBY visits 1\nDEL a b\nSET x';
const SESSION_RESULTS = [
  command('SET', ['greeting', 'hello, "world"'], 1),
  command('GET', ['greeting'], 2),
  error("unknown command 'FLY'", 3, 1),
  command('INCRBY', ['visits', '1'], 4),
  command('DEL', ['a', 'b'], 5),
  error("wrong number of arguments for 'set' command", 6, 6),
];

describe('connection', () => {
  it('yields [] for the priming next(), and closes nothing', () => {
    let closed = 0;
    const conn = connection(() => closed++);
    expect(conn.next()).toEqual({ value: [], done: false });
    expect(closed).toBe(0);
  });

  it('loses nothing of the first chunk: the tokenizer and parser inside are primed before it arrives', () => {
    let closed = 0;
    const conn = connection(() => closed++);
    conn.next();
    expect(conn.next('GET a\n').value).toEqual([command('GET', ['a'], 1)]);
  });

  it('yields each result with the chunk that completes it, not later', () => {
    const conn = connection(() => {});
    conn.next();
    expect(conn.next('SET a 1\nGE').value).toEqual([command('SET', ['a', '1'], 1)]);
    expect(conn.next('T a').value).toEqual([]);
    expect(conn.next('\nFLY').value).toEqual([command('GET', ['a'], 2)]);
    expect(conn.next(' ').value).toEqual([error("unknown command 'FLY'", 3, 1)]);
  });

  it('hands out a new array each time: results kept stay as they were', () => {
    const conn = connection(() => {});
    conn.next();
    const first = yielded(conn.next('GET a\n'));
    const second = yielded(conn.next('GET b\n'));
    expect(first).toEqual([command('GET', ['a'], 1)]);
    expect(second).toEqual([command('GET', ['b'], 2)]);
  });

  it('on next(null) returns the results of the unfinished last line and the totals', () => {
    const { results, final } = session([SESSION]);
    expect(results).toEqual(SESSION_RESULTS);
    expect(final).toEqual({ results: [SESSION_RESULTS[5]], commands: 4, errors: 2 });
  });

  it('gives the same results, in the same order, however the bytes are cut into chunks', () => {
    for (const chunks of splits(SESSION)) expect(session(chunks).results, JSON.stringify(chunks)).toEqual(SESSION_RESULTS);
    expect(session([...SESSION]).results).toEqual(SESSION_RESULTS);
  });

  it('keeps up with a long session in small chunks: 10,000 commands, each result as soon as its line ends', () => {
    const conn = connection(() => {});
    conn.next();
    const text = 'INCRBY visits 1\n'.repeat(10_000);
    let results = 0;
    let late: string | undefined;
    const start = Date.now();
    for (let i = 0; i < text.length; i += 7) {
      if (Date.now() - start > 1500) throw new Error(`${i} characters took over 1.5 s: is something scanning everything it was ever sent?`);
      const chunk = text.slice(i, i + 7);
      const count = yielded(conn.next(chunk)).length;
      // a result for each newline in this chunk, no more, no fewer
      if (count !== chunk.split('\n').length - 1) late ??= `${count} results for the chunk ${JSON.stringify(chunk)} at ${i}`;
      results += count;
    }
    expect(late).toBeUndefined();
    expect(results).toBe(10_000);
    expect(conn.next(null).value).toEqual({ results: [], commands: 10_000, errors: 0 });
  });

  it('has the type Generator<Result[], Final, string | null>', () => {
    expectTypeOf(connection).returns.toEqualTypeOf<Generator<Result[], Final, string | null>>();
  });
});

describe('lost and closed', () => {
  it('the tokenizer drops its unfinished token on a ConnectionLost, even just after a backslash, and starts a new line', () => {
    const gen = tokenizer();
    gen.next();
    expect(gen.next('GET "ab\\').value).toEqual([word('GET', 1, 1)]);
    expect(gen.throw(new ConnectionLost())).toEqual({ value: [], done: false });
    expect(gen.next('GET k\n').value).toEqual([word('GET', 2, 1), word('k', 2, 5), nl(2, 6)]);
  });

  it('the parser drops its unfinished command on a ConnectionLost, and reads what follows afresh', () => {
    const gen = parser();
    gen.next();
    gen.next(word('SET', 1, 1));
    gen.next(word('a', 1, 5));
    expect(gen.throw(new ConnectionLost())).toEqual({ value: undefined, done: false });
    gen.next(word('GET', 2, 1));
    gen.next(word('b', 2, 5));
    expect(gen.next(nl(2, 6)).value).toEqual(command('GET', ['b'], 2));
  });

  it('a lost connection drops the half-sent command and token, then carries on from a new line', () => {
    let closed = 0;
    const conn = connection(() => closed++);
    conn.next();
    const results = [...yielded(conn.next('GET a\nSET ke'))];
    expect(conn.throw(new ConnectionLost())).toEqual({ value: [], done: false });
    results.push(...yielded(conn.next('y 1\nGET key\n')));
    // "y 1" is all that arrived of the line after the loss: it is a line of its own
    expect(results).toEqual([command('GET', ['a'], 1), error("unknown command 'y'", 3, 1), command('GET', ['key'], 4)]);
    expect(closed).toBe(0);
  });

  it('a connection lost between two lines loses nothing and adds no line', () => {
    const conn = connection(() => {});
    conn.next();
    conn.next('GET a\n');
    conn.throw(new ConnectionLost());
    expect(conn.next('GET b\n').value).toEqual([command('GET', ['b'], 2)]);
  });

  it('any other error thrown in goes back out unchanged, ends the connection and closes it once', () => {
    let closed = 0;
    const conn = connection(() => closed++);
    conn.next();
    conn.next('SET a');
    const boom = new Error('disk full');
    let caught: unknown;
    try {
      conn.throw(boom);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(boom);
    expect(closed).toBe(1);
    expect(conn.next('GET a\n')).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
  });

  it('the tokenizer and the parser let any other error out too, and are then finished', () => {
    const boom = new Error('boom');
    const tokens = tokenizer();
    tokens.next();
    expect(() => tokens.throw(boom)).toThrow('boom');
    expect(tokens.next('GET a\n').done).toBe(true);
    const commands = parser();
    commands.next();
    expect(() => commands.throw(boom)).toThrow('boom');
    expect(commands.next(nl(1, 1)).done).toBe(true);
  });

  it('return() hangs up: close() runs once, and nothing more comes out', () => {
    let closed = 0;
    const conn = connection(() => closed++);
    conn.next();
    conn.next('SET a 1\nGET');
    const ending: Final = { results: [], commands: 0, errors: 0 };
    expect(conn.return(ending)).toEqual({ value: ending, done: true });
    expect(closed).toBe(1);
    expect(conn.next(' a\n')).toEqual({ value: undefined, done: true });
    conn.return(ending);
    expect(closed).toBe(1);
  });

  it('next(null) closes once; a connection never started is never closed', () => {
    expect(session(['GET a\n']).closed).toBe(1);
    expect(session([]).closed).toBe(1);
    let closed = 0;
    const conn = connection(() => closed++);
    conn.return({ results: [], commands: 0, errors: 0 });
    expect(closed).toBe(0);
  });

  it('ConnectionLost is an Error named ConnectionLost', () => {
    const lost = new ConnectionLost();
    expect(lost).toBeInstanceOf(Error);
    expect(lost.name).toBe('ConnectionLost');
  });
});
