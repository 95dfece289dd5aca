import { describe, expect, expectTypeOf, it } from 'vitest';
import { flatten, type NestedArray } from './flatten';

/** [value] wrapped in `depth` more arrays: [[[…[value]…]]]. */
function buried<T>(value: T, depth: number): NestedArray<T> {
  let tree: NestedArray<T> = [value];
  for (let i = 0; i < depth; i++) tree = [tree];
  return tree;
}

describe('flatten', () => {
  it('yields the values in order, depth first', () => {
    expect([...flatten([1, [2, [3, 4]], [], [[5]], 6])]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('handles empty and flat input', () => {
    expect([...flatten([])]).toEqual([]);
    expect([...flatten([[], [[]]])]).toEqual([]);
    expect([...flatten(['a', 'b'])]).toEqual(['a', 'b']);
  });

  it('yields falsy values too', () => {
    expect([...flatten<number | string | null | undefined>([0, [''], [[null]], undefined])]).toEqual([
      0,
      '',
      null,
      undefined,
    ]);
  });

  it('handles 100,000 levels of nesting', () => {
    expect([...flatten(buried('deep', 100_000))]).toEqual(['deep']);
  });

  it('keeps the order with values at every level of deep nesting', () => {
    const depth = 50_000;
    // [[[[], 0], 1], 2] and so on: the walk goes all the way down, then yields 0, 1, 2, … on the way out.
    let tree: NestedArray<number> = [];
    for (let i = 0; i < depth; i++) tree = [tree, i];
    let expected = 0;
    for (const value of flatten(tree)) {
      if (value !== expected) expect(value).toBe(expected);
      expected += 1;
    }
    expect(expected).toBe(depth);
  });

  it('does not look inside a nested array before the walk reaches it', () => {
    let reads = 0;
    const inner: number[] = [];
    Object.defineProperty(inner, 0, {
      get() {
        reads += 1;
        return 2;
      },
      enumerable: true,
    });
    const gen = flatten([1, inner]);
    expect(gen.next()).toEqual({ value: 1, done: false });
    expect(reads).toBe(0);
    expect(gen.next()).toEqual({ value: 2, done: false });
    expect(gen.next()).toEqual({ value: undefined, done: true });
  });

  it('leaves the input unchanged', () => {
    const tree = [1, [2, [3]], 4];
    expect([...flatten(tree)]).toEqual([1, 2, 3, 4]);
    expect(tree).toEqual([1, [2, [3]], 4]);
  });

  it('has the right type', () => {
    expectTypeOf(flatten([1, [2, [3]]])).toEqualTypeOf<Generator<number, void, undefined>>();
    expectTypeOf(flatten(['a', ['b']])).toEqualTypeOf<Generator<string, void, undefined>>();
  });
});
