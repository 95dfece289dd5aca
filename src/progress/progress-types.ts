/** Where a learner stands on one exercise. Shared by the browser, `npm run report` and hand-ins. */
export type ExerciseState = 'unsolved' | 'attempted' | 'solved';

export interface ExerciseRecord {
  /** The learner's code; absent when they never edited the starting code. */
  code?: string;
  /** Fingerprint of the starting code the learner began from (to notice course updates). */
  stubFingerprint?: string;
  state: ExerciseState;
  /** How many times Check ran. */
  checks: number;
  /** How many hints are revealed. */
  hintsShown: number;
  solvedAt?: string;
  updatedAt?: string;
}

export const emptyRecord = (): ExerciseRecord => ({ state: 'unsolved', checks: 0, hintsShown: 0 });
