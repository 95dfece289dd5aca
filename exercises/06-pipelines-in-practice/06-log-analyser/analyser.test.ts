import { describe, expect, it } from 'vitest';
import { firstErrors, runningSummaries } from './analyser';
import { batches } from './batch';
import { parseLines } from './parse';

/** Wraps an iterable and records how it is used: lines pulled, and whether it was closed. */
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

const SERVICES = ['auth', 'payments', 'search', 'mail'];
const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

/** Line `i` of a made-up log: every 7th line is malformed, the level and service cycle. */
function logLine(i: number): string {
  if (i % 7 === 6) return i % 2 ? '' : `garbage line ${i}`;
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
  return `${time} ${LEVELS[i % 4]} ${SERVICES[i % 3]} request ${i} handled`;
}

/** A log of `count` lines, made one at a time: never in memory as a whole. */
function* generatedLog(count: number): Generator<string, void, undefined> {
  for (let i = 0; i < count; i++) yield logLine(i);
}

/** How many lines of the made-up log hold `entries` well-formed ones, the last line being the last entry. */
function linesFor(entries: number): number {
  let lines = 0;
  for (let seen = 0; seen < entries; lines++) if (lines % 7 !== 6) seen++;
  return lines;
}

/** An endless log; throws rather than hang if something reads far ahead. */
function* endlessLog(): Generator<string, never, undefined> {
  for (let i = 0; ; i++) {
    if (i === 100_000) throw new Error('100,000 lines were read from an endless log: something reads it all');
    yield logLine(i);
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

describe('parse', () => {
  it('turns well-formed lines into entries, the message keeping its spaces', () => {
    const lines = ['2026-03-01T12:00:00Z ERROR payments card declined twice', '2026-03-01T12:00:01Z INFO auth login ok'];
    expect(take(parseLines(lines))).toEqual([
      { time: '2026-03-01T12:00:00Z', level: 'ERROR', service: 'payments', message: 'card declined twice' },
      { time: '2026-03-01T12:00:01Z', level: 'INFO', service: 'auth', message: 'login ok' },
    ]);
  });

  it('skips blank lines, unknown levels and lines without a message', () => {
    const lines = ['', '2026-03-01T12:00:00Z FATAL db down', '2026-03-01T12:00:00Z WARN db', 'nonsense', '2026-03-01T12:00:02Z WARN db slow query'];
    expect(take(parseLines(lines))).toEqual([{ time: '2026-03-01T12:00:02Z', level: 'WARN', service: 'db', message: 'slow query' }]);
  });

  it('reads no line before it is needed', () => {
    const { iterable, stats } = watched(generatedLog(1000));
    const entries = parseLines(iterable);
    expect(stats.pulls).toBe(0);
    entries.next();
    expect(stats.pulls).toBe(1);
    take(entries, 6);
    // entries 1..7 are lines 0..5 and 7: line 6 is malformed
    expect(stats.pulls).toBe(8);
  });

  it('works on an endless log', () => {
    expect(take(parseLines(endlessLog()), 3).map((e) => e.level)).toEqual(['DEBUG', 'INFO', 'WARN']);
  });

  it('closes the log when its consumer stops early', () => {
    const { iterable, stats } = watched(generatedLog(1000));
    for (const entry of parseLines(iterable)) if (entry.level === 'WARN') break;
    expect(stats.closed).toBe(1);
  });
});

describe('batch', () => {
  it('groups items in arrays of size, the last one shorter, never an empty one', () => {
    expect(take(batches([1, 2, 3, 4, 5, 6, 7], 3))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(take(batches([1, 2, 3, 4], 2))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(take(batches([], 2))).toEqual([]);
  });

  it('pulls exactly size items for a full batch, no more', () => {
    const { iterable, stats } = watched(generatedLog(1000));
    const it = batches(iterable, 5);
    expect(stats.pulls).toBe(0);
    it.next();
    expect(stats.pulls).toBe(5);
    it.next();
    expect(stats.pulls).toBe(10);
  });

  it('hands out a new array each time: a batch kept stays as it was', () => {
    const kept = take(batches([1, 2, 3, 4, 5], 2));
    expect(kept).toEqual([[1, 2], [3, 4], [5]]);
    expect(kept[0]).not.toBe(kept[1]);
  });

  it('closes its source when its consumer stops early', () => {
    const { iterable, stats } = watched(generatedLog(1000));
    for (const batch of batches(iterable, 4)) if (batch.length === 4) break;
    expect(stats.closed).toBe(1);
  });
});

describe('summarise', () => {
  it('yields the summary of everything read so far after each batch', () => {
    const lines = [
      '2026-03-01T12:00:00Z ERROR payments card declined',
      '2026-03-01T12:00:01Z INFO auth login ok',
      'not a log line',
      '2026-03-01T12:00:02Z ERROR payments timeout',
      '2026-03-01T12:00:03Z ERROR auth bad token',
    ];
    expect(take(runningSummaries(lines, 2))).toEqual([
      { entries: 2, byLevel: { DEBUG: 0, INFO: 1, WARN: 0, ERROR: 1 }, errorsByService: { payments: 1 } },
      { entries: 4, byLevel: { DEBUG: 0, INFO: 1, WARN: 0, ERROR: 3 }, errorsByService: { payments: 2, auth: 1 } },
    ]);
  });

  it('yields a new summary each time: one kept does not change later', () => {
    const all = take(runningSummaries(generatedLog(40), 10));
    expect(all.map((s) => s.entries)).toEqual([10, 20, 30, 35]);
    expect(all[0].byLevel).not.toBe(all[1].byLevel);
    expect(all[0].errorsByService).not.toBe(all[1].errorsByService);
  });

  it('holds at most one batch: each summary comes after at most a batch of lines more', () => {
    const { iterable, stats } = watched(endlessLog());
    const summaries = runningSummaries(iterable, 60);
    for (let k = 1; k <= 5; k++) {
      expect(summaries.next().value?.entries).toBe(60 * k);
      // not one line past the batch's last entry
      expect(stats.pulls).toBe(linesFor(60 * k));
    }
  });

  it('summarises a log far longer than it ever holds (300,000 lines)', () => {
    let last: ReturnType<typeof runningSummaries> extends Iterable<infer S> ? S | undefined : never;
    let count = 0;
    for (const summary of runningSummaries(generatedLog(300_000), 1000)) {
      last = summary;
      count += 1;
    }
    expect(count).toBe(258);
    expect(last?.entries).toBe(257_143);
    expect(last?.byLevel.ERROR).toBe(64_286);
    expect(last?.errorsByService).toEqual({ auth: 21_428, payments: 21_429, search: 21_429 });
  });

  it('closes the log when its consumer stops after the first summary', () => {
    const { iterable, stats } = watched(generatedLog(1000));
    for (const summary of runningSummaries(iterable, 10)) if (summary.entries >= 10) break;
    expect(stats.closed).toBe(1);
  });
});

describe('early exit', () => {
  it('finds the first ERROR entries in order', () => {
    expect(firstErrors(generatedLog(100), 3).map((e) => e.message)).toEqual(['request 3 handled', 'request 7 handled', 'request 11 handled']);
  });

  it('reads no line after the last error it needs, and closes the log', () => {
    const { iterable, stats } = watched(endlessLog());
    expect(firstErrors(iterable, 4)).toHaveLength(4);
    // the 4th error is line 15 (lines 3, 7, 11, 15): 16 lines read
    expect(stats.pulls).toBe(16);
    expect(stats.closed).toBe(1);
  });

  it('reads nothing when asked for none', () => {
    const { iterable, stats } = watched(endlessLog());
    expect(firstErrors(iterable, 0)).toEqual([]);
    expect(stats.pulls).toBe(0);
  });

  it('returns what there is when the log has fewer errors', () => {
    expect(firstErrors(generatedLog(8), 5).map((e) => e.service)).toEqual(['auth', 'payments']);
  });
});
