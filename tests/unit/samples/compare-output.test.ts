import { describe, expect, it } from 'vitest';
import { compareOutput, firstDifference, outputDiff } from '../../../src/samples/compare-output';

const claim = (expectedOutput: string[] | null, expectedError: string | null = null) => ({ expectedOutput, expectedError });

describe('compareOutput: output', () => {
  it('passes when the printed lines equal the claim', () => {
    expect(compareOutput(claim(['[ 1, 2 ]', 'done']), { lines: ['[ 1, 2 ]', 'done'], error: null })).toBeNull();
  });

  it('passes a sample that claims nothing and finishes, whatever it printed', () => {
    expect(compareOutput(claim(null), { lines: ['anything'], error: null })).toBeNull();
  });

  it('names the first differing line, expected and got', () => {
    const mismatch = compareOutput(claim(['a', 'b', 'c']), { lines: ['a', 'B', 'c'], error: null });
    expect(mismatch?.message).toBe('line 2 of output differs: expected "b", got "B"');
    expect(mismatch?.details).toEqual(['(- lesson claims, + sample printed)', '  a', '- b', '+ B', '  c']);
  });

  it('says when the sample printed fewer lines than claimed', () => {
    const mismatch = compareOutput(claim(['a', 'b']), { lines: ['a'], error: null });
    expect(mismatch?.message).toBe('printed 1 line, the lesson claims 2: line 2 of output expected "b", got nothing');
  });

  it('says when the sample printed more lines than claimed', () => {
    const mismatch = compareOutput(claim([]), { lines: ['extra'], error: null });
    expect(mismatch?.message).toBe('printed 1 line, the lesson claims 0: line 1 of output "extra" is not claimed');
    expect(mismatch?.details).toContain('+ extra');
  });

  it('points out a difference only in spaces', () => {
    const mismatch = compareOutput(claim(['[ 1, 2 ]']), { lines: ['[ 1, 2 ] '], error: null });
    expect(mismatch?.message).toContain('(they differ only in spaces)');
    expect(mismatch?.message).toContain('got "[ 1, 2 ] "');
  });
});

describe('compareOutput: errors', () => {
  it('fails a sample that throws without error=, showing the error', () => {
    const mismatch = compareOutput(claim(null), { lines: [], error: 'TypeError: gen.next is not a function', errorKind: 'runtime' });
    expect(mismatch?.message).toBe('threw TypeError: gen.next is not a function');
  });

  it('reports the error and the output difference together', () => {
    const mismatch = compareOutput(claim(['1', '2']), { lines: ['1'], error: 'RangeError: boom' });
    expect(mismatch?.message).toMatch(/^threw RangeError: boom; printed 1 line, the lesson claims 2/);
    expect(mismatch?.details).toContain('- 2');
  });

  it('passes when the sample throws an error containing the error= text, with the output before it', () => {
    const result = { lines: ['started'], error: 'TypeError: Generator is already running', errorKind: 'runtime' as const };
    expect(compareOutput(claim(['started'], 'already running'), result)).toBeNull();
    expect(compareOutput(claim(null, 'TypeError'), result)).toBeNull();
  });

  it('still compares the output printed before an expected error', () => {
    const mismatch = compareOutput(claim(['started', 'more'], 'TypeError'), { lines: ['started'], error: 'TypeError: x' });
    expect(mismatch?.message).toContain('line 2 of output expected "more", got nothing');
  });

  it('fails an error= sample that runs without error', () => {
    const mismatch = compareOutput(claim(null, 'StopIteration'), { lines: ['1'], error: null });
    expect(mismatch?.message).toBe('should fail with an error containing "StopIteration" but ran without error');
  });

  it('fails an error= sample whose error says something else', () => {
    const mismatch = compareOutput(claim(null, 'RangeError'), { lines: [], error: 'TypeError: nope', errorKind: 'runtime' });
    expect(mismatch?.message).toBe('should fail with an error containing "RangeError" but threw TypeError: nope');
  });

  it('accepts a type error as the expected error', () => {
    const error = "sample.ts:1:7 error TS2322: Type 'string' is not assignable to type 'number'.";
    expect(compareOutput(claim(null, 'TS2322'), { lines: [], error, errorKind: 'type' })).toBeNull();
  });

  it('words a type error as not type-checking, and says the sample was not run', () => {
    const error = "sample.ts:2:1 error TS2304: Cannot find name 'nope'.";
    const mismatch = compareOutput(claim(['1']), { lines: [], error, errorKind: 'type' });
    expect(mismatch?.message).toBe(
      `does not type-check: ${error}; printed 0 lines, the lesson claims 1: line 1 of output expected "1", got nothing (it was not run)`,
    );
  });

  it('never counts a timeout as the expected error', () => {
    const mismatch = compareOutput(claim(null, 'still running'), { lines: [], error: 'still running after 5000 ms', errorKind: 'timeout' });
    expect(mismatch?.message).toBe('did not finish: still running after 5000 ms');
  });
});

describe('firstDifference and outputDiff', () => {
  it('finds the first differing index, or -1', () => {
    expect(firstDifference(['a', 'b'], ['a', 'b'])).toBe(-1);
    expect(firstDifference(['a', 'b'], ['a', 'c'])).toBe(1);
    expect(firstDifference(['a'], ['a', 'b'])).toBe(1);
    expect(firstDifference([], [])).toBe(-1);
  });

  it('shows a window starting a few lines before the first difference', () => {
    const expected = Array.from({ length: 10 }, (_, i) => `line ${i}`);
    const actual = [...expected.slice(0, 8), 'other', 'line 9'];
    expect(outputDiff(expected, actual)).toEqual([
      '(- lesson claims, + sample printed)',
      '  … 5 matching lines',
      '  line 5',
      '  line 6',
      '  line 7',
      '- line 8',
      '+ other',
      '  line 9',
    ]);
  });

  it('cuts a long diff', () => {
    const diff = outputDiff(
      Array.from({ length: 100 }, (_, i) => `${i}`),
      Array.from({ length: 100 }, (_, i) => `x${i}`),
    );
    expect(diff.length).toBeLessThanOrEqual(26);
    expect(diff.at(-1)).toBe('  …');
  });
});
