import { describe, expect, it } from 'vitest';
import { CourseDataError, loadExercises } from '../../src/course/exercise-loader';
import { meta, validExercise, writeCourse } from '../support/course-fixture';

function problemsOf(files: Record<string, string>): string[] {
  try {
    loadExercises(writeCourse(files));
  } catch (error) {
    if (error instanceof CourseDataError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadExercises', () => {
  it('reads an exercise folder into id, chapter, order and files', () => {
    const [exercise] = loadExercises(writeCourse(validExercise));
    expect(exercise).toMatchObject({ id: 'take', chapter: 'laziness', chapterOrder: 3, order: 2, folder: '03-laziness/02-take' });
    expect(exercise.meta.timeoutMs).toBe(3000);
    expect(exercise.solutionFile).toMatch(/solutions\/03-laziness\/02-take\/take\.ts$/);
  });

  it('orders exercises by chapter, then by folder number', () => {
    const root = writeCourse({
      ...validExercise,
      'exercises/01-iterables/02-b/exercise.json': meta({ stub: 'b.ts', test: 'b.test.ts' }),
      'exercises/01-iterables/02-b/b.ts': '',
      'exercises/01-iterables/02-b/b.test.ts': '',
      'solutions/01-iterables/02-b/b.ts': '',
      'exercises/01-iterables/01-a/exercise.json': meta({ stub: 'a.ts', test: 'a.test.ts' }),
      'exercises/01-iterables/01-a/a.ts': '',
      'exercises/01-iterables/01-a/a.test.ts': '',
      'solutions/01-iterables/01-a/a.ts': '',
    });
    expect(loadExercises(root).map((e) => e.id)).toEqual(['a', 'b', 'take']);
  });

  it('names a missing solution, test and stub', () => {
    const { ['solutions/03-laziness/02-take/take.ts']: _s, ['exercises/03-laziness/02-take/take.test.ts']: _t, ...rest } = validExercise;
    expect(problemsOf(rest)).toEqual([
      'exercises/03-laziness/02-take/exercise.json: its test exercises/03-laziness/02-take/take.test.ts does not exist',
      'exercises/03-laziness/02-take/exercise.json: its solution solutions/03-laziness/02-take/take.ts does not exist',
    ]);
  });

  it('names the field of a bad exercise.json', () => {
    expect(problemsOf({ ...validExercise, 'exercises/03-laziness/02-take/exercise.json': meta({ hints: ['only one hint'], extra: 1 }) })).toEqual([
      'exercises/03-laziness/02-take/exercise.json: hints: Array must contain at least 2 element(s)',
      "exercises/03-laziness/02-take/exercise.json: (top level): Unrecognized key(s) in object: 'extra'",
    ]);
  });

  it('reports JSON that does not parse, and a folder without exercise.json', () => {
    const problems = problemsOf({ 'exercises/03-laziness/02-take/exercise.json': '{ nope', 'exercises/03-laziness/03-map/map.ts': '' });
    expect(problems[0]).toMatch(/^exercises\/03-laziness\/02-take\/exercise\.json: not valid JSON/);
    expect(problems[1]).toBe('exercises/03-laziness/03-map/exercise.json: missing (every exercise folder needs one)');
  });

  it('rejects badly named folders and a slug used twice', () => {
    expect(problemsOf({ 'exercises/laziness/x/exercise.json': meta() })).toEqual(['exercises/laziness: chapter folders are named like "03-laziness"']);
    const twice = problemsOf({
      ...validExercise,
      'exercises/04-pipelines/01-take/exercise.json': meta(),
      'exercises/04-pipelines/01-take/take.ts': '',
      'exercises/04-pipelines/01-take/take.test.ts': '',
      'solutions/04-pipelines/01-take/take.ts': '',
    });
    expect(twice).toEqual(['exercises/04-pipelines/01-take: exercise slug "take" is also used by exercises/03-laziness/02-take']);
  });
});
