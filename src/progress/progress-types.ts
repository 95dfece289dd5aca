/** Where a learner stands on one exercise. Shared by the browser, `npm run report` and hand-ins. */
export type ExerciseState = 'unsolved' | 'attempted' | 'solved';

/** The languages an exercise can be solved in (the same as the exercise schema's tracks). */
export type TrackLanguage = 'typescript' | 'python';

/** One track's progress: the learner's code in that language, and how far they are with it. */
export interface TrackRecord {
  code?: string;
  /** A project's other files, by name (`parse.ts`, `parse.py`): the entry's code is `code`. Absent: never edited. */
  files?: Record<string, string>;
  stubFingerprint?: string;
  state: ExerciseState;
  checks: number;
  hintsShown: number;
  solvedAt?: string;
}

/**
 * An exercise's record. Its own fields are the TypeScript track (as before
 * there was a Python one); `python` is the Python track's, kept apart: code,
 * checks and hints in one language say nothing of the other.
 */
export interface ExerciseRecord {
  /** The learner's code; absent when they never edited the starting code. */
  code?: string;
  /** A project's other files, by name (`parse.ts`), each as the learner left it; the entry file is `code`. */
  files?: Record<string, string>;
  /** Fingerprint of the starting code the learner began from (to notice course updates). */
  stubFingerprint?: string;
  state: ExerciseState;
  /** How many times Check ran. */
  checks: number;
  /** How many hints are revealed. */
  hintsShown: number;
  solvedAt?: string;
  updatedAt?: string;
  python?: TrackRecord;
}

export const emptyRecord = (): ExerciseRecord => ({ state: 'unsolved', checks: 0, hintsShown: 0 });

export const emptyTrack = (): TrackRecord => ({ state: 'unsolved', checks: 0, hintsShown: 0 });

/** The record of one track of an exercise. */
export function trackOf(record: ExerciseRecord, language: TrackLanguage): TrackRecord {
  if (language === 'python') return record.python ?? emptyTrack();
  const { code, files, stubFingerprint, state, checks, hintsShown, solvedAt } = record;
  return {
    state,
    checks,
    hintsShown,
    ...(code !== undefined ? { code } : {}),
    ...(files ? { files } : {}),
    ...(stubFingerprint ? { stubFingerprint } : {}),
    ...(solvedAt ? { solvedAt } : {}),
  };
}

/** The record with one track changed, the other kept. */
export function withTrack(record: ExerciseRecord, language: TrackLanguage, track: TrackRecord): ExerciseRecord {
  if (language === 'python') return { ...record, python: track };
  return { ...track, ...(record.python ? { python: record.python } : {}), ...(record.updatedAt ? { updatedAt: record.updatedAt } : {}) };
}

/** Where the learner stands on the exercise in any language: solved in Python is solved. */
export function exerciseState(record: ExerciseRecord): ExerciseState {
  const states = [record.state, record.python?.state ?? 'unsolved'];
  return states.includes('solved') ? 'solved' : states.includes('attempted') ? 'attempted' : 'unsolved';
}

/** The languages the exercise is solved in, for words such as "Solved in Python". */
export function solvedIn(record: ExerciseRecord): TrackLanguage[] {
  return [...(record.state === 'solved' ? (['typescript'] as const) : []), ...(record.python?.state === 'solved' ? (['python'] as const) : [])];
}
