import { describe, expect, expectTypeOf, it } from 'vitest';
import { cleanSales, type Sale } from './clean-sales';

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

/** A header, then sales without end. Throws (rather than hang) if something reads far ahead. */
function* endlessSales(): Generator<string, never, undefined> {
  yield 'region,product,amount';
  for (let n = 1; ; n++) {
    if (n === 10_000) throw new Error('10,000 lines were read from an endless input: something is eager');
    yield `North,widget,${n}`;
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

describe('cleanSales', () => {
  it('turns rows into Sale records and skips the header', () => {
    const csv = ['region,product,amount', 'north,widget,12.5', 'south,gadget,3'];
    expect(take(cleanSales(csv))).toEqual([
      { region: 'north', product: 'widget', amount: 12.5 },
      { region: 'south', product: 'gadget', amount: 3 },
    ]);
  });

  it('skips the first line whatever it says', () => {
    expect(take(cleanSales(['east,header-lookalike,1', 'west,gizmo,2']))).toEqual([
      { region: 'west', product: 'gizmo', amount: 2 },
    ]);
  });

  it('trims cells, lower-cases the region and keeps the product as written', () => {
    expect(take(cleanSales(['h', '  NORTH , Widget Pro ,  7.25 ']))).toEqual([
      { region: 'north', product: 'Widget Pro', amount: 7.25 },
    ]);
  });

  it('skips blank lines', () => {
    expect(take(cleanSales(['h', '', 'north,a,1', '   ', '\t', 'south,b,2']))).toEqual([
      { region: 'north', product: 'a', amount: 1 },
      { region: 'south', product: 'b', amount: 2 },
    ]);
  });

  it('drops rows without exactly three cells', () => {
    expect(take(cleanSales(['h', 'north,a', 'north,a,1,extra', 'south,b,2']))).toEqual([
      { region: 'south', product: 'b', amount: 2 },
    ]);
  });

  it('drops rows with an empty region or product', () => {
    expect(take(cleanSales(['h', ',a,1', 'north, ,1', 'south,b,2']))).toEqual([
      { region: 'south', product: 'b', amount: 2 },
    ]);
  });

  it('drops rows whose amount is not a number (empty counts as not a number)', () => {
    const csv = ['h', 'north,a,', 'north,a,  ', 'north,a,abc', 'north,a,12abc', 'north,a,NaN', 'south,b,-4.5', 'east,c,0'];
    expect(take(cleanSales(csv))).toEqual([
      { region: 'south', product: 'b', amount: -4.5 },
      { region: 'east', product: 'c', amount: 0 },
    ]);
  });

  it('yields nothing for no lines or a header alone', () => {
    expect(take(cleanSales([]))).toEqual([]);
    expect(take(cleanSales(['region,product,amount']))).toEqual([]);
  });

  it('ends with { value: undefined, done: true }', () => {
    const g = cleanSales(['h', 'north,a,1']);
    g.next();
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('reads nothing before the first next()', () => {
    const csv = watched(['h', 'north,a,1']);
    cleanSales(csv.iterable);
    expect(csv.stats.opened, 'cleanSales() started reading before next() was called').toBe(0);
  });

  it('reads only as many lines as it needs', () => {
    const csv = watched(['h', 'bad', 'north,a,1', '', 'south,b,2', 'east,c,3']);
    const g = cleanSales(csv.iterable);
    expect(g.next().value).toEqual({ region: 'north', product: 'a', amount: 1 });
    expect(csv.stats.pulls, 'the first good row is line 3: three lines should have been read').toBe(3);
    expect(g.next().value).toEqual({ region: 'south', product: 'b', amount: 2 });
    expect(csv.stats.pulls).toBe(5);
  });

  it('works on an endless input', () => {
    expect(take(cleanSales(endlessSales()), 3).map((sale) => sale.amount)).toEqual([1, 2, 3]);
  });

  it('closes the input when the consumer stops early', () => {
    const csv = watched(endlessSales());
    for (const sale of cleanSales(csv.iterable)) {
      if (sale.amount === 2) break;
    }
    expect(csv.stats.pulls).toBe(3);
    expect(csv.stats.closed, 'breaking out of the loop should close the input').toBe(1);
  });

  it('keeps two cleaners apart when they are read in turns', () => {
    const a = cleanSales(['h', 'north,a,1', 'north,a,2']);
    const b = cleanSales(['h', 'south,b,10', 'south,b,20']);
    expect([a.next().value?.amount, b.next().value?.amount, a.next().value?.amount, b.next().value?.amount]).toEqual([1, 10, 2, 20]);
  });

  it('has the type Generator<Sale, void, undefined>', () => {
    expectTypeOf(cleanSales([])).toEqualTypeOf<Generator<Sale, void, undefined>>();
  });
});
