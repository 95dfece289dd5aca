import type { Verdict } from './verdict';

/** A project's stage as exercise.json declares it (src/course/exercise-schema.ts). */
export interface MilestoneSpec {
  id: string;
  title: string;
  /** The name of the top-level `describe` holding its tests. */
  tests: string;
}

/** How one milestone fared in a verdict. */
export interface MilestoneResult {
  id: string;
  title: string;
  /** Every one of its tests ran and passed (and there is at least one). */
  passed: boolean;
  passedTests: number;
  total: number;
}

/** The milestones an exercise has: its declared ones, or one holding every test. */
export function milestonesOf(declared: readonly MilestoneSpec[] | undefined): MilestoneSpec[] {
  return declared?.length ? [...declared] : [{ id: 'all', title: 'Every test', tests: '' }];
}

/** Whether a test (by its path of names) belongs to a milestone. */
export const inMilestone = (milestone: MilestoneSpec, path: readonly string[]): boolean => milestone.tests === '' || path[0] === milestone.tests;

/**
 * Which milestones a verdict passes. A milestone passes when the tests ran to
 * the end, nothing failed unseen, and each of its tests passed; type errors
 * block "solved" (verdict.ts) but not a milestone, so a learner half-way
 * through a project sees the stages they have done.
 */
export function milestoneResults(declared: readonly MilestoneSpec[] | undefined, verdict: Pick<Verdict, 'tests' | 'outcome'>): MilestoneResult[] {
  const ran = verdict.outcome.kind === 'finished' && !verdict.outcome.unhandled?.length;
  return milestonesOf(declared).map((milestone) => {
    const tests = verdict.tests.filter((t) => inMilestone(milestone, t.path));
    const passedTests = tests.filter((t) => t.status === 'pass').length;
    return { id: milestone.id, title: milestone.title, passed: ran && tests.length > 0 && passedTests === tests.length, passedTests, total: tests.length };
  });
}
