import { z } from 'zod';
import { checkEnvelope, exerciseRecordSchema, exerciseRecordsSchema, parseJson, zodErrors, type ParseResult } from '../progress/export-format';
import type { ExerciseRecord } from '../progress/progress-types';
import { assignmentSchema, unknownExercises, type Assignment } from './assignment';

/**
 * A hand-in: what a student gives the teacher for one assignment. A member of
 * the progress file family (src/progress/export-format.ts): the same envelope
 * (format, version, exportedAt) and the same exercise records (code, state,
 * checks…), plus who hands in and for which assignment. Nothing in it is
 * trusted: the class view re-grades the code and ignores the claimed states.
 */
export const HAND_IN_FORMAT = 'generators-course/hand-in';
export const HAND_IN_VERSION = 1;
/** Larger files are refused before they are read (a hand-in of code is far smaller). */
export const MAX_HAND_IN_BYTES = 5_000_000;

/** The progress file's date type (ISO 8601 with offset), taken from its schema. */
const isoDate = exerciseRecordSchema.shape.updatedAt.unwrap();

export const handInSchema = z
  .object({
    format: z.literal(HAND_IN_FORMAT),
    version: z.literal(HAND_IN_VERSION),
    exportedAt: isoDate,
    student: z.object({ name: z.string().trim().min(1, 'the name is empty').max(100) }).strict(),
    assignment: assignmentSchema,
    exercises: exerciseRecordsSchema,
  })
  .strict();

export type HandIn = z.infer<typeof handInSchema>;

/** The hand-in for `assignment`: the student's records of its exercises (those they never opened are left out). */
export function buildHandIn(name: string, assignment: Assignment, records: Record<string, ExerciseRecord>, now = new Date()): HandIn {
  const exercises: Record<string, ExerciseRecord> = {};
  for (const id of assignment.exercises) if (records[id]) exercises[id] = records[id];
  return { format: HAND_IN_FORMAT, version: HAND_IN_VERSION, exportedAt: now.toISOString(), student: { name: name.trim() }, assignment, exercises };
}

/** Reads a hand-in; with `known` (the course's exercise ids), one for exercises this course does not have is refused. */
export function parseHandIn(text: string, known?: ReadonlySet<string>): ParseResult<HandIn> {
  if (text.length > MAX_HAND_IN_BYTES) return { ok: false, errors: [`The file is too large to be a hand-in (over ${MAX_HAND_IN_BYTES / 1_000_000} MB).`] };
  const json = parseJson(text);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, HAND_IN_FORMAT, HAND_IN_VERSION, 'a hand-in file of this course');
  if (envelope) return { ok: false, errors: [envelope] };
  const result = handInSchema.safeParse(json.value);
  if (!result.success) return { ok: false, errors: zodErrors(result.error) };
  const unknown = known && unknownExercises(result.data.assignment, known);
  return unknown ? { ok: false, errors: [`${unknown} The file may be from another version of the course.`] } : { ok: true, value: result.data };
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'x';

/** "hand-in-ada-lovelace-week-3.json": only letters, digits and dashes, whatever the name and title hold. */
export function handInFileName(handIn: HandIn): string {
  return `hand-in-${slug(handIn.student.name)}-${slug(handIn.assignment.title)}.json`;
}
