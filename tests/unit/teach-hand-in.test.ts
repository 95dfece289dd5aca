import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/teach/assignment';
import { buildHandIn, handInFileName, parseHandIn } from '../../src/teach/hand-in-format';
import { buildProgressFile } from '../../src/progress/export-format';

const assignment: Assignment = { title: 'Week 1', due: '2025-10-03', exercises: ['count-up-to-class', 'next-or'] };
const records = {
  'count-up-to-class': { code: 'export class CountUpTo {}', state: 'solved' as const, checks: 2, hintsShown: 1, solvedAt: '2025-10-01T10:00:00.000Z' },
  replay: { code: 'not assigned', state: 'attempted' as const, checks: 1, hintsShown: 0 },
};

describe('hand-in files', () => {
  it('carry the assignment, the student and the assigned exercises’ records, and read back', () => {
    const handIn = buildHandIn('  Ada Lovelace ', assignment, records, new Date('2025-10-02T12:00:00Z'));
    expect(handIn).toEqual({
      format: 'generators-course/hand-in',
      version: 2,
      exportedAt: '2025-10-02T12:00:00.000Z',
      student: { name: 'Ada Lovelace' },
      assignment,
      exercises: { 'count-up-to-class': { ...records['count-up-to-class'], language: 'typescript' } },
    });
    expect(parseHandIn(JSON.stringify(handIn))).toEqual({ ok: true, value: handIn });
  });

  it('say in which language each exercise is written, and read version 1 files as TypeScript', () => {
    const python = { ...records['count-up-to-class'], code: 'class CountUpTo: ...', language: 'python' as const };
    const handIn = buildHandIn('Ada', assignment, { 'count-up-to-class': python, 'next-or': records.replay });
    expect(Object.fromEntries(Object.entries(handIn.exercises).map(([id, r]) => [id, r.language]))).toEqual({
      'count-up-to-class': 'python',
      'next-or': 'typescript',
    });
    const version1 = { ...handIn, version: 1, exercises: { 'count-up-to-class': records['count-up-to-class'] } };
    const read = parseHandIn(JSON.stringify(version1));
    expect(read).toEqual({
      ok: true,
      value: { ...version1, version: 2, exercises: { 'count-up-to-class': { ...records['count-up-to-class'], language: 'typescript' } } },
    });
    const noLanguage = { ...handIn, exercises: { 'count-up-to-class': records['count-up-to-class'] } };
    expect(parseHandIn(JSON.stringify(noLanguage))).toMatchObject({ ok: false, errors: [expect.stringMatching(/^exercises\.count-up-to-class\.language: /)] });
    const kotlin = { ...handIn, exercises: { 'count-up-to-class': { ...python, language: 'kotlin' } } };
    expect(parseHandIn(JSON.stringify(kotlin)).ok).toBe(false);
  });

  it('keep a prototype payload inert: no property reaches Object.prototype', () => {
    const text = `{"__proto__": {"polluted": true}, "format": "generators-course/hand-in", "version": 2, "exportedAt": "2025-10-02T12:00:00.000Z",
      "student": {"name": "Eve", "__proto__": {"admin": true}}, "assignment": {"title": "T", "exercises": ["count-up-to-class"]},
      "exercises": {"__proto__": {"code": "x", "state": "solved", "checks": 1, "hintsShown": 0, "language": "typescript"}}}`;
    const result = parseHandIn(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuse what is not a hand-in with one clear sentence', () => {
    const errors = (text: string) => {
      const result = parseHandIn(text);
      return result.ok ? [] : result.errors;
    };
    expect(errors('{"format": ')[0]).toMatch(/^The file is not valid JSON/);
    expect(errors('[]')[0]).toContain('not a hand-in file of this course');
    expect(errors(JSON.stringify(buildProgressFile({}, 'browser')))[0]).toContain(
      '"format" is "generators-course/progress", expected "generators-course/hand-in"',
    );
    const newer = { ...buildHandIn('Ada', assignment, {}), version: 3 };
    expect(errors(JSON.stringify(newer))[0]).toContain('newer version of the course (version 3)');
    expect(errors('x'.repeat(5_000_001))[0]).toContain('too large');
  });

  it('name each invalid field', () => {
    const handIn = buildHandIn('Ada', assignment, records);
    const broken = { ...handIn, student: { name: '' }, exercises: { 'count-up-to-class': { ...records['count-up-to-class'], state: 'won' } } };
    const result = parseHandIn(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain('student.name: the name is empty');
      expect(result.errors.some((e) => e.startsWith('exercises.count-up-to-class.state: Invalid enum value'))).toBe(true);
    }
  });

  it('get a file name of plain letters, whatever the name and title hold', () => {
    const handIn = buildHandIn('<img src=x onerror=alert(1)> Zoë', { ...assignment, title: '../../Week 1: “generators”' }, {});
    expect(handInFileName(handIn)).toBe('hand-in-img-src-x-onerror-alert-1-zoe-week-1-generators.json');
  });
});

describe('hand-ins from another version of the course', () => {
  it('are refused, naming the exercises this course does not have', () => {
    const text = JSON.stringify(buildHandIn('Ada', { title: 'Old', exercises: ['count-up-to-class', 'warp-drive'] }, {}));
    expect(parseHandIn(text, new Set(['count-up-to-class']))).toEqual({
      ok: false,
      errors: ['The assignment names exercises this course does not have: warp-drive. The file may be from another version of the course.'],
    });
    expect(parseHandIn(text).ok).toBe(true);
  });
});
