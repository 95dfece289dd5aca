import { describe, expect, expectTypeOf, it } from 'vitest';
import { walk, type Tree } from './walk';

const leaf = <T>(value: T): Tree<T> => ({ value });

//        a
//      / | \
//     b  e  f
//    / \     \
//   c   d     g
const sample: Tree<string> = {
  value: 'a',
  children: [
    { value: 'b', children: [leaf('c'), leaf('d')] },
    leaf('e'),
    { value: 'f', children: [leaf('g')] },
  ],
};

/** Pulls at most `limit` items; returns them and the final result (if reached). */
function drain<T, R>(g: Generator<T, R, undefined>, limit = 100) {
  const values: T[] = [];
  for (let i = 0; i < limit; i++) {
    const r = g.next();
    if (r.done) return { values, returned: r.value };
    values.push(r.value);
  }
  throw new Error(`the generator did not finish after ${limit} items`);
}

/** A node whose `children` property counts how often it is read. */
function watchedNode<T>(value: T, children: Tree<T>[], reads: { count: number }): Tree<T> {
  return {
    value,
    get children() {
      reads.count += 1;
      return children;
    },
  };
}

describe('walk', () => {
  it('yields every value, each node before its children', () => {
    expect(drain(walk(sample)).values).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('returns the number of nodes visited', () => {
    expect(drain(walk(sample)).returned).toBe(7);
  });

  it('counts a lone leaf as one node', () => {
    expect(drain(walk(leaf(42)))).toEqual({ values: [42], returned: 1 });
  });

  it('handles an empty children array like no children', () => {
    expect(drain(walk({ value: 'x', children: [] }))).toEqual({ values: ['x'], returned: 1 });
  });

  it('counts every level of a deep chain', () => {
    let chain: Tree<number> = leaf(0);
    for (let i = 1; i < 50; i++) chain = { value: i, children: [chain] };
    const { values, returned } = drain(walk(chain));
    expect(values[0]).toBe(49);
    expect(values[49]).toBe(0);
    expect(returned).toBe(50);
  });

  it('puts the count in the final { value, done: true } and then stays done', () => {
    const g = walk({ value: 1, children: [leaf(2)] });
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: 2, done: false });
    expect(g.next()).toEqual({ value: 2, done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('hands its count to a caller that delegates with yield*', () => {
    function* both(): Generator<string, number, undefined> {
      const first = yield* walk(sample);
      const second = yield* walk({ value: 'z', children: [leaf('y')] });
      return first + second;
    }
    expect(drain(both())).toEqual({ values: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'z', 'y'], returned: 9 });
  });

  it('keeps equal values apart (counts nodes, not distinct values)', () => {
    expect(drain(walk({ value: 0, children: [leaf(0), leaf(0)] }))).toEqual({ values: [0, 0, 0], returned: 3 });
  });

  it('reads nothing before the first next(), and no deeper than it has to', () => {
    const rootReads = { count: 0 };
    const kidReads = { count: 0 };
    const kid = watchedNode('kid', [leaf('grandkid')], kidReads);
    const g = walk(watchedNode('root', [kid], rootReads));
    expect(rootReads.count, 'walk() read the tree before next() was called').toBe(0);
    expect(g.next()).toEqual({ value: 'root', done: false });
    expect(kidReads.count, "the child's children were read before the walk reached the child").toBe(0);
    expect(g.next()).toEqual({ value: 'kid', done: false });
    expect(g.next()).toEqual({ value: 'grandkid', done: false });
  });

  it('is lazy: stopping early leaves the rest of the tree unread', () => {
    const reads = { count: 0 };
    const tree: Tree<string> = {
      value: 'a',
      children: [leaf('b'), watchedNode('c', [leaf('d')], reads)],
    };
    const seen: string[] = [];
    for (const value of walk(tree)) {
      seen.push(value);
      if (value === 'b') break;
    }
    expect(seen).toEqual(['a', 'b']);
    expect(reads.count, 'a subtree after the stopping point was read').toBe(0);
  });

  it('gives the same count every time, and for walks read in turns', () => {
    expect(drain(walk(sample)).returned).toBe(7);
    expect(drain(walk(sample)).returned, 'a second walk of the same tree counted differently').toBe(7);
    const a = walk({ value: 'a', children: [leaf('b')] });
    const b = walk({ value: 'x', children: [leaf('y'), leaf('z')] });
    expect([a.next().value, b.next().value, a.next().value, b.next().value]).toEqual(['a', 'x', 'b', 'y']);
    expect(drain(a)).toEqual({ values: [], returned: 2 });
    expect(drain(b)).toEqual({ values: ['z'], returned: 3 });
  });

  it('walks 200,000 nodes', () => {
    const wide: Tree<number> = { value: -1, children: Array.from({ length: 200_000 }, (_, i) => leaf(i)) };
    const { values, returned } = drain(walk(wide), 300_000);
    expect(values).toHaveLength(200_001);
    expect(returned).toBe(200_001);
  });

  it('has the type Generator<T, number, undefined>', () => {
    expectTypeOf(walk(sample)).toEqualTypeOf<Generator<string, number, undefined>>();
    expectTypeOf(walk(leaf(1))).toEqualTypeOf<Generator<number, number, undefined>>();
  });
});
