import { z } from 'zod';
import { exerciseRecordsSchema, zodErrors, type ParseResult } from '../progress/export-format';

/**
 * An assignment: a title, an optional due day and the exercises to solve.
 * It lives only in links (`/teach/assignment/#a=<code>`): the code is the
 * base64url of the assignment's JSON, so nothing is stored anywhere and the
 * fragment never reaches a server. Every link is untrusted input: it is
 * checked field by field when a page opens it.
 */
export const ASSIGNMENT_LIMITS = { title: 200, exercises: 200, code: 20_000 } as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (not 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const assignmentSchema = z
  .object({
    title: z.string().trim().min(1, 'the title is empty').max(ASSIGNMENT_LIMITS.title),
    /** The due day, `YYYY-MM-DD`; see due-date.ts for when it ends. */
    due: z.string().refine(isCalendarDay, 'a day written like 2025-10-03').optional(),
    /** Exercise ids (slugs), in the order the assignment lists them. */
    exercises: z
      .array(exerciseRecordsSchema.keySchema)
      .min(1, 'it lists no exercises')
      .max(ASSIGNMENT_LIMITS.exercises)
      .refine((ids) => new Set(ids).size === ids.length, 'an exercise is listed twice'),
  })
  .strict();

export type Assignment = z.infer<typeof assignmentSchema>;

/** The assignment with its keys in one fixed order, so equal assignments encode alike. */
function canonical(a: Assignment): Assignment {
  return { title: a.title, ...(a.due ? { due: a.due } : {}), exercises: [...a.exercises] };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): Uint8Array {
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeAssignment(assignment: Assignment): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(canonical(assignment))));
}

export function sameAssignment(a: Assignment, b: Assignment): boolean {
  return encodeAssignment(a) === encodeAssignment(b);
}

/** A page's URL for the assignment, e.g. `assignmentLink(origin, '/teach/assignment/', a)`. */
export function assignmentLink(origin: string, path: string, assignment: Assignment): string {
  return `${origin}${path}#a=${encodeAssignment(assignment)}`;
}

/** The assignment code in a URL fragment (`#a=…`), or null when there is none. */
export function codeFromFragment(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('a');
}

const damaged = (why: string) => ({
  ok: false as const,
  errors: [`The assignment in this link is damaged: ${why}. Ask for the link again, and copy all of it.`],
});

/**
 * Reads an assignment code. `known` is the course's exercise ids: an
 * assignment naming any other exercise is refused, naming them.
 */
export function decodeAssignment(code: string | null, known: ReadonlySet<string>): ParseResult<Assignment> {
  if (!code) return { ok: false, errors: ['This link holds no assignment: a link to an assignment ends with “#a=” and a long code. Ask for the link again.'] };
  if (code.length > ASSIGNMENT_LIMITS.code) return damaged(`it is too long (${code.length} characters)`);
  if (!/^[A-Za-z0-9_-]+$/.test(code)) return damaged('it holds characters that do not belong in it');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(code));
  } catch {
    return damaged('its code does not decode');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return damaged(`it is not valid JSON (${(error as Error).message})`);
  }
  const result = assignmentSchema.safeParse(data);
  if (!result.success) return { ok: false, errors: zodErrors(result.error).map((e) => `The assignment in this link is not valid: ${e}`) };
  const unknown = unknownExercises(result.data, known);
  return unknown ? { ok: false, errors: [`${unknown} The link may be from another version of the course.`] } : { ok: true, value: result.data };
}

/** A sentence naming the exercises of `assignment` that are not in `known`, or null when there are none. */
export function unknownExercises(assignment: Assignment, known: ReadonlySet<string>): string | null {
  const unknown = assignment.exercises.filter((id) => !known.has(id));
  return unknown.length ? `The assignment names exercises this course does not have: ${unknown.join(', ')}.` : null;
}
