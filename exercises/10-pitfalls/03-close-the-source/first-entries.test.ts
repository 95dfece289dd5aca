import { describe, expect, it } from 'vitest';
import { firstEntries } from './first-entries';

/** A fake log file: counts how many lines were read and whether it is still open. */
function openLog(lines: string[]) {
  const file = { opened: false, open: false, read: 0 };
  function* read(): Generator<string, void, undefined> {
    file.opened = true;
    file.open = true;
    try {
      for (const line of lines) {
        file.read += 1;
        yield line;
      }
    } finally {
      file.open = false;
    }
  }
  return { file, lines: read() };
}

const sample = ['INFO started', 'WARN disk almost full', 'ERROR disk full', 'INFO stopped'];

describe('firstEntries', () => {
  it('returns the first count entries', () => {
    const { lines } = openLog(sample);
    expect(firstEntries(lines, 2)).toEqual([
      { level: 'INFO', message: 'started' },
      { level: 'WARN', message: 'disk almost full' },
    ]);
  });

  it('closes the log when it stops early', () => {
    const { lines, file } = openLog(sample);
    firstEntries(lines, 2);
    expect(file.open).toBe(false);
  });

  it('reads no more lines than it needs', () => {
    const { lines, file } = openLog(sample);
    firstEntries(lines, 3);
    expect(file.read).toBe(3);
  });

  it('closes the log when a line fails to parse, and lets the error through', () => {
    const { lines, file } = openLog(['INFO ok', 'garbage', 'INFO never read']);
    expect(() => firstEntries(lines, 3)).toThrow(SyntaxError);
    expect(file.open).toBe(false);
    expect(file.read).toBe(2);
  });

  it('returns everything from a shorter log, and it ends closed', () => {
    const { lines, file } = openLog(sample);
    expect(firstEntries(lines, 10)).toHaveLength(4);
    expect(file.open).toBe(false);
  });

  it('reads nothing for count 0', () => {
    const { lines, file } = openLog(sample);
    expect(firstEntries(lines, 0)).toEqual([]);
    expect(file.read).toBe(0);
    expect(file.open).toBe(false);
  });

  it('works with arrays and with iterators that have no return()', () => {
    expect(firstEntries(sample, 1)).toEqual([{ level: 'INFO', message: 'started' }]);
    let i = 0;
    const plain: Iterable<string> = {
      [Symbol.iterator]: () => ({
        next: () => (i < sample.length ? { value: sample[i++], done: false } : { value: undefined, done: true }),
      }),
    };
    expect(firstEntries(plain, 2)).toHaveLength(2);
  });
});
