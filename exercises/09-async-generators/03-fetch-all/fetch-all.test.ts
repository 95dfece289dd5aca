import { describe, expect, expectTypeOf, it } from 'vitest';
import { fetchAll } from './fetch-all';

type Page<T> = { results: T[]; next: string | null };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(), ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** A fake API answering from `pages` after a short delay, recording every request. */
function fakeApi<T>(pages: Record<string, Page<T>>) {
  const log = { requested: [] as string[], inFlight: 0, mostInFlight: 0 };
  async function fetchPage(url: string): Promise<Page<T>> {
    log.requested.push(url);
    log.inFlight += 1;
    log.mostInFlight = Math.max(log.mostInFlight, log.inFlight);
    await sleep(2);
    log.inFlight -= 1;
    const page = pages[url];
    if (page === undefined) throw new Error(`404 Not Found: ${url}`);
    return page;
  }
  return { fetchPage, log };
}

const threePages = () =>
  fakeApi<string>({
    '/a': { results: ['a1', 'a2'], next: '/b' },
    '/b': { results: ['b1', 'b2', 'b3'], next: '/c' },
    '/c': { results: ['c1'], next: null },
  });

describe('fetchAll', () => {
  it('yields every result of every page, in order', async () => {
    const { fetchPage } = threePages();
    expect(await collect(fetchAll(fetchPage, '/a'))).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'c1']);
  });

  it('follows each next address, starting at firstUrl', async () => {
    const { fetchPage, log } = threePages();
    expect(await collect(fetchAll(fetchPage, '/b'))).toEqual(['b1', 'b2', 'b3', 'c1']);
    expect(log.requested).toEqual(['/b', '/c']);
  });

  it('handles a single page and empty pages', async () => {
    const single = fakeApi<number>({ '/only': { results: [1, 2], next: null } });
    expect(await collect(fetchAll(single.fetchPage, '/only'))).toEqual([1, 2]);

    const gaps = fakeApi<number>({
      '/1': { results: [], next: '/2' },
      '/2': { results: [7], next: '/3' },
      '/3': { results: [], next: null },
    });
    expect(await collect(fetchAll(gaps.fetchPage, '/1'))).toEqual([7]);
    expect(gaps.log.requested).toEqual(['/1', '/2', '/3']);
  });

  it('requests nothing before the first next()', async () => {
    const { fetchPage, log } = threePages();
    const gen = fetchAll(fetchPage, '/a');
    await sleep(5);
    expect(log.requested).toEqual([]);
    expect(await gen.next()).toEqual({ value: 'a1', done: false });
    expect(log.requested).toEqual(['/a']);
  });

  it('makes exactly one request when the consumer breaks after the first result', async () => {
    const { fetchPage, log } = threePages();
    for await (const result of fetchAll(fetchPage, '/a')) {
      expect(result).toBe('a1');
      break;
    }
    await sleep(10);
    expect(log.requested).toEqual(['/a']);
  });

  it('requests the next page only when its first result is needed', async () => {
    const { fetchPage, log } = threePages();
    const gen = fetchAll(fetchPage, '/a');
    expect((await gen.next()).value).toBe('a1');
    expect((await gen.next()).value).toBe('a2');
    await sleep(10);
    expect(log.requested).toEqual(['/a']);
    expect((await gen.next()).value).toBe('b1');
    expect(log.requested).toEqual(['/a', '/b']);
    await gen.return();
    await sleep(10);
    expect(log.requested).toEqual(['/a', '/b']);
  });

  it('never has two requests pending at once, even when next() is called many times at once', async () => {
    const { fetchPage, log } = threePages();
    const gen = fetchAll(fetchPage, '/a');
    const results = await Promise.all([gen.next(), gen.next(), gen.next(), gen.next(), gen.next(), gen.next(), gen.next()]);
    expect(results.map((r) => r.value)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'c1', undefined]);
    expect(results[6].done).toBe(true);
    expect(log.mostInFlight).toBe(1);
  });

  it('delivers the results it has, then rejects when a request fails', async () => {
    const broken = fakeApi<string>({ '/a': { results: ['a1'], next: '/missing' } });
    const gen = fetchAll(broken.fetchPage, '/a');
    expect(await gen.next()).toEqual({ value: 'a1', done: false });
    await expect(gen.next()).rejects.toThrow('404 Not Found: /missing');
  });

  it('has the right type', () => {
    const { fetchPage } = fakeApi<{ id: number }>({});
    expectTypeOf(fetchAll(fetchPage, '/x')).toEqualTypeOf<AsyncGenerator<{ id: number }, void, undefined>>();
  });
});
