import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile } from '../../src/progress/export-format';
import { fingerprint } from '../../src/progress/hash';
import { ProgressStore } from '../../src/progress/progress-store';
import { exerciseState, solvedIn } from '../../src/progress/progress-types';
import { STORAGE_PREFIX } from '../../src/ui/storage';
import { rate } from '../../src/review/scheduler';
import { ReviewStore } from '../../src/review/review-store';

class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

describe('ProgressStore', () => {
  it('keeps code and counts checks; a solve is never undone by a later failing check', () => {
    const store = new ProgressStore(new MemoryStorage());
    store.saveCode('take', 'let x = 1;', fingerprint('stub'));
    store.recordCheck('take', false);
    expect(store.get('take')).toMatchObject({ code: 'let x = 1;', state: 'attempted', checks: 1, stubFingerprint: fingerprint('stub') });
    store.recordCheck('take', true);
    store.recordCheck('take', false);
    const record = store.get('take');
    expect(record.state).toBe('solved');
    expect(record.checks).toBe(3);
    expect(record.solvedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('remembers the stub the learner started from, across saves', () => {
    const store = new ProgressStore(new MemoryStorage());
    store.saveCode('take', 'a', 'aaaaaaaa');
    store.saveCode('take', 'b', 'bbbbbbbb');
    expect(store.get('take').stubFingerprint).toBe('aaaaaaaa');
  });

  it('ignores and reports a corrupt or foreign entry', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${STORAGE_PREFIX}exercise:take`, '{not json');
    storage.setItem(`${STORAGE_PREFIX}exercise:chain`, JSON.stringify({ state: 'won', checks: -1 }));
    storage.setItem('someone-else', 'x');
    const store = new ProgressStore(storage);
    expect(store.get('take')).toEqual({ state: 'unsolved', checks: 0, hintsShown: 0 });
    expect(store.all()).toEqual({});
    expect([...store.corrupt].sort()).toEqual(['chain', 'take']);
  });

  it('says so when storage is full, in words a learner can act on', () => {
    const storage = new MemoryStorage();
    storage.quota = 10;
    const result = new ProgressStore(storage).saveCode('take', 'x'.repeat(100), 'aaaaaaaa');
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    expect(result.ok || result.message).toContain('It is still in the editor');
  });

  it('works without storage at all', () => {
    const store = new ProgressStore(null);
    expect(store.saveCode('take', 'x', 'aaaaaaaa')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(store.get('take').state).toBe('unsolved');
  });
});

describe('the Python track in the store', () => {
  it('keeps each language’s code, checks and hints apart; solved in Python counts as solved', () => {
    const store = new ProgressStore(new MemoryStorage());
    store.saveCode('take', 'let x = 1;', fingerprint('ts stub'));
    store.saveCode('take', 'x = 1', fingerprint('py stub'), 'python');
    store.recordCheck('take', true, 'python');
    store.updateTrack('take', 'python', (r) => ({ ...r, hintsShown: 2 }));
    const record = store.get('take');
    expect(record).toMatchObject({ code: 'let x = 1;', state: 'unsolved', checks: 0, hintsShown: 0, stubFingerprint: fingerprint('ts stub') });
    expect(record.python).toMatchObject({ code: 'x = 1', state: 'solved', checks: 1, hintsShown: 2, stubFingerprint: fingerprint('py stub') });
    expect(store.getTrack('take', 'typescript')).not.toHaveProperty('python');
    expect(exerciseState(record)).toBe('solved');
    expect(solvedIn(record)).toEqual(['python']);
    // A TypeScript save keeps the Python track.
    store.recordCheck('take', false);
    expect(store.get('take').python?.state).toBe('solved');
    expect(store.get('take').state).toBe('attempted');
  });

  it('remembers the chosen language, TypeScript until Python is picked', () => {
    const storage = new MemoryStorage();
    expect(new ProgressStore(storage).language()).toBe('typescript');
    new ProgressStore(storage).setLanguage('python');
    expect(new ProgressStore(storage).language()).toBe('python');
  });

  it('refuses a stored record whose Python track is malformed', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      `${STORAGE_PREFIX}exercise:take`,
      JSON.stringify({ state: 'solved', checks: 1, hintsShown: 0, python: { state: 'won', checks: 1, hintsShown: 0 } }),
    );
    const store = new ProgressStore(storage);
    expect(store.get('take').state).toBe('unsolved');
    expect(store.corrupt.has('take')).toBe(true);
  });

  it('exports and imports both tracks', () => {
    const records = {
      take: { state: 'attempted' as const, checks: 1, hintsShown: 0, python: { state: 'solved' as const, checks: 2, hintsShown: 1, code: 'x = 1' } },
    };
    const parsed = parseProgressFile(JSON.stringify(buildProgressFile(records, 'browser')));
    expect(parsed.ok && parsed.value.exercises.take.python).toEqual(records.take.python);
    const wrong = parseProgressFile(
      JSON.stringify(buildProgressFile({ take: { ...records.take, python: { ...records.take.python, checks: -1 } } }, 'browser')),
    );
    expect(wrong.ok).toBe(false);
  });
});

/** Storage with a browser's kind of limit: all keys and values together, in characters. */
class LimitedStorage extends MemoryStorage {
  constructor(private readonly limit: number) {
    super();
  }
  used(except?: string) {
    let n = 0;
    for (let i = 0; i < this.length; i++) {
      const key = this.key(i)!;
      if (key !== except) n += key.length + this.getItem(key)!.length;
    }
    return n;
  }
  override setItem(key: string, value: string) {
    if (this.used(key) + key.length + value.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

describe('importing progress', () => {
  const old = {
    take: { code: 'my take', state: 'solved' as const, checks: 3, hintsShown: 0 },
    chain: { code: 'my chain', state: 'attempted' as const, checks: 1, hintsShown: 2 },
  };
  const incoming = { zip: { code: 'zip code', state: 'solved' as const, checks: 1, hintsShown: 0 } };
  const review = { cards: { 'first-next-dropped': rate(undefined, 'good', new Date('2026-11-20T09:00:00Z')) } };
  const snapshot = (storage: Storage) =>
    Object.fromEntries(Array.from({ length: storage.length }, (_, i) => [storage.key(i)!, storage.getItem(storage.key(i)!)]));

  function learner(storage: Storage) {
    const store = new ProgressStore(storage);
    for (const [id, record] of Object.entries(old)) store.update(id, () => record);
    new ReviewStore(storage).replace({ cards: {} });
    return store;
  }

  it('replaces every record and the review schedule at once; later readers see only the new', () => {
    const storage = new MemoryStorage();
    const store = learner(storage);
    expect(store.importAll(incoming, { review: JSON.stringify(review) })).toEqual({ ok: true });
    expect(store.all()).toEqual(incoming);
    expect(new ProgressStore(storage).get('take').state).toBe('unsolved');
    expect(new ReviewStore(storage).get()).toEqual(review);
    // Nothing of the old records is left behind.
    expect(Object.keys(snapshot(storage)).filter((key) => /take|chain/.test(key))).toEqual([]);
    // Saving after the import goes to the new records, and a second import replaces them in turn.
    store.saveCode('zip', 'edited', 'aaaaaaaa');
    expect(new ProgressStore(storage).get('zip').code).toBe('edited');
    expect(store.importAll(old)).toEqual({ ok: true });
    expect(store.all()).toEqual(old);
    expect(new ReviewStore(storage).get()).toEqual(review);
  });

  it('changes nothing when the new records do not fit beside the old: storage full is not a loss', () => {
    const storage = new LimitedStorage(2_000);
    const store = learner(storage);
    const before = snapshot(storage);
    const records = store.all();
    const big = { ...incoming, flatten: { code: 'x'.repeat(1_500), state: 'attempted' as const, checks: 1, hintsShown: 0 } };
    expect(store.importAll(big, { review: JSON.stringify(review) })).toEqual({ ok: false, reason: 'full' });
    expect(snapshot(storage)).toEqual(before);
    expect(store.all()).toEqual(records);
    expect(Object.keys(records)).toEqual(Object.keys(old));
    expect(new ReviewStore(storage).get()).toEqual({ cards: {} });
    // It fits once there is room; the store is left no fuller than the new records need.
    const roomy = new LimitedStorage(4_000);
    const second = learner(roomy);
    expect(second.importAll(big)).toEqual({ ok: true });
    expect(second.all()).toEqual(big);
  });

  it('says so when the browser keeps nothing', () => {
    expect(new ProgressStore(null).importAll(incoming)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('removes what an import that died midway wrote, and keeps the current records', () => {
    const storage = new MemoryStorage();
    const store = learner(storage);
    const records = store.all();
    storage.setItem(`${STORAGE_PREFIX}g1:exercise:zip`, JSON.stringify(incoming.zip));
    expect(store.all()).toEqual(records);
    store.removeOldGenerations();
    expect(Object.keys(snapshot(storage)).some((key) => key.includes(':g1:'))).toBe(false);
    expect(store.all()).toEqual(records);
    // An import picks a generation of its own even so, and reads back what it wrote.
    storage.setItem(`${STORAGE_PREFIX}g1:exercise:zip`, 'left over');
    expect(store.importAll(incoming)).toEqual({ ok: true });
    expect(store.all()).toEqual(incoming);
  });
});

describe('the progress file', () => {
  const records = { take: { code: 'export {}', state: 'solved' as const, checks: 2, hintsShown: 1, solvedAt: '2026-11-23T10:00:00.000Z' } };

  it('round-trips through export and import', () => {
    const text = JSON.stringify(buildProgressFile(records, 'browser', new Date('2026-11-23T12:00:00Z')));
    expect(parseProgressFile(text)).toEqual({
      ok: true,
      value: { format: 'generators-course/progress', version: 1, exportedAt: '2026-11-23T12:00:00.000Z', source: 'browser', exercises: records },
    });
  });

  it('rejects with one clear sentence what is not a progress file, or is from a newer course', () => {
    expect(parseProgressFile('[1,2')).toMatchObject({ ok: false, errors: [expect.stringContaining('not valid JSON')] });
    expect(parseProgressFile('{"format":"other"}')).toEqual({
      ok: false,
      errors: ['This is not a progress file of this course (its "format" is "other", expected "generators-course/progress").'],
    });
    expect(parseProgressFile('{"format":"generators-course/progress","version":2}')).toEqual({
      ok: false,
      errors: ['This file was made by a newer version of the course (version 2); update the course to read it.'],
    });
  });

  it('names the field that is wrong', () => {
    const bad = { ...buildProgressFile(records, 'browser'), exercises: { take: { ...records.take, state: 'won' }, 'Bad Name': records.take } };
    const result = parseProgressFile(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      "exercises.take.state: Invalid enum value. Expected 'unsolved' | 'attempted' | 'solved', received 'won'",
      'exercises.Bad Name: an exercise name',
    ]);
  });

  it('carries the review schedule, and still reads files without one (version 1 either way)', () => {
    const review = { cards: { 'first-next-dropped': rate(undefined, 'good', new Date('2026-11-20T09:00:00Z')) } };
    const withReview = buildProgressFile(records, 'browser', new Date('2026-11-23T12:00:00Z'), review);
    const parsed = parseProgressFile(JSON.stringify(withReview));
    expect(parsed).toEqual({ ok: true, value: { ...withReview, review } });
    expect(parsed.ok && parsed.value.version).toBe(1);
    // A file from before review existed (or from npm run report) has no review field, and is still valid.
    const without = buildProgressFile(records, 'local', new Date('2026-11-23T12:00:00Z'));
    expect('review' in without).toBe(false);
    expect(parseProgressFile(JSON.stringify(without))).toMatchObject({ ok: true, value: { exercises: records } });
  });

  it('validates the review schedule it carries, naming the card and field', () => {
    const good = rate(undefined, 'good', new Date('2026-11-20T09:00:00Z'));
    const bad = { ...buildProgressFile(records, 'browser'), review: { cards: { 'first-next-dropped': { ...good, due: 'next week' }, ok: good } } };
    expect(parseProgressFile(JSON.stringify(bad))).toEqual({ ok: false, errors: ['review.cards.first-next-dropped.due: Invalid datetime'] });
    const foreign = { ...buildProgressFile(records, 'browser'), review: { decks: [] } };
    expect(parseProgressFile(JSON.stringify(foreign))).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('review.cards: Required'), expect.stringContaining('Unrecognized key')],
    });
  });
});

describe("a project's files in the store", () => {
  it('keeps each file apart (the entry as the record`s code), survives a new store, and goes through export and import', () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(storage);
    store.saveProjectFile('log-analyser', 'analyser.ts', 'analyser.ts', 'entry', 'aaaaaaaa');
    store.saveProjectFile('log-analyser', 'analyser.ts', 'parse.ts', 'parse code', 'aaaaaaaa');
    store.saveProjectFile('log-analyser', 'analyser.ts', 'batch.ts', 'batch code', 'aaaaaaaa');
    store.recordCheck('log-analyser', false);
    const again = new ProgressStore(storage).getTrack('log-analyser', 'typescript');
    expect(again.code).toBe('entry');
    expect(again.files).toEqual({ 'parse.ts': 'parse code', 'batch.ts': 'batch code' });
    expect(again.state).toBe('attempted');
    const records = new ProgressStore(storage).all();
    const parsed = parseProgressFile(JSON.stringify(buildProgressFile(records, 'browser')));
    expect(parsed.ok && parsed.value.exercises['log-analyser'].files).toEqual({ 'parse.ts': 'parse code', 'batch.ts': 'batch code' });
    // A one-file record is as it was: no `files`.
    new ProgressStore(storage).saveCode('take', 'x', 'aaaaaaaa');
    expect(new ProgressStore(storage).get('take')).not.toHaveProperty('files');
  });

  it("keeps a Python project's modules in the Python record, apart from the TypeScript files, through export and import", () => {
    const storage = new MemoryStorage();
    const store = new ProgressStore(storage);
    store.saveProjectFile('log-analyser', 'analyser.ts', 'parse.ts', 'ts parse', 'aaaaaaaa');
    store.saveProjectFile('log-analyser', 'analyser.py', 'analyser.py', 'py entry', 'bbbbbbbb', 'python');
    store.saveProjectFile('log-analyser', 'analyser.py', 'parse.py', 'py parse', 'bbbbbbbb', 'python');
    const again = new ProgressStore(storage);
    expect(again.getTrack('log-analyser', 'python')).toMatchObject({ code: 'py entry', files: { 'parse.py': 'py parse' } });
    expect(again.getTrack('log-analyser', 'typescript').files).toEqual({ 'parse.ts': 'ts parse' });
    const parsed = parseProgressFile(JSON.stringify(buildProgressFile(again.all(), 'browser')));
    expect(parsed.ok && parsed.value.exercises['log-analyser'].python?.files).toEqual({ 'parse.py': 'py parse' });
    // A file name of the other language is not a file of this track.
    storage.setItem(
      `${STORAGE_PREFIX}exercise:log-analyser`,
      JSON.stringify({ state: 'unsolved', checks: 0, hintsShown: 0, python: { state: 'unsolved', checks: 0, hintsShown: 0, files: { 'parse.ts': '' } } }),
    );
    const strict = new ProgressStore(storage);
    strict.get('log-analyser');
    expect(strict.corrupt.has('log-analyser')).toBe(true);
  });

  it('refuses a record whose files are not a map of file names to text', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${STORAGE_PREFIX}exercise:log-analyser`, JSON.stringify({ state: 'unsolved', checks: 0, hintsShown: 0, files: { '../x': 1 } }));
    const store = new ProgressStore(storage);
    store.get('log-analyser');
    expect(store.corrupt.has('log-analyser')).toBe(true);
  });
});
