import { z } from 'zod';
import type { ExerciseRecord } from './progress-types';
import { reviewStateSchema, type ReviewState } from '../review/review-schema';

/**
 * The one file format for a learner's progress and code: written by the
 * browser's Export and by `npm run report`, read by Import; hand-ins for
 * teachers carry the same records. Versioned: a reader refuses a newer version.
 */
export const PROGRESS_FORMAT = 'generators-course/progress';
export const PROGRESS_VERSION = 1;
/**
 * Larger files are refused before they are read. An export of every exercise is far smaller; this
 * keeps an import within reach of the browser's storage (about 5 million characters for the
 * site), beside the progress it replaces, which is kept until the import is complete.
 */
export const MAX_PROGRESS_FILE_BYTES = 2_000_000;

const isoDate = z.string().datetime({ offset: true });

const trackFields = {
  code: z.string().max(1_000_000).optional(),
  stubFingerprint: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .optional(),
  state: z.enum(['unsolved', 'attempted', 'solved']),
  checks: z.number().int().min(0),
  hintsShown: z.number().int().min(0),
  solvedAt: isoDate.optional(),
};

/** An exercise: its own fields are the TypeScript track, `python` the Python track (see progress-types.ts). */
export const exerciseRecordSchema = z
  .object({
    ...trackFields,
    /** A project's other files, by name (the entry's code is `code`). */
    files: z.record(z.string().regex(/^[a-z0-9-]+\.ts$/), z.string().max(1_000_000)).optional(),
    updatedAt: isoDate.optional(),
    python: z
      .object({
        ...trackFields,
        /** A Python project's other modules, by name (the entry's code is `code`). */
        files: z.record(z.string().regex(/^[a-z][a-z0-9_]*\.py$/), z.string().max(1_000_000)).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const exerciseRecordsSchema = z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an exercise name'), exerciseRecordSchema);

export const progressFileSchema = z
  .object({
    format: z.literal(PROGRESS_FORMAT),
    version: z.literal(PROGRESS_VERSION),
    exportedAt: isoDate,
    /** Where the file was made: the browser's Export, or `npm run report` in a clone. */
    source: z.enum(['browser', 'local']),
    exercises: exerciseRecordsSchema,
    /** The review page's schedule (src/review/). Optional: files from before it, and from `npm run report`, have none. */
    review: reviewStateSchema.optional(),
  })
  .strict();

export type ProgressFile = z.infer<typeof progressFileSchema>;

export function buildProgressFile(
  records: Record<string, ExerciseRecord>,
  source: ProgressFile['source'],
  now = new Date(),
  review?: ReviewState,
): ProgressFile {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), source, exercises: records, ...(review ? { review } : {}) };
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Checks the envelope (format, version) first, so a wrong file gets one clear sentence rather than a list. */
export function checkEnvelope(data: unknown, format: string, version: number, what: string): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `This is not ${what}: it holds no JSON object.`;
  const envelope = data as { format?: unknown; version?: unknown };
  if (envelope.format !== format) return `This is not ${what} (its "format" is ${JSON.stringify(envelope.format ?? null)}, expected "${format}").`;
  if (typeof envelope.version === 'number' && envelope.version > version) {
    return `This file was made by a newer version of the course (version ${envelope.version}); update the course to read it.`;
  }
  return null;
}

export function zodErrors(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
}

export function parseJson(text: string): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON (${(error as Error).message}).`] };
  }
}

export function parseProgressFile(text: string): ParseResult<ProgressFile> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const envelope = checkEnvelope(json.value, PROGRESS_FORMAT, PROGRESS_VERSION, 'a progress file of this course');
  if (envelope) return { ok: false, errors: [envelope] };
  const result = progressFileSchema.safeParse(json.value);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: zodErrors(result.error) };
}
