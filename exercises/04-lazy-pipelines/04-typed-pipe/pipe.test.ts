import { describe, expect, expectTypeOf, it } from 'vitest';
import { filter, map, pipe, take, type Stage } from './pipe';

const PULL_LIMIT = 1000;

/** 0, 1, 2, … forever, counting how often it is asked for an item. */
function countingNaturals() {
  const stats = { pulls: 0 };
  const source: Iterable<number> = {
    [Symbol.iterator]() {
      let n = 0;
      return {
        next() {
          stats.pulls += 1;
          if (stats.pulls > PULL_LIMIT) {
            throw new Error(`the pipeline pulled more than ${PULL_LIMIT} items from an endless source: is a stage eager?`);
          }
          return { value: n++, done: false };
        },
      };
    },
  };
  return { source, stats };
}

/** Pulls at most `count` items (a bounded pull, so an endless result cannot hang the test). */
function first<T>(iterable: Iterable<T>, count: number): T[] {
  const iterator = iterable[Symbol.iterator]();
  const values: T[] = [];
  for (let i = 0; i < count; i++) {
    const result = iterator.next();
    if (result.done) break;
    values.push(result.value);
  }
  return values;
}

const isEven = (n: number) => n % 2 === 0;

describe('stages', () => {
  it('map, filter and take each work on their own', () => {
    expect([...map((n: number) => n * 10)([1, 2, 3])]).toEqual([10, 20, 30]);
    expect([...filter(isEven)([1, 2, 3, 4])]).toEqual([2, 4]);
    expect([...take(2)(['a', 'b', 'c'])]).toEqual(['a', 'b']);
    expect([...take(5)(['a'])]).toEqual(['a']);
  });

  it('are lazy on an endless source', () => {
    const { source, stats } = countingNaturals();
    expect(first(map((n: number) => n + 1)(source), 3)).toEqual([1, 2, 3]);
    expect(stats.pulls).toBe(3);
  });

  it('take never pulls one item too many, and take(0) pulls none', () => {
    const a = countingNaturals();
    expect([...take(3)(a.source)]).toEqual([0, 1, 2]);
    expect(a.stats.pulls, 'take(3) should pull exactly 3 items').toBe(3);
    const b = countingNaturals();
    expect([...take(0)(b.source)]).toEqual([]);
    expect(b.stats.pulls, 'take(0) should pull nothing').toBe(0);
  });

  it('can be reused on several sources', () => {
    const firstTwo = take<number>(2);
    const double = map((n: number) => n * 2);
    expect([...firstTwo([1, 2, 3])]).toEqual([1, 2]);
    expect([...firstTwo([7, 8, 9])], 'a take stage used a second time should start counting afresh').toEqual([7, 8]);
    expect([...double([1])]).toEqual([2]);
    expect([...double([5])]).toEqual([10]);
  });
});

describe('pipe', () => {
  it('feeds the source through the stages, left to right', () => {
    expect([...pipe([1, 2, 3, 4, 5, 6], take(4), filter(isEven))]).toEqual([2, 4]);
    expect([...pipe([1, 2, 3, 4, 5, 6], filter(isEven), take(4))]).toEqual([2, 4, 6]);
    expect([...pipe(['a', 'b'], map((s) => s.toUpperCase()))]).toEqual(['A', 'B']);
  });

  it('returns the source itself when there are no stages', () => {
    const source = [1, 2, 3];
    expect(pipe(source)).toBe(source);
  });

  it('pulls nothing until the result is iterated, then only what is needed', () => {
    const { source, stats } = countingNaturals();
    const result = pipe(
      source,
      filter(isEven),
      map((n) => n * n),
      take(3),
    );
    expect(stats.pulls, 'building a pipeline should not pull anything').toBe(0);
    expect(first(result, 10)).toEqual([0, 4, 16]);
    expect(stats.pulls, '0, 4 and 16 come from 0, 2 and 4: exactly 5 pulls').toBe(5);
  });

  it('takes six stages', () => {
    const result = pipe(
      [1, 2, 3, 4, 5, 6, 7, 8],
      map((n) => n + 1),
      filter((n) => n % 3 === 0),
      map((n) => `${n}!`),
      map((s) => s.length),
      filter((length) => length > 1),
      take(1),
    );
    expect([...result]).toEqual([2]);
  });

  it('lets types flow from stage to stage', () => {
    expectTypeOf(pipe([1, 2, 3])).toEqualTypeOf<Iterable<number>>();
    expectTypeOf(pipe([1, 2, 3], map((n) => String(n)))).toEqualTypeOf<Iterable<string>>();
    expectTypeOf(
      pipe(
        [1, 2, 3],
        filter((n) => n > 1),
        map((n) => ({ n })),
        take(1),
      ),
    ).toEqualTypeOf<Iterable<{ n: number }>>();
    expectTypeOf(
      pipe(
        ['a'],
        map((s) => s.length),
        map((n) => n > 0),
        filter((b) => b),
        map((b) => [b]),
        take(1),
        map((list) => list.length),
      ),
    ).toEqualTypeOf<Iterable<number>>();
    const exclaim: Stage<string, string> = map((s: string) => `${s}!`);
    expectTypeOf(pipe(['hi'], exclaim)).toEqualTypeOf<Iterable<string>>();
  });

  it('rejects a stage that does not fit (checked by the type-checker)', () => {
    // Each line below must be a type error; the pipelines are never iterated.
    // @ts-expect-error: a stage that takes strings cannot follow a source of numbers
    const wrongSource = pipe([1, 2, 3], map((s: string) => s.length));
    // @ts-expect-error: the second stage expects numbers but gets strings
    const wrongOrder = pipe([1, 2, 3], map((n: number) => String(n)), filter((n: number) => n > 1));
    expect([wrongSource, wrongOrder]).toHaveLength(2);
  });
});
