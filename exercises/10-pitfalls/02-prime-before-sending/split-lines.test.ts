import { describe, expect, it } from 'vitest';
import { lineAssembler, splitLines } from './split-lines';

describe('splitLines', () => {
  it('returns the lines of a single chunk', () => {
    expect(splitLines(['ab\ncd\n'])).toEqual(['ab', 'cd']);
  });

  it('joins lines split across chunks, starting with the first chunk', () => {
    expect(splitLines(['he', 'llo\nwor', 'ld\n'])).toEqual(['hello', 'world']);
  });

  it('keeps empty lines and leaves out an unfinished last line', () => {
    expect(splitLines(['a\n\nb\n', 'c'])).toEqual(['a', '', 'b']);
  });

  it('sends every chunk exactly once', () => {
    expect(splitLines(['1\n', '2\n', '3\n'])).toEqual(['1', '2', '3']);
  });

  it('returns nothing for no chunks or only a partial line', () => {
    expect(splitLines([])).toEqual([]);
    expect(splitLines(['no newline'])).toEqual([]);
  });

  it('reads a generator of chunks', () => {
    function* chunks() {
      yield 'first line\nsec';
      yield 'ond line\n';
    }
    expect(splitLines(chunks())).toEqual(['first line', 'second line']);
  });

  it('starts afresh on every call', () => {
    expect(splitLines(['x'])).toEqual([]);
    expect(splitLines(['y\n'])).toEqual(['y']);
  });
});

describe('lineAssembler (unchanged)', () => {
  it('still works as documented when primed', () => {
    const assembler = lineAssembler();
    expect(assembler.next().value).toEqual([]);
    expect(assembler.next('x\ny').value).toEqual(['x']);
    expect(assembler.next('z\n').value).toEqual(['yz']);
  });
});
