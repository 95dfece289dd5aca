import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/teach/assignment';
import { buildClassTable, codeToGrade, referenceAssignment, tableLines, type Submission } from '../../src/teach/class-table';
import { buildHandIn, parseHandIn } from '../../src/teach/hand-in-format';
import { csvField, toCsv } from '../../src/teach/csv';
import { formatLocalTime } from '../../src/teach/due-date';

const assignment: Assignment = { title: 'Week 1', due: '2025-10-03', exercises: ['count-up-to-class', 'next-or'] };
const titles = new Map([
  ['count-up-to-class', 'An iterable class, by hand'],
  ['next-or', 'next() with a default'],
]);
const onTime = new Date(2025, 9, 3, 22, 0);
const late = new Date(2025, 9, 4, 0, 30);

function submission(
  name: string,
  records: Parameters<typeof buildHandIn>[2],
  when: Date,
  grades: Submission['grades'] = {},
  forAssignment = assignment,
): Submission {
  const text = JSON.stringify(buildHandIn(name, forAssignment, records, when));
  return { fileName: `${name.toLowerCase()}.json`, parsed: parseHandIn(text), grades };
}

const solvedRecord = { code: 'good', state: 'solved' as const, checks: 1, hintsShown: 0 };

describe('the class table', () => {
  it('shows the re-grade, not the claim: solved, failing (claimed solved), missing, late; rejected files keep their row', () => {
    const submissions: Submission[] = [
      submission('Ada', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: true } }),
      submission('Mallory', { 'count-up-to-class': { ...solvedRecord, code: 'forged' }, 'next-or': { state: 'solved', checks: 0, hintsShown: 0 } }, onTime, {
        'count-up-to-class': { solved: false },
      }),
      submission('Bob', { 'count-up-to-class': solvedRecord, 'next-or': { ...solvedRecord, state: 'attempted' } }, late, {
        'count-up-to-class': { solved: true },
      }),
      { fileName: 'broken.json', parsed: parseHandIn('{ nope'), grades: {} },
    ];
    const table = buildClassTable(referenceAssignment(assignment, submissions)!, titles, submissions);
    expect(tableLines(table)).toEqual([
      ['Student', 'File', 'Handed in', 'Status', 'An iterable class, by hand', 'next() with a default'],
      ['Ada', 'ada.json', formatLocalTime(onTime.toISOString()), 'On time', 'Solved', 'Missing'],
      ['Mallory', 'mallory.json', formatLocalTime(onTime.toISOString()), 'On time', 'Failing (claimed solved)', 'Missing (claimed solved)'],
      ['Bob', 'bob.json', formatLocalTime(late.toISOString()), 'Late', 'Solved (late)', 'Waiting…'],
      ['(unreadable)', 'broken.json', '', expect.stringMatching(/^Rejected: The file is not valid JSON/), '', ''],
      ['Solve rate', '', '', '3 hand-ins', '2 of 3 (67%)', '0 of 3 (0%)'],
    ]);
    expect(table.done).toBe(false);
    expect(table.rows.map((r) => [r.rejected, r.late])).toEqual([
      [false, false],
      [false, false],
      [false, true],
      [true, false],
    ]);
  });

  it('says when failing code was stopped for running too long', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord }, late, { 'count-up-to-class': { solved: false, timedOut: true } });
    expect(buildClassTable({ assignment, from: 'link' }, titles, [s]).rows[0].fields[4]).toBe('Failing (late; timed out; claimed solved)');
  });

  it('keeps apart code the grader could not check (neither solved nor failing)', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: false, unchecked: true } });
    const table = buildClassTable({ assignment, from: 'link' }, titles, [s]);
    expect(table.rows[0].fields[4]).toBe('Not checked (claimed solved)');
    expect(table.footer[4]).toBe('0 of 1 (0%)');
    expect(table.done).toBe(true);
  });

  it('is done when every handed-in exercise is re-graded', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord }, onTime, { 'count-up-to-class': { solved: true } });
    expect(buildClassTable({ assignment, from: 'link' }, titles, [s]).done).toBe(true);
  });

  it('judges by the teacher’s assignment: a file made for another one (or with an edited due date) is flagged', () => {
    const edited = submission('Eve', { 'count-up-to-class': solvedRecord }, late, {}, { ...assignment, due: '2099-01-01' });
    const table = buildClassTable({ assignment, from: 'link' }, titles, [edited]);
    expect(table.rows[0].fields[3]).toBe('Late; made for a different assignment (“Week 1”)');
  });

  it('takes the first readable hand-in’s assignment when the teacher opened no link', () => {
    const broken: Submission = { fileName: 'x.json', parsed: parseHandIn('[]'), grades: {} };
    const other = { ...assignment, title: 'Other', due: undefined };
    expect(referenceAssignment(null, [broken, submission('Ada', {}, onTime, {}, other)])).toEqual({ assignment: other, from: 'hand-in' });
    expect(referenceAssignment(null, [broken])).toBeNull();
    expect(buildClassTable({ assignment: other, from: 'hand-in' }, titles, [submission('Ada', {}, onTime, {}, other)]).rows[0].fields[3]).toBe('No due date');
  });

  it('re-grades only assigned exercises that hold code', () => {
    const s = submission('Ada', { 'count-up-to-class': solvedRecord, 'next-or': { state: 'solved', checks: 0, hintsShown: 0 } }, onTime);
    const handIn = s.parsed.ok ? s.parsed.value : null;
    expect(codeToGrade(handIn!, assignment)).toEqual([{ exerciseId: 'count-up-to-class', code: 'good' }]);
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
