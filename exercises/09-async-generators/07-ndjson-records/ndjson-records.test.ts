import { describe, expect, expectTypeOf, it } from 'vitest';
import { ndjsonRecords } from './ndjson-records';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** An async source of `chunks` that counts how many were pulled and whether it was closed. */
function body(chunks: string[]) {
  const state = { pulled: 0, closed: false };
  async function* read(): AsyncGenerator<string, void, undefined> {
    try {
      for (const chunk of chunks) {
        await Promise.resolve();
        state.pulled += 1;
        yield chunk;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: read() };
}

describe('ndjsonRecords', () => {
  it('parses one record per line', async () => {
    const { source } = body(['{"id":1}\n{"id":2}\n']);
    expect(await collect(ndjsonRecords(source))).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('joins lines split across chunks', async () => {
    const { source } = body(['{"na', 'me":"ada"', '}\n{"name":', '"grace"}\n']);
    expect(await collect(ndjsonRecords(source))).toEqual([{ name: 'ada' }, { name: 'grace' }]);
  });

  it('accepts \\r\\n line endings, even when a chunk ends between \\r and \\n', async () => {
    const { source } = body(['[1]\r\n\r\n[2]\r', '\n[3]\r\n']);
    expect(await collect(ndjsonRecords(source))).toEqual([[1], [2], [3]]);
  });

  it('parses a last line that has no line ending', async () => {
    const { source } = body(['{"a":1}\n{"b":', '2}']);
    expect(await collect(ndjsonRecords(source))).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('skips blank and whitespace-only lines, but keeps every JSON value, falsy ones included', async () => {
    const { source } = body(['\n0\n\n  \nfalse\r\n', 'null\n""\n\t\n[]\n']);
    expect(await collect(ndjsonRecords(source))).toEqual([0, false, null, '', []]);
  });

  it('yields nothing for an empty body', async () => {
    expect(await collect(ndjsonRecords(body([]).source))).toEqual([]);
    expect(await collect(ndjsonRecords(body(['', '\n', '']).source))).toEqual([]);
  });

  it('reads a chunk only when no complete line is waiting', async () => {
    const { source, state } = body(['1\n2\n3', '\n4\n', '5\n']);
    const gen = ndjsonRecords(source);
    expect(state.pulled).toBe(0);
    expect(await gen.next()).toEqual({ value: 1, done: false });
    expect(state.pulled).toBe(1);
    expect(await gen.next()).toEqual({ value: 2, done: false });
    expect(state.pulled).toBe(1);
    expect(await gen.next()).toEqual({ value: 3, done: false });
    expect(state.pulled).toBe(2);
    expect(await gen.next()).toEqual({ value: 4, done: false });
    expect(state.pulled).toBe(2);
    await gen.return();
    expect(state.closed).toBe(true);
  });

  it('closes the source when the consumer stops early', async () => {
    const { source, state } = body(['{"n":1}\n', '{"n":2}\n', '{"n":3}\n']);
    for await (const record of ndjsonRecords(source)) {
      expect(record).toEqual({ n: 1 });
      break;
    }
    expect(state.closed).toBe(true);
    expect(state.pulled).toBe(1);
  });

  it('throws a SyntaxError naming the line, after the records before it, and closes the source', async () => {
    const { source, state } = body(['{"ok":1}\n\n', '{"ok":2}\n{oops}\n', '{"ok":3}\n']);
    const gen = ndjsonRecords(source);
    expect(await gen.next()).toEqual({ value: { ok: 1 }, done: false });
    expect(await gen.next()).toEqual({ value: { ok: 2 }, done: false });
    await expect(gen.next()).rejects.toThrow(SyntaxError);
    expect(state.closed).toBe(true);
    expect(state.pulled).toBe(2);
    const again = body(['1\n', '\n', '2\n{oops}\n']).source;
    await expect(collect(ndjsonRecords(again))).rejects.toThrow(/^line 4:/);
  });

  it('counts a bad last line without a line ending too', async () => {
    await expect(collect(ndjsonRecords(body(['1\n2\n', '[3']).source))).rejects.toThrow(/^line 3:/);
  });

  it('reads 500,000 records from one chunk', async () => {
    const text = Array.from({ length: 500_000 }, (_, i) => `{"i":${i}}`).join('\n');
    let count = 0;
    let last: unknown;
    for await (const record of ndjsonRecords(body([text]).source)) {
      count += 1;
      last = record;
    }
    expect(count).toBe(500_000);
    expect(last).toEqual({ i: 499_999 });
  });

  it('keeps two streams apart when they are read in turn', async () => {
    const a = ndjsonRecords(body(['"a1"\n"a', '2"\n']).source);
    const b = ndjsonRecords(body(['"b1"\n', '"b2"\n']).source);
    const seen: unknown[] = [];
    for (let i = 0; i < 2; i++) seen.push((await a.next()).value, (await b.next()).value);
    expect(seen).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('has the right type', () => {
    expectTypeOf(ndjsonRecords(body([]).source)).toEqualTypeOf<AsyncGenerator<unknown, void, undefined>>();
  });
});
