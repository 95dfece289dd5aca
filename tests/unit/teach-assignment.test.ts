import { describe, expect, it } from 'vitest';
import {
  assignmentLink,
  codeFromFragment,
  decodeAssignment,
  encodeAssignment,
  isCalendarDay,
  sameAssignment,
  type Assignment,
} from '../../src/teach/assignment';
import { formatLocalTime, isLate, lateFrom } from '../../src/teach/due-date';

const KNOWN = new Set(['count-up-to-class', 'next-or', 'replay']);
const week1: Assignment = { title: 'Week 1 — iterators', due: '2025-10-03', exercises: ['count-up-to-class', 'next-or'] };
const toCode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('assignment links', () => {
  it('round-trip through the URL fragment, any title included', () => {
    for (const assignment of [week1, { title: '<img src=x onerror=alert(1)> “ünïcødé” 🎓', exercises: ['replay'] }]) {
      const link = assignmentLink('https://course.example', '/teach/assignment/', assignment);
      expect(link).toMatch(/^https:\/\/course\.example\/teach\/assignment\/#a=[A-Za-z0-9_-]+$/);
      const decoded = decodeAssignment(codeFromFragment(new URL(link).hash), KNOWN);
      expect(decoded).toEqual({ ok: true, value: assignment });
    }
  });

  it('encode the same assignment the same way, whatever the key order', () => {
    const shuffled = { exercises: [...week1.exercises], due: week1.due, title: week1.title } as Assignment;
    expect(encodeAssignment(shuffled)).toBe(encodeAssignment(week1));
    expect(sameAssignment(shuffled, week1)).toBe(true);
    expect(sameAssignment({ ...week1, due: '2025-10-04' }, week1)).toBe(false);
  });

  it('refuse a missing, damaged or invalid assignment with a sentence that says why', () => {
    const error = (code: string | null) => {
      const result = decodeAssignment(code, KNOWN);
      return result.ok ? '' : result.errors.join('\n');
    };
    expect(error(codeFromFragment(''))).toContain('holds no assignment');
    expect(error('abc$%')).toContain('characters that do not belong');
    expect(error(Buffer.from('{"title": "x", ').toString('base64url'))).toContain('not valid JSON');
    expect(error(Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'))).toContain('damaged');
    expect(error('a'.repeat(30_000))).toContain('too long');
    expect(error(toCode({ title: 'x', exercises: [] }))).toContain('exercises: it lists no exercises');
    expect(error(toCode({ title: '  ', exercises: ['replay'] }))).toContain('title: the title is empty');
    expect(error(toCode({ title: 'x', exercises: ['replay', 'replay'] }))).toContain('listed twice');
    expect(error(toCode({ title: 'x', due: '2025-02-30', exercises: ['replay'] }))).toContain('due: a day written like 2025-10-03');
    expect(error(toCode({ title: 'x', exercises: ['replay'], extra: 1 }))).toContain('Unrecognized key');
    expect(error(toCode([1, 2]))).toContain('not valid');
  });

  it('name the exercises the course does not have', () => {
    const result = decodeAssignment(toCode({ title: 'x', exercises: ['replay', 'teleport', 'time-travel'] }), KNOWN);
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('does not have: teleport, time-travel')] });
  });

  it('know real calendar days', () => {
    expect(['2025-10-03', '2024-02-29'].every(isCalendarDay)).toBe(true);
    expect(['2025-02-29', '2025-13-01', '2025-1-1', 'tomorrow'].some(isCalendarDay)).toBe(false);
  });
});

describe('due dates', () => {
  it('end at midnight after the due day, in this time zone', () => {
    const end = lateFrom('2025-10-03');
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2025, 9, 4, 0, 0]);
    const lastMinute = new Date(2025, 9, 3, 23, 59, 59).toISOString();
    const midnight = new Date(2025, 9, 4, 0, 0, 0).toISOString();
    expect(isLate(lastMinute, '2025-10-03')).toBe(false);
    expect(isLate(midnight, '2025-10-03')).toBe(true);
    expect(isLate(midnight, undefined)).toBe(false);
  });

  it('show times as local "YYYY-MM-DD HH:MM"', () => {
    expect(formatLocalTime(new Date(2025, 0, 5, 7, 3).toISOString())).toBe('2025-01-05 07:03');
  });
});
