import { describe, expect, expectTypeOf, it } from 'vitest';
import { readLines } from './read-lines';

/** A fake file system: counts opens and closes and logs what happens, in order. */
function fakeFile(lines: string[]) {
  const log: string[] = [];
  const counts = { opened: 0, closed: 0 };
  const open = () => {
    counts.opened += 1;
    log.push('open');
    return {
      lines,
      close() {
        counts.closed += 1;
        log.push('close');
      },
    };
  };
  return { open, counts, log };
}

describe('readLines', () => {
  it('yields every line in order and closes once at the end', () => {
    const file = fakeFile(['one', 'two', 'three']);
    expect([...readLines(file.open)]).toEqual(['one', 'two', 'three']);
    expect(file.counts).toEqual({ opened: 1, closed: 1 });
  });

  it('opens on the first next(), not when the generator is created', () => {
    const file = fakeFile(['one']);
    const lines = readLines(file.open);
    expect(file.counts.opened, 'creating the generator must not open the file').toBe(0);
    expect(lines.next()).toEqual({ value: 'one', done: false });
    expect(file.counts.opened).toBe(1);
  });

  it('closes only after the last line has been consumed', () => {
    const file = fakeFile(['a', 'b']);
    const lines = readLines(file.open);
    lines.next();
    lines.next();
    expect(file.counts.closed, 'the consumer still holds the last line').toBe(0);
    expect(lines.next()).toEqual({ value: undefined, done: true });
    expect(file.counts.closed).toBe(1);
  });

  it('closes once when a for…of loop breaks early, before the loop moves on', () => {
    const file = fakeFile(['a', 'b', 'c']);
    for (const line of readLines(file.open)) {
      file.log.push(`read ${line}`);
      if (line === 'b') break;
    }
    file.log.push('after loop');
    expect(file.log).toEqual(['open', 'read a', 'read b', 'close', 'after loop']);
  });

  it('closes once when return() is called, and stays closed', () => {
    const file = fakeFile(['a', 'b', 'c']);
    const lines = readLines(file.open);
    lines.next();
    expect(lines.return()).toEqual({ value: undefined, done: true });
    expect(lines.return()).toEqual({ value: undefined, done: true });
    expect(lines.next()).toEqual({ value: undefined, done: true });
    expect(file.counts).toEqual({ opened: 1, closed: 1 });
  });

  it('closes once when an error is thrown in, and lets the error through', () => {
    const file = fakeFile(['a', 'b', 'c']);
    const lines = readLines(file.open);
    lines.next();
    expect(() => lines.throw(new Error('consumer failed'))).toThrow('consumer failed');
    expect(file.counts).toEqual({ opened: 1, closed: 1 });
    expect(lines.next()).toEqual({ value: undefined, done: true });
    expect(file.counts.closed).toBe(1);
  });

  it('does not close twice when the consumer finishes and then calls return()', () => {
    const file = fakeFile(['a']);
    const lines = readLines(file.open);
    expect([...lines]).toEqual(['a']);
    lines.return();
    expect(file.counts).toEqual({ opened: 1, closed: 1 });
  });

  it('opens and closes nothing if it is closed before it starts', () => {
    const file = fakeFile(['a']);
    const lines = readLines(file.open);
    expect(lines.return()).toEqual({ value: undefined, done: true });
    expect(lines.next()).toEqual({ value: undefined, done: true });
    expect(file.counts).toEqual({ opened: 0, closed: 0 });
  });

  it('opens and closes an empty file', () => {
    const file = fakeFile([]);
    expect([...readLines(file.open)]).toEqual([]);
    expect(file.counts).toEqual({ opened: 1, closed: 1 });
  });

  it('reports a failing open() as is, with nothing to close', () => {
    const lines = readLines(() => {
      throw new Error('no such file');
    });
    expect(() => lines.next()).toThrow('no such file');
    expect(lines.next()).toEqual({ value: undefined, done: true });
  });

  it('has the type Generator<string, void, undefined>', () => {
    expectTypeOf(readLines).returns.toEqualTypeOf<Generator<string, void, undefined>>();
  });
});
