import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile } from '../../src/progress/export-format';
import { fingerprint } from '../../src/progress/hash';
import { ProgressStore } from '../../src/progress/progress-store';
import { STORAGE_PREFIX } from '../../src/ui/storage';
import { rate } from '../../src/review/scheduler';

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
