import type { ParseResult } from '../progress/export-format';
import { sameAssignment, type Assignment } from './assignment';
import { formatLocalTime, isLate } from './due-date';
import type { HandIn, Language } from './hand-in-format';

/**
 * The class view's table, as plain data: one row per dropped file, one
 * column per exercise of the assignment. Every cell comes from the teacher's
 * own re-grade of the handed-in code; what a file claims (its "state") is
 * only shown beside it. The page renders `fields` and the CSV export writes
 * the same `fields`, so the two always match.
 *
 * A student's latest hand-in (by the time in the file; for equal times, the
 * one dropped last) replaces their earlier ones: those keep their row, marked
 * as replaced, and count nowhere.
 */
export type CellStatus = 'solved' | 'failing' | 'missing' | 'waiting' | 'unchecked' | 'replaced';

/** The outcome of re-grading one piece of code here. */
export interface Grade {
  solved: boolean;
  /** The code was stopped after the exercise's time limit, twice (an endless loop, or a very slow machine). */
  timedOut?: boolean;
  /** Refused before it ran, for its size. */
  tooLong?: boolean;
  /** It took the grading process down (memory exhausted), twice, the second time graded alone. */
  crashed?: boolean;
  /** The grader itself could not run (the compiler did not answer, twice): neither solved nor failing. */
  unchecked?: boolean;
  /** The page stopped while this code was graded alone: it is not checked again unless the teacher asks. */
  stopped?: boolean;
  /** Code in a language this page cannot grade (yet): neither solved nor failing. */
  unsupported?: Language;
  /** A project's milestones (more than one): how many its re-grade passed. */
  milestones?: { passed: number; total: number };
}

export interface Submission {
  fileName: string;
  parsed: ParseResult<HandIn>;
}

/** What identifies one piece of code to grade (a project's other files included): identical code for the same exercise is graded once. */
export type CodeKeyOf = (exerciseId: string, language: Language, code: string, files?: Readonly<Record<string, string>>) => string;

export interface ClassCell {
  exerciseId: string;
  status: CellStatus;
  /** The file said "solved" (true or not). */
  claimedSolved: boolean;
  /** The graded code's key, when there is code to grade. */
  key: string | null;
  text: string;
}

export interface ClassRow {
  /** Index into the submissions, in the order the files were dropped. */
  index: number;
  fileName: string;
  rejected: boolean;
  late: boolean;
  /** This student's later hand-in (its index), which counts instead of this one. */
  replacedBy: number | null;
  cells: ClassCell[];
  /** What the row shows, column by column (also its CSV line). */
  fields: string[];
}

export interface ClassTable {
  header: string[];
  rows: ClassRow[];
  /** Per-exercise solve rates, as a last row. */
  footer: string[];
  /** Every gradable cell has been re-graded. */
  done: boolean;
}

export interface ReferenceAssignment {
  assignment: Assignment;
  /** The teacher's own link, or (without one) the first readable hand-in. */
  from: 'link' | 'hand-in';
}

/** The columns before the exercises': Student, File, Handed in, Status. */
export const LEADING_COLUMNS = 4;

/** The assignment the class is judged by: the teacher's link wins over anything in the files. */
export function referenceAssignment(fromLink: Assignment | null, submissions: readonly Submission[]): ReferenceAssignment | null {
  if (fromLink) return { assignment: fromLink, from: 'link' };
  for (const s of submissions) if (s.parsed.ok) return { assignment: s.parsed.value.assignment, from: 'hand-in' };
  return null;
}

export interface CodeToGrade {
  exerciseId: string;
  language: Language;
  /** The code of the exercise's file (a project's entry file). */
  code: string;
  /** A project's other files, by name, as the student left them (absent: never edited, so the stubs). */
  files?: Record<string, string>;
}

/** The code to re-grade in a hand-in: every assigned exercise it holds code for, a project's other files with it. */
export function codeToGrade(handIn: HandIn, assignment: Assignment): CodeToGrade[] {
  return assignment.exercises.flatMap((id) => {
    const record = handIn.exercises[id];
    if (record?.code === undefined) return [];
    return [{ exerciseId: id, language: record.language, code: record.code, ...(record.files ? { files: record.files } : {}) }];
  });
}

/** Whose hand-in it is: names compared without case, accents of width, or spacing differences. */
export function studentKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * For each submission, the later hand-in of the same student that replaces it (its index), or null.
 * Later means a later `exportedAt`; for equal times (the same file dropped twice), dropped later.
 */
export function replacements(submissions: readonly Submission[]): (number | null)[] {
  const latest = new Map<string, number>();
  submissions.forEach((s, index) => {
    if (!s.parsed.ok) return;
    const who = studentKey(s.parsed.value.student.name);
    const current = latest.get(who);
    if (current === undefined) return void latest.set(who, index);
    const held = submissions[current].parsed as { ok: true; value: HandIn };
    if (Date.parse(s.parsed.value.exportedAt) >= Date.parse(held.value.exportedAt)) latest.set(who, index);
  });
  return submissions.map((s, index) => {
    if (!s.parsed.ok) return null;
    const winner = latest.get(studentKey(s.parsed.value.student.name))!;
    return winner === index ? null : winner;
  });
}

const LABELS: Record<CellStatus, string> = {
  solved: 'Solved',
  failing: 'Failing',
  missing: 'Missing',
  waiting: 'Waiting…',
  unchecked: 'Not checked',
  replaced: '',
};
const LANGUAGE_NAMES: Record<Language, string> = { typescript: 'TypeScript', python: 'Python' };

function statusOf(grade: Grade | undefined): CellStatus {
  if (!grade) return 'waiting';
  if (grade.solved) return 'solved';
  if (grade.unchecked || grade.stopped || grade.unsupported) return 'unchecked';
  return 'failing';
}

export function cellFor(
  exerciseId: string,
  handIn: HandIn,
  keyOf: CodeKeyOf,
  results: ReadonlyMap<string, Grade>,
  late: boolean,
  replaced: boolean,
): ClassCell {
  const record = handIn.exercises[exerciseId];
  const claimedSolved = record?.state === 'solved';
  const key = record?.code === undefined ? null : keyOf(exerciseId, record.language, record.code, record.files);
  if (replaced) return { exerciseId, status: 'replaced', claimedSolved, key: null, text: '' };
  const grade = key === null ? undefined : results.get(key);
  const status: CellStatus = key === null ? 'missing' : statusOf(grade);
  const notes: string[] = [];
  if (late && (status === 'solved' || status === 'failing')) notes.push('late');
  if (status === 'failing' && grade?.milestones) notes.push(`${grade.milestones.passed} of ${grade.milestones.total} milestones`);
  if (status === 'failing' && grade?.timedOut) notes.push('timed out');
  if (status === 'failing' && grade?.tooLong) notes.push('code too long');
  if (status === 'failing' && grade?.crashed) notes.push('crashed the grader');
  if (grade?.stopped) notes.push('stopped the grader');
  if (grade?.unsupported) notes.push(`${LANGUAGE_NAMES[grade.unsupported]} is not graded here yet`);
  if (claimedSolved && status !== 'solved' && status !== 'waiting') notes.push('claimed solved');
  return { exerciseId, status, claimedSolved, key, text: notes.length ? `${LABELS[status]} (${notes.join('; ')})` : LABELS[status] };
}

/** One row of the table, from what is known so far. */
export function rowFor(
  reference: ReferenceAssignment,
  submission: Submission,
  index: number,
  replacedBy: number | null,
  submissions: readonly Submission[],
  keyOf: CodeKeyOf,
  results: ReadonlyMap<string, Grade>,
): ClassRow {
  const { assignment } = reference;
  const { fileName, parsed } = submission;
  if (!parsed.ok) {
    return {
      index,
      fileName,
      rejected: true,
      late: false,
      replacedBy: null,
      cells: [],
      fields: ['(unreadable)', fileName, '', `Rejected: ${parsed.errors.join(' ')}`, ...assignment.exercises.map(() => '')],
    };
  }
  const handIn = parsed.value;
  const late = isLate(handIn.exportedAt, assignment.due);
  const cells = assignment.exercises.map((id) => cellFor(id, handIn, keyOf, results, late, replacedBy !== null));
  let status = assignment.due === undefined ? 'No due date' : late ? 'Late' : 'On time';
  if (!sameAssignment(handIn.assignment, assignment)) status += `; made for a different assignment (“${handIn.assignment.title}”)`;
  if (replacedBy !== null) status = `Replaced by a later hand-in (“${submissions[replacedBy].fileName}”)`;
  return {
    index,
    fileName,
    rejected: false,
    late,
    replacedBy,
    cells,
    fields: [handIn.student.name, fileName, formatLocalTime(handIn.exportedAt), status, ...cells.map((c) => c.text)],
  };
}

/** The solve-rate row: hand-ins that count (readable, not replaced), and how many solved each exercise. */
export function footerFor(reference: ReferenceAssignment, rows: readonly ClassRow[]): string[] {
  const counted = rows.filter((row) => !row.rejected && row.replacedBy === null);
  const rates = reference.assignment.exercises.map((_, column) => {
    const solved = counted.filter((row) => row.cells[column].status === 'solved').length;
    return counted.length ? `${solved} of ${counted.length} (${Math.round((100 * solved) / counted.length)}%)` : '';
  });
  return ['Solve rate', '', '', `${counted.length} hand-in${counted.length === 1 ? '' : 's'}`, ...rates];
}

export function headerFor(reference: ReferenceAssignment, titles: ReadonlyMap<string, string>): string[] {
  return ['Student', 'File', 'Handed in', 'Status', ...reference.assignment.exercises.map((id) => titles.get(id) ?? id)];
}

export function buildClassTable(
  reference: ReferenceAssignment,
  titles: ReadonlyMap<string, string>,
  submissions: readonly Submission[],
  keyOf: CodeKeyOf,
  results: ReadonlyMap<string, Grade>,
): ClassTable {
  const replacedBy = replacements(submissions);
  const rows = submissions.map((submission, index) => rowFor(reference, submission, index, replacedBy[index], submissions, keyOf, results));
  const done = rows.every((row) => row.cells.every((cell) => cell.status !== 'waiting'));
  return { header: headerFor(reference, titles), rows, footer: footerFor(reference, rows), done };
}

/** Everything the table shows, line by line: header, rows, solve rates (the CSV export). */
export function tableLines(table: ClassTable): string[][] {
  return [table.header, ...table.rows.map((row) => row.fields), table.footer];
}
