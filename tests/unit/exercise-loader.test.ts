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
    expect(exercise.tracks.typescript?.solutionFile).toMatch(/solutions\/03-laziness\/02-take\/take\.ts$/);
  });

  it('orders exercises by chapter, then by folder number', () => {
    const root = writeCourse({
      ...validExercise,
      'exercises/01-iterables/02-b/exercise.json': meta({ typescript: { stub: 'b.ts', test: 'b.test.ts' } }),
      'exercises/01-iterables/02-b/b.ts': '',
      'exercises/01-iterables/02-b/b.test.ts': '',
      'solutions/01-iterables/02-b/b.ts': '',
      'exercises/01-iterables/01-a/exercise.json': meta({ typescript: { stub: 'a.ts', test: 'a.test.ts' } }),
      'exercises/01-iterables/01-a/a.ts': '',
      'exercises/01-iterables/01-a/a.test.ts': '',
      'solutions/01-iterables/01-a/a.ts': '',
    });
    expect(loadExercises(root).map((e) => e.id)).toEqual(['a', 'b', 'take']);
  });

  it('names a missing solution, test and stub', () => {
    const { 'solutions/03-laziness/02-take/take.ts': _s, 'exercises/03-laziness/02-take/take.test.ts': _t, ...rest } = validExercise;
    expect(problemsOf(rest)).toEqual([
      'exercises/03-laziness/02-take/exercise.json: its typescript test exercises/03-laziness/02-take/take.test.ts does not exist',
      'exercises/03-laziness/02-take/exercise.json: its typescript solution solutions/03-laziness/02-take/take.ts does not exist',
    ]);
  });

  it('names the field of a bad exercise.json', () => {
    expect(
      problemsOf({ ...validExercise, 'exercises/03-laziness/02-take/exercise.json': meta({ typescript: { hints: ['only one hint'] }, extra: 1 }) }),
    ).toEqual([
      'exercises/03-laziness/02-take/exercise.json: typescript.hints: Array must contain at least 2 element(s)',
      "exercises/03-laziness/02-take/exercise.json: (top level): Unrecognized key(s) in object: 'extra'",
    ]);
  });

  it('reads a Python track beside the TypeScript one, and names its missing files', () => {
    const python = {
      stub: 'take.py',
      test: 'test_take.py',
      task: 'Write `take` as a Python generator.',
      hints: ['Count as you go.', 'Use islice, or a loop with return.'],
    };
    const files = {
      ...validExercise,
      'exercises/03-laziness/02-take/exercise.json': meta({ python }),
      'exercises/03-laziness/02-take/take.py': '',
      'exercises/03-laziness/02-take/test_take.py': '',
    };
    expect(problemsOf(files)).toEqual([
      'exercises/03-laziness/02-take/exercise.json: its python solution solutions/03-laziness/02-take/take.py does not exist',
    ]);
    const [exercise] = loadExercises(writeCourse({ ...files, 'solutions/03-laziness/02-take/take.py': '' }));
    expect(Object.keys(exercise.tracks)).toEqual(['typescript', 'python']);
    expect(exercise.tracks.python?.testFile).toMatch(/exercises\/03-laziness\/02-take\/test_take\.py$/);
    expect(problemsOf({ ...files, 'exercises/03-laziness/02-take/exercise.json': meta({ python: { ...python, stub: 'take-it.py' } }) })).toEqual([
      'exercises/03-laziness/02-take/exercise.json: python.stub: a module file name such as "take.py"',
    ]);
  });

  it('takes an exercise with a Python track only, and refuses one with no track', () => {
    const pythonOnly = JSON.stringify({
      title: 'Leaking StopIteration',
      lesson: 'return-and-done',
      python: {
        stub: 'pairs.py',
        test: 'test_pairs.py',
        task: 'Write `pairs` without leaking StopIteration.',
        hints: ['Use next(it, sentinel).', 'Return when it runs out.'],
      },
    });
    const [exercise] = loadExercises(
      writeCourse({
        'exercises/02-generator-functions/05-pairs/exercise.json': pythonOnly,
        'exercises/02-generator-functions/05-pairs/pairs.py': '',
        'exercises/02-generator-functions/05-pairs/test_pairs.py': '',
        'solutions/02-generator-functions/05-pairs/pairs.py': '',
      }),
    );
    expect(Object.keys(exercise.tracks)).toEqual(['python']);
    expect(problemsOf({ 'exercises/03-laziness/02-take/exercise.json': JSON.stringify({ title: 'No track', lesson: 'infinite-sequences' }) })).toEqual([
      'exercises/03-laziness/02-take/exercise.json: (top level): an exercise needs a "typescript" or a "python" track (or both)',
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
