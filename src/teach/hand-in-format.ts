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
 *
 * Version 2 says in which language each exercise's code is written
 * (`language`: the course teaches each exercise in TypeScript and Python).
 * Version 1 files, from before, are read as TypeScript throughout.
 */
export const HAND_IN_FORMAT = 'generators-course/hand-in';
export const HAND_IN_VERSION = 2;
export const LANGUAGES = ['typescript', 'python'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Larger files are refused before they are read (a hand-in of code is far smaller). */
export const MAX_HAND_IN_BYTES = 5_000_000;

/** The progress file's date type (ISO 8601 with offset), taken from its schema. */
const isoDate = exerciseRecordSchema.shape.updatedAt.unwrap();

const envelope = {
  format: z.literal(HAND_IN_FORMAT),
  exportedAt: isoDate,
  student: z.object({ name: z.string().trim().min(1, 'the name is empty').max(100) }).strict(),
  assignment: assignmentSchema,
};

/** Version 1: records without a language (all TypeScript). */
const handInV1Schema = z.object({ ...envelope, version: z.literal(1), exercises: exerciseRecordsSchema }).strict();

const handInRecordSchema = exerciseRecordSchema.extend({ language: z.enum(LANGUAGES) }).strict();

export const handInSchema = z
  .object({ ...envelope, version: z.literal(HAND_IN_VERSION), exercises: z.record(exerciseRecordsSchema.keySchema, handInRecordSchema) })
  .strict();

export type HandIn = z.infer<typeof handInSchema>;
export type HandInRecord = HandIn['exercises'][string];

/**
 * The hand-in for `assignment`: the student's records of its exercises (those they never opened are left
 * out), each with the language its code is in (TypeScript unless the record says otherwise).
 */
export function buildHandIn(name: string, assignment: Assignment, records: Record<string, ExerciseRecord & { language?: Language }>, now = new Date()): HandIn {
  const exercises: Record<string, HandInRecord> = {};
  for (const id of assignment.exercises) if (records[id]) exercises[id] = { ...records[id], language: records[id].language ?? 'typescript' };
  return { format: HAND_IN_FORMAT, version: HAND_IN_VERSION, exportedAt: now.toISOString(), student: { name: name.trim() }, assignment, exercises };
}

/** A version 1 hand-in as version 2: every exercise in TypeScript. */
function fromVersion1(old: z.infer<typeof handInV1Schema>): HandIn {
  const exercises: Record<string, HandInRecord> = {};
  for (const [id, record] of Object.entries(old.exercises)) exercises[id] = { ...record, language: 'typescript' };
  return { ...old, version: HAND_IN_VERSION, exercises };
}

/** Reads a hand-in; with `known` (the course's exercise ids), one for exercises this course does not have is refused. */
export function parseHandIn(text: string, known?: ReadonlySet<string>): ParseResult<HandIn> {
  if (text.length > MAX_HAND_IN_BYTES) return { ok: false, errors: [`The file is too large to be a hand-in (over ${MAX_HAND_IN_BYTES / 1_000_000} MB).`] };
  const json = parseJson(text);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, HAND_IN_FORMAT, HAND_IN_VERSION, 'a hand-in file of this course');
  if (envelope) return { ok: false, errors: [envelope] };
  const isVersion1 = (json.value as { version?: unknown }).version === 1;
  const result = isVersion1 ? handInV1Schema.safeParse(json.value) : handInSchema.safeParse(json.value);
  if (!result.success) return { ok: false, errors: zodErrors(result.error) };
  const handIn = isVersion1 ? fromVersion1(result.data as z.infer<typeof handInV1Schema>) : (result.data as HandIn);
  const unknown = known && unknownExercises(handIn.assignment, known);
  return unknown ? { ok: false, errors: [`${unknown} The file may be from another version of the course.`] } : { ok: true, value: handIn };
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
