import { describe, expect, expectTypeOf, it } from 'vitest';
import { csvLines, type Row } from './csv-export';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** A fake database cursor over `rows`: counts the rows pulled and records whether it was closed. */
function cursor(rows: Row[]) {
  const state = { pulled: 0, closed: false };
  async function* read(): AsyncGenerator<Row, void, undefined> {
    try {
      for (const row of rows) {
        await Promise.resolve();
        state.pulled += 1;
        yield row;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, rows: read() };
}

describe('csvLines', () => {
  it('yields the header, then one line per row, each ending in \\r\\n', async () => {
    const { rows } = cursor([
      { id: 1, name: 'ada' },
      { id: 2, name: 'grace' },
    ]);
    expect(await collect(csvLines(['id', 'name'], rows))).toEqual(['id,name\r\n', '1,ada\r\n', '2,grace\r\n']);
  });

  it('writes the values in the order of the columns, leaving out other keys', async () => {
    const { rows } = cursor([{ city: 'London', extra: 'x', name: 'ada', id: 7 }]);
    expect(await collect(csvLines(['id', 'name', 'city'], rows))).toEqual(['id,name,city\r\n', '7,ada,London\r\n']);
  });

  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', async () => {
    const { rows } = cursor([
      { a: 'Lovelace, Ada', b: 'say "hi"', c: 'two\nlines', d: 'cr\rhere', e: ' spaced ' },
    ]);
    const [, line] = await collect(csvLines(['a', 'b', 'c', 'd', 'e'], rows));
    expect(line).toBe('"Lovelace, Ada","say ""hi""","two\nlines","cr\rhere", spaced \r\n');
  });

  it('quotes column names that need it', async () => {
    const { rows } = cursor([]);
    expect(await collect(csvLines(['id', 'name, full', 'the "key"'], rows))).toEqual(['id,"name, full","the ""key"""\r\n']);
  });

  it('writes null, undefined and missing values as empty fields, and keeps 0 and false', async () => {
    const { rows } = cursor([{ a: null, b: undefined, d: 0, e: false, f: '' }]);
    const [, line] = await collect(csvLines(['a', 'b', 'c', 'd', 'e', 'f'], rows));
    expect(line).toBe(',,,0,false,\r\n');
  });

  it('yields only the header when there are no rows', async () => {
    const { rows, state } = cursor([]);
    expect(await collect(csvLines(['id'], rows))).toEqual(['id\r\n']);
    expect(state.closed).toBe(true);
  });

  it('yields the header before pulling any row, then pulls one row per line', async () => {
    const { rows, state } = cursor([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    const gen = csvLines(['n'], rows);
    expect(state.pulled).toBe(0);
    expect(await gen.next()).toEqual({ value: 'n\r\n', done: false });
    expect(state.pulled).toBe(0);
    expect(await gen.next()).toEqual({ value: '1\r\n', done: false });
    expect(state.pulled).toBe(1);
    expect(await gen.next()).toEqual({ value: '2\r\n', done: false });
    expect(state.pulled).toBe(2);
    await gen.return();
    expect(state.closed).toBe(true);
    expect(state.pulled).toBe(2);
  });

  it('closes the cursor when the client stops reading', async () => {
    const { rows, state } = cursor([{ n: 1 }, { n: 2 }, { n: 3 }]);
    let lines = 0;
    for await (const _ of csvLines(['n'], rows)) {
      lines += 1;
      if (lines === 2) break;
    }
    expect(state.closed).toBe(true);
    expect(state.pulled).toBe(1);
  });

  it('streams 200,000 rows', async () => {
    async function* many(): AsyncGenerator<Row, void, undefined> {
      for (let i = 0; i < 200_000; i++) yield { i, even: i % 2 === 0 };
    }
    let count = 0;
    let last = '';
    for await (const line of csvLines(['i', 'even'], many())) {
      count += 1;
      last = line;
    }
    expect(count).toBe(200_001);
    expect(last).toBe('199999,false\r\n');
  });

  it('keeps two exports apart when they are read in turn', async () => {
    const a = csvLines(['x'], cursor([{ x: 'a1' }, { x: 'a2' }]).rows);
    const b = csvLines(['y'], cursor([{ y: 'b1' }, { y: 'b2' }]).rows);
    const seen: (string | void)[] = [];
    for (let i = 0; i < 3; i++) seen.push((await a.next()).value, (await b.next()).value);
    expect(seen).toEqual(['x\r\n', 'y\r\n', 'a1\r\n', 'b1\r\n', 'a2\r\n', 'b2\r\n']);
  });

  it('has the right type', () => {
    expectTypeOf(csvLines(['a'], cursor([]).rows)).toEqualTypeOf<AsyncGenerator<string, void, undefined>>();
  });
});
