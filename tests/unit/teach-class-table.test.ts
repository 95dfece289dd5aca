import { beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/teach/assignment';
import {
  buildClassTable,
  type CodeKeyOf,
  codeToGrade,
  type Grade,
  referenceAssignment,
  replacements,
  studentKey,
  tableLines,
  type Submission,
} from '../../src/teach/class-table';
import { buildHandIn, parseHandIn } from '../../src/teach/hand-in-format';
import { csvField, toCsv } from '../../src/teach/csv';
import { formatLocalTime } from '../../src/teach/due-date';
import { codeKey } from '../../src/teach/code-key';
import { projectFilesOf, withProjectEntries } from '../../src/teach/exercise-index';

const assignment: Assignment = { title: 'Week 1', due: '2025-10-03', exercises: ['count-up-to-class', 'next-or'] };
const titles = new Map([
  ['count-up-to-class', 'An iterable class, by hand'],
  ['next-or', 'next() with a default'],
]);
const onTime = new Date(2025, 9, 3, 22, 0);
const late = new Date(2025, 9, 4, 0, 30);

/** Code is its own key here; `results` holds the re-grades by code. */
const keyOf: CodeKeyOf = (exerciseId, _language, code) => `${exerciseId}:${code}`;
let results = new Map<string, Grade>();

/** A hand-in whose re-grades (by exercise) go into `results`. */
function submission(
  name: string,
  records: Parameters<typeof buildHandIn>[2],
  when: Date,
  grades: Record<string, Grade> = {},
  forAssignment = assignment,
): Submission {
  const text = JSON.stringify(buildHandIn(name, forAssignment, records, when));
  for (const [id, grade] of Object.entries(grades)) results.set(keyOf(id, 'typescript', records[id].code!), grade);
  return { fileName: `${name.toLowerCase()}.json`, parsed: parseHandIn(text) };
}
const table = (reference: Parameters<typeof buildClassTable>[0], submissions: Submission[]) => buildClassTable(reference, titles, submissions, keyOf, results);

const solvedRecord = { code: 'good', state: 'solved' as const, checks: 1, hintsShown: 0 };

describe('the class table', () => {
  beforeEach(() => {
    results = new Map();
  });

  it('shows the re-grade, not the claim: solved, failing (claimed solved), missing, late; rejected files keep their row', () => {
    const submissions: Submission[] = [
      submission('Ada', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: true } }),
      submission('Mallory', { 'count-up-to-class': { ...solvedRecord, code: 'forged' }, 'next-or': { state: 'solved', checks: 0, hintsShown: 0 } }, onTime, {
        'count-up-to-class': { solved: false },
      }),
      submission('Bob', { 'count-up-to-class': solvedRecord, 'next-or': { ...solvedRecord, state: 'attempted' } }, late, {
        'count-up-to-class': { solved: true },
      }),
      { fileName: 'broken.json', parsed: parseHandIn('{ nope') },
    ];
    const built = table(referenceAssignment(assignment, submissions)!, submissions);
    expect(tableLines(built)).toEqual([
      ['Student', 'File', 'Handed in', 'Status', 'An iterable class, by hand', 'next() with a default'],
      ['Ada', 'ada.json', formatLocalTime(onTime.toISOString()), 'On time', 'Solved', 'Missing'],
      ['Mallory', 'mallory.json', formatLocalTime(onTime.toISOString()), 'On time', 'Failing (claimed solved)', 'Missing (claimed solved)'],
      ['Bob', 'bob.json', formatLocalTime(late.toISOString()), 'Late', 'Solved (late)', 'Waiting…'],
      ['(unreadable)', 'broken.json', '', expect.stringMatching(/^Rejected: The file is not valid JSON/), '', ''],
      ['Solve rate', '', '', '3 hand-ins', '2 of 3 (67%)', '0 of 3 (0%)'],
    ]);
    expect(built.done).toBe(false);
    expect(built.rows.map((r) => [r.rejected, r.late])).toEqual([
      [false, false],
      [false, false],
      [false, true],
      [true, false],
    ]);
  });

  it('says when failing code was stopped for running too long', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord }, late, { 'count-up-to-class': { solved: false, timedOut: true } });
    expect(table({ assignment, from: 'link' }, [s]).rows[0].fields[4]).toBe('Failing (late; timed out; claimed solved)');
  });

  it('keeps apart code the grader could not check (neither solved nor failing)', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: false, unchecked: true } });
    const built = table({ assignment, from: 'link' }, [s]);
    expect(built.rows[0].fields[4]).toBe('Not checked (claimed solved)');
    expect(built.footer[4]).toBe('0 of 1 (0%)');
    expect(built.done).toBe(true);
  });

  it('is done when every handed-in exercise is re-graded', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: true } });
    expect(table({ assignment, from: 'link' }, [s]).done).toBe(true);
  });

  it('judges by the teacher’s assignment: a file made for another one (or with an edited due date) is flagged', () => {
    const edited = submission('Eve', { 'count-up-to-class': solvedRecord }, late, {}, { ...assignment, due: '2099-01-01' });
    expect(table({ assignment, from: 'link' }, [edited]).rows[0].fields[3]).toBe('Late; made for a different assignment (“Week 1”)');
  });

  it('takes the first readable hand-in’s assignment when the teacher opened no link', () => {
    const broken: Submission = { fileName: 'x.json', parsed: parseHandIn('[]') };
    const other = { ...assignment, title: 'Other', due: undefined };
    expect(referenceAssignment(null, [broken, submission('Ada', {}, onTime, {}, other)])).toEqual({ assignment: other, from: 'hand-in' });
    expect(referenceAssignment(null, [broken])).toBeNull();
    expect(table({ assignment: other, from: 'hand-in' }, [submission('Ada', {}, onTime, {}, other)]).rows[0].fields[3]).toBe('No due date');
  });

  it('re-grades only assigned exercises that hold code', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord, 'next-or': { state: 'solved', checks: 0, hintsShown: 0 } }, onTime);
    const handIn = s.parsed.ok ? s.parsed.value : null;
    expect(codeToGrade(handIn!, assignment)).toEqual([{ exerciseId: 'count-up-to-class', language: 'typescript', code: 'good' }]);
  });

  it('names why failing code failed: too long, or it took the grader down; code stopped at a crash is not checked', () => {
    const s = submission('Ada', { 'count-up-to-class': { ...solvedRecord, code: 'huge' }, 'next-or': { ...solvedRecord, code: 'hog' } }, onTime, {
      'count-up-to-class': { solved: false, tooLong: true },
      'next-or': { solved: false, crashed: true },
    });
    expect(table({ assignment, from: 'link' }, [s]).rows[0].fields.slice(4)).toEqual([
      'Failing (code too long; claimed solved)',
      'Failing (crashed the grader; claimed solved)',
    ]);
    results.set(keyOf('next-or', 'typescript', 'hog'), { solved: false, stopped: true });
    expect(table({ assignment, from: 'link' }, [s]).rows[0].fields[5]).toBe('Not checked (stopped the grader; claimed solved)');
  });

  it('counts a student once: the latest hand-in replaces earlier ones, which keep their row', () => {
    const early = submission('Ada', { 'count-up-to-class': { ...solvedRecord, code: 'first try' } }, new Date(2025, 9, 2), {
      'count-up-to-class': { solved: false },
    });
    const later = { ...submission('  ADA  ', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: true } }), fileName: 'ada.json' };
    const again = { ...later, fileName: 'ada-again.json' };
    const bob = submission('Bob', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: true } });
    // Dropped newest first: the older file is still the one replaced.
    expect(replacements([later, early, bob])).toEqual([null, 0, null]);
    // The same file twice: the one dropped last counts.
    expect(replacements([later, again])).toEqual([1, null]);
    const built = table({ assignment, from: 'link' }, [early, later, bob]);
    expect(built.rows.map((r) => r.fields.slice(3))).toEqual([
      ['Replaced by a later hand-in (“ada.json”)', '', ''],
      ['On time', 'Solved', 'Missing'],
      ['On time', 'Solved', 'Missing'],
    ]);
    expect(built.footer.slice(3)).toEqual(['2 hand-ins', '2 of 2 (100%)', '0 of 2 (0%)']);
    expect(studentKey(' Zoë  Ｄoe ')).toBe(studentKey('zoë doe'));
  });

  it('does not pretend to grade Python: such code is Not checked, and says why', () => {
    const record = { ...solvedRecord, code: 'def f(): pass', language: 'python' as const };
    const s = submission('Ada', { 'count-up-to-class': record }, onTime);
    results.set(keyOf('count-up-to-class', 'python', record.code), { solved: false, unsupported: 'python' });
    expect(table({ assignment, from: 'link' }, [s]).rows[0].fields[4]).toBe('Not checked (Python is not graded here yet; claimed solved)');
  });
});

describe('CSV', () => {
  it('quotes every field and doubles quotes, so commas and line breaks stay inside', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe('"a","b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('neutralises spreadsheet formulas with a leading apostrophe', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', 'ok', '3 of 4 (75%)'].map(csvField)).toEqual([
      `"'=1+1"`,
      `"'+1"`,
      `"'-1"`,
      `"'@SUM(A1)"`,
      `"'\t=1"`,
      '"ok"',
      '"3 of 4 (75%)"',
    ]);
  });
});

describe('a project in the class view', () => {
  const project = { stub: 'entry stub', fileStubs: { 'parse.ts': 'parse stub', 'batch.ts': 'batch stub' } };
  const projectAssignment: Assignment = { title: 'Project', exercises: ['log-analyser'] };
  const handInOf = (record: Parameters<typeof buildHandIn>[2][string], name = 'Ada') => {
    const parsed = parseHandIn(JSON.stringify(buildHandIn(name, projectAssignment, { 'log-analyser': record }, onTime)));
    if (!parsed.ok) throw new Error(parsed.errors.join(' '));
    return parsed.value;
  };

  it('grades the files handed in, the stubs for files never edited, and no file the project does not have', () => {
    expect(projectFilesOf(project, { 'parse.ts': 'mine', 'extra.ts': 'not part of it' })).toEqual({ 'parse.ts': 'mine', 'batch.ts': 'batch stub' });
    expect(projectFilesOf(project, undefined)).toEqual({ 'parse.ts': 'parse stub', 'batch.ts': 'batch stub' });
    expect(projectFilesOf({}, { 'parse.ts': 'mine' })).toBeUndefined();
    const handIn = handInOf({ code: 'entry', files: { 'parse.ts': 'mine' }, state: 'solved', checks: 2, hintsShown: 0 });
    expect(codeToGrade(handIn, projectAssignment)).toEqual([
      { exerciseId: 'log-analyser', language: 'typescript', code: 'entry', files: { 'parse.ts': 'mine' } },
    ]);
  });

  it('grades a hand-in that edited only the other files with the entry’s stub, rather than calling it missing', () => {
    const handIn = handInOf({ files: { 'parse.ts': 'mine' }, state: 'attempted', checks: 1, hintsShown: 0 });
    expect(codeToGrade(handIn, projectAssignment)).toEqual([]);
    const whole = withProjectEntries(handIn, new Map([['log-analyser', project]]));
    expect(codeToGrade(whole, projectAssignment)).toEqual([
      { exerciseId: 'log-analyser', language: 'typescript', code: 'entry stub', files: { 'parse.ts': 'mine' } },
    ]);
    // A one-file exercise without code stays missing.
    expect(withProjectEntries(handIn, new Map([['log-analyser', {}]]))).toBe(handIn);
  });

  it('keys the code by every file: another file’s edit is another piece of code; the order of the files is not', () => {
    const one = codeKey('log-analyser', 'typescript', 'hash', 'entry', { 'parse.ts': 'a', 'batch.ts': 'b' });
    expect(codeKey('log-analyser', 'typescript', 'hash', 'entry', { 'batch.ts': 'b', 'parse.ts': 'a' })).toBe(one);
    expect(codeKey('log-analyser', 'typescript', 'hash', 'entry', { 'parse.ts': 'a', 'batch.ts': 'c' })).not.toBe(one);
    // Text moved from one file to the next, or between a name and its text, is a different hand-in.
    expect(codeKey('log-analyser', 'typescript', 'hash', 'entry', { 'parse.ts': 'ab', 'batch.ts': '' })).not.toBe(one);
    expect(codeKey('log-analyser', 'typescript', 'hash', 'entry', {})).toBe(codeKey('log-analyser', 'typescript', 'hash', 'entry'));
  });

  it('says how many milestones a failing project passed; a solved one is just solved', () => {
    results = new Map([
      ['log-analyser:half', { solved: false, milestones: { passed: 2, total: 4 } }],
      ['log-analyser:done', { solved: true }],
    ]);
    const s = (code: string, state: 'solved' | 'attempted'): Submission => ({
      fileName: `${code}.json`,
      parsed: { ok: true, value: handInOf({ code, state, checks: 1, hintsShown: 0 }, code) },
    });
    const view = buildClassTable({ assignment: projectAssignment, from: 'link' }, titles, [s('half', 'solved'), s('done', 'solved')], keyOf, results);
    expect(view.rows.map((row) => row.fields[4])).toEqual(['Failing (2 of 4 milestones; claimed solved)', 'Solved']);
  });
});
