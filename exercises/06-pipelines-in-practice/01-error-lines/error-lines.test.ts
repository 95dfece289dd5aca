import { describe, expect, expectTypeOf, it } from 'vitest';
import { errorLines } from './error-lines';

/** Wraps an iterable and records how it is used. */
function watched<T>(items: Iterable<T>) {
  const stats = { opened: 0, pulls: 0, closed: 0 };
  const iterable: Iterable<T> = {
    [Symbol.iterator]() {
      stats.opened += 1;
      const inner = items[Symbol.iterator]();
      return {
        next() {
          stats.pulls += 1;
          return inner.next();
        },
        return(value?: unknown) {
          stats.closed += 1;
          return { value, done: true } as IteratorResult<T>;
        },
      };
    },
  };
  return { iterable, stats };
}

/** An endless log: every third line is an error. Throws (rather than hang) if something reads far ahead. */
function* endlessLog(): Generator<string, never, undefined> {
  for (let n = 1; ; n++) {
    if (n === 10_000) throw new Error('10,000 lines were read from an endless log: something is eager');
    yield n % 3 === 0 ? `${n} ERROR code ${n}\n` : `${n} INFO all good\n`;
  }
}

/** Pulls at most `limit` items, so an endless generator cannot hang a test. */
function take<T>(iterator: Iterator<T>, limit = 100): T[] {
  const out: T[] = [];
  for (let i = 0; i < limit; i++) {
    const r = iterator.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('errorLines', () => {
  it('keeps only the lines that contain ERROR, in order', () => {
    const log = ['INFO start\n', 'ERROR disk full\n', 'WARN slow\n', '12:00:01 db ERROR timeout\n', 'INFO done\n'];
    expect(take(errorLines(log))).toEqual(['ERROR disk full', '12:00:01 db ERROR timeout']);
  });

  it('removes \\n and \\r\\n line endings', () => {
    expect(take(errorLines(['ERROR unix\n', 'ERROR windows\r\n']))).toEqual(['ERROR unix', 'ERROR windows']);
  });

  it('accepts lines that have no line ending (the last line of a file often has none)', () => {
    expect(take(errorLines(['INFO a\n', 'ERROR last']))).toEqual(['ERROR last']);
  });

  it('removes only the line ending, keeping other whitespace', () => {
    expect(take(errorLines(['  ERROR indented  \n', 'ERROR\ttab\t\r\n']))).toEqual(['  ERROR indented  ', 'ERROR\ttab\t']);
  });

  it('removes only one line ending', () => {
    expect(take(errorLines(['ERROR twice\n\n']))).toEqual(['ERROR twice\n']);
  });

  it('is case-sensitive', () => {
    expect(take(errorLines(['error lower\n', 'Error title\n', 'ERRORS upper\n']))).toEqual(['ERRORS upper']);
  });

  it('yields nothing when nothing matches, and for no lines', () => {
    expect(take(errorLines(['INFO a\n', 'WARN b\n']))).toEqual([]);
    expect(take(errorLines([]))).toEqual([]);
  });

  it('ends with { value: undefined, done: true }', () => {
    const g = errorLines(['ERROR x\n']);
    expect(g.next()).toEqual({ value: 'ERROR x', done: false });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('reads nothing before the first next()', () => {
    const log = watched(['ERROR a\n']);
    errorLines(log.iterable);
    expect(log.stats.opened, 'errorLines() started reading before next() was called').toBe(0);
  });

  it('reads only as many lines as it needs', () => {
    const log = watched(['INFO a\n', 'ERROR b\n', 'INFO c\n', 'ERROR d\n', 'INFO e\n']);
    const g = errorLines(log.iterable);
    expect(g.next()).toEqual({ value: 'ERROR b', done: false });
    expect(log.stats.pulls, 'the first error is line 2: two lines should have been read').toBe(2);
    expect(g.next()).toEqual({ value: 'ERROR d', done: false });
    expect(log.stats.pulls).toBe(4);
  });

  it('works on an endless log', () => {
    expect(take(errorLines(endlessLog()), 3)).toEqual(['3 ERROR code 3', '6 ERROR code 6', '9 ERROR code 9']);
  });

  it('closes the log when the consumer stops early', () => {
    const log = watched(endlessLog());
    for (const line of errorLines(log.iterable)) {
      if (line.startsWith('6 ')) break;
    }
    expect(log.stats.pulls).toBe(6);
    expect(log.stats.closed, 'breaking out of the loop should call return() on the lines').toBe(1);
  });

  it('keeps two readers apart when they are read in turns', () => {
    const a = errorLines(['ERROR a1\n', 'ERROR a2\n']);
    const b = errorLines(['INFO\n', 'ERROR b1\n', 'ERROR b2\n']);
    expect([a.next().value, b.next().value, a.next().value, b.next().value]).toEqual(['ERROR a1', 'ERROR b1', 'ERROR a2', 'ERROR b2']);
  });

  it('has the type Generator<string, void, undefined>', () => {
    expectTypeOf(errorLines([])).toEqualTypeOf<Generator<string, void, undefined>>();
  });
});
