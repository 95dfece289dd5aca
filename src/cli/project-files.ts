import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseIn } from '../course/exercise-loader';
import { inMilestone, milestonesOf } from '../grader/protocol/milestones';
import { isSolved, type Verdict } from '../grader/protocol/verdict';
import type { CheckJob } from './prepare-checks';

/** Every learner file of an exercise (one, or a project's several), entry first: its name and where its stub and solution are. */
export function learnerFiles(exercise: ExerciseIn): { name: string; stubFile: string; solutionFile: string }[] {
  return [{ name: exercise.track.stub, stubFile: exercise.stubFile, solutionFile: exercise.solutionFile }, ...exercise.extraFiles];
}

/**
 * The job that grades an exercise's files as found in `exercises/` (`stub`)
 * or `solutions/` (`solution`); for a wrong design, the files in `overrideDir`
 * replace those of the same name.
 */
export function jobFor(exercise: ExerciseIn, from: 'stub' | 'solution', overrideDir?: string): CheckJob {
  const text = (file: { name: string; stubFile: string; solutionFile: string }) => {
    const override = overrideDir && join(overrideDir, file.name);
    return readFileSync(override && existsSync(override) ? override : from === 'stub' ? file.stubFile : file.solutionFile, 'utf8');
  };
  const [entry, ...others] = learnerFiles(exercise);
  return { exercise, code: text(entry), ...(others.length ? { files: Object.fromEntries(others.map((f) => [f.name, text(f)])) } : {}) };
}

/** A verdict narrowed to one milestone's tests (`npm test -- <project> --milestone 2`): solved when that milestone is. */
export function focusMilestone(exercise: ExerciseIn, verdict: Verdict, asked: string): Verdict {
  const milestones = milestonesOf(exercise.meta.milestones);
  const index = /^\d+$/.test(asked) ? Number(asked) - 1 : milestones.findIndex((m) => m.id === asked);
  const milestone = milestones[index];
  if (!milestone) {
    throw new Error(`${exercise.id} has no milestone "${asked}": ${milestones.map((m, i) => `${i + 1} (${m.id})`).join(', ')}`);
  }
  const focused = { ...verdict, tests: verdict.tests.filter((t) => inMilestone(milestone, t.path, exercise.language)) };
  return { ...focused, solved: isSolved(focused) };
}
