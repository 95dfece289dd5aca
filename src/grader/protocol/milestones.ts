import type { Verdict } from './verdict';

/** A project's stage as exercise.json declares it (src/course/exercise-schema.ts). */
export interface MilestoneSpec {
  id: string;
  title: string;
  /** The name of the top-level `describe` holding its TypeScript tests (its Python tests are named after its id). */
  tests: string;
}

/** The language of the tests a verdict comes from. */
export type TestLanguage = 'typescript' | 'python';

/** How a milestone's Python test functions begin: `test_early_exit_` for milestone `early-exit`. */
export const pythonTestPrefix = (milestone: Pick<MilestoneSpec, 'id'>): string => `test_${milestone.id.replace(/-/g, '_')}_`;

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

/**
 * Whether a test (by its path of names) belongs to a milestone: in TypeScript,
 * when it is under the milestone's top-level `describe`; in Python, when its
 * function is named `test_<id>_…` (exercise-schema.ts).
 */
export const inMilestone = (milestone: MilestoneSpec, path: readonly string[], language: TestLanguage = 'typescript'): boolean =>
  milestone.tests === '' || (language === 'python' ? path.length === 1 && path[0].startsWith(pythonTestPrefix(milestone)) : path[0] === milestone.tests);

/**
 * Which milestones a verdict passes. A milestone passes when the tests ran to
 * the end, nothing failed unseen, and each of its tests passed; type errors
 * block "solved" (verdict.ts) but not a milestone, so a learner half-way
 * through a project sees the stages they have done.
 */
export function milestoneResults(
  declared: readonly MilestoneSpec[] | undefined,
  verdict: Pick<Verdict, 'tests' | 'outcome'>,
  language: TestLanguage = 'typescript',
): MilestoneResult[] {
  const ran = verdict.outcome.kind === 'finished' && !verdict.outcome.unhandled?.length;
  return milestonesOf(declared).map((milestone) => {
    const tests = verdict.tests.filter((t) => inMilestone(milestone, t.path, language));
    const passedTests = tests.filter((t) => t.status === 'pass').length;
    return { id: milestone.id, title: milestone.title, passed: ran && tests.length > 0 && passedTests === tests.length, passedTests, total: tests.length };
  });
}
