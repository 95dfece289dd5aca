import type { ParseResult } from '../progress/export-format';
import { sameAssignment, type Assignment } from './assignment';
import { formatLocalTime, isLate } from './due-date';
import type { HandIn } from './hand-in-format';

/**
 * The class view's table, as plain data: one row per dropped file, one
 * column per exercise of the assignment. Every cell comes from the teacher's
 * own re-grade of the handed-in code; what a file claims (its "state") is
 * only shown beside it. The page renders `fields` and the CSV export writes
 * the same `fields`, so the two always match.
 */
export type CellStatus = 'solved' | 'failing' | 'missing' | 'waiting' | 'unchecked';

/** The outcome of re-grading one exercise of one hand-in here. */
export interface Grade {
  solved: boolean;
  /** The code was stopped after the exercise's time limit (an endless loop, or a very slow machine). */
  timedOut?: boolean;
  /** The grader itself could not run (the compiler did not start, the runner crashed): neither solved nor failing. */
  unchecked?: boolean;
}

export interface Submission {
  fileName: string;
  parsed: ParseResult<HandIn>;
  /** Re-grades by exercise id; absent until that exercise has been checked. */
  grades: Record<string, Grade>;
}

export interface ClassCell {
  exerciseId: string;
  status: CellStatus;
  /** The file said "solved" (true or not). */
  claimedSolved: boolean;
  text: string;
}

export interface ClassRow {
  /** Index into the submissions, in the order the files were dropped. */
  index: number;
  fileName: string;
  rejected: boolean;
  late: boolean;
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

/** The assignment the class is judged by: the teacher's link wins over anything in the files. */
export function referenceAssignment(fromLink: Assignment | null, submissions: Submission[]): ReferenceAssignment | null {
  if (fromLink) return { assignment: fromLink, from: 'link' };
  for (const s of submissions) if (s.parsed.ok) return { assignment: s.parsed.value.assignment, from: 'hand-in' };
  return null;
}

/** The code to re-grade in a hand-in: every assigned exercise it holds code for. */
export function codeToGrade(handIn: HandIn, assignment: Assignment): { exerciseId: string; code: string }[] {
  return assignment.exercises.flatMap((id) => {
    const code = handIn.exercises[id]?.code;
    return code === undefined ? [] : [{ exerciseId: id, code }];
  });
}

const LABELS: Record<CellStatus, string> = { solved: 'Solved', failing: 'Failing', missing: 'Missing', waiting: 'Waiting…', unchecked: 'Not checked' };

function cellFor(exerciseId: string, handIn: HandIn, grades: Record<string, Grade>, late: boolean): ClassCell {
  const record = handIn.exercises[exerciseId];
  const claimedSolved = record?.state === 'solved';
  const grade = grades[exerciseId];
  const status: CellStatus = record?.code === undefined ? 'missing' : !grade ? 'waiting' : grade.solved ? 'solved' : grade.unchecked ? 'unchecked' : 'failing';
  const notes: string[] = [];
  if (late && (status === 'solved' || status === 'failing')) notes.push('late');
  if (status === 'failing' && grade?.timedOut) notes.push('timed out');
  if (claimedSolved && status !== 'solved' && status !== 'waiting') notes.push('claimed solved');
  return { exerciseId, status, claimedSolved, text: notes.length ? `${LABELS[status]} (${notes.join('; ')})` : LABELS[status] };
}

export function buildClassTable(reference: ReferenceAssignment, titles: ReadonlyMap<string, string>, submissions: Submission[]): ClassTable {
  const { assignment } = reference;
  const header = ['Student', 'File', 'Handed in', 'Status', ...assignment.exercises.map((id) => titles.get(id) ?? id)];
  const rows: ClassRow[] = submissions.map((submission, index) => {
    const { fileName, parsed } = submission;
    if (!parsed.ok) {
      return {
        index,
        fileName,
        rejected: true,
        late: false,
        cells: [],
        fields: ['(unreadable)', fileName, '', `Rejected: ${parsed.errors.join(' ')}`, ...assignment.exercises.map(() => '')],
      };
    }
    const handIn = parsed.value;
    const late = isLate(handIn.exportedAt, assignment.due);
    const cells = assignment.exercises.map((id) => cellFor(id, handIn, submission.grades, late));
    let status = assignment.due === undefined ? 'No due date' : late ? 'Late' : 'On time';
    if (!sameAssignment(handIn.assignment, assignment)) status += `; made for a different assignment (“${handIn.assignment.title}”)`;
    return {
      index,
      fileName,
      rejected: false,
      late,
      cells,
      fields: [handIn.student.name, fileName, formatLocalTime(handIn.exportedAt), status, ...cells.map((c) => c.text)],
    };
  });

  const accepted = rows.filter((row) => !row.rejected);
  const rates = assignment.exercises.map((_, column) => {
    const solved = accepted.filter((row) => row.cells[column].status === 'solved').length;
    return accepted.length ? `${solved} of ${accepted.length} (${Math.round((100 * solved) / accepted.length)}%)` : '';
  });
  const footer = ['Solve rate', '', '', `${accepted.length} hand-in${accepted.length === 1 ? '' : 's'}`, ...rates];
  const done = accepted.every((row) => row.cells.every((cell) => cell.status !== 'waiting'));
  return { header, rows, footer, done };
}

/** Everything the table shows, line by line: header, rows, solve rates (the CSV export). */
export function tableLines(table: ClassTable): string[][] {
  return [table.header, ...table.rows.map((row) => row.fields), table.footer];
}
