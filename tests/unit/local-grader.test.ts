import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inLanguage, loadExercises, type ExerciseIn as Exercise } from '../../src/course/exercise-loader';
import { courseCompilerOptions } from '../../src/grader/compiler/compiler-options';
import { formatSummary, type ExerciseOutcome } from '../../src/cli/course-summary';
import { selectExercises } from '../../src/cli/select-exercises';
import { parseCourseArgs } from '../../src/cli/course-args';
import { meta, writeCourse } from '../support/course-fixture';

function course(): Exercise[] {
  const files: Record<string, string> = {};
  for (const [chapter, id] of [
    ['01-iterables', '01-count'],
    ['01-iterables', '02-range'],
    ['03-laziness', '01-take'],
  ]) {
    const slug = id.slice(3);
    files[`exercises/${chapter}/${id}/exercise.json`] = meta({
      typescript: { stub: `${slug}.ts`, test: `${slug}.test.ts`, hints: [`first hint for ${slug}`, 'second'] },
    });
    files[`exercises/${chapter}/${id}/${slug}.ts`] = '';
    files[`exercises/${chapter}/${id}/${slug}.test.ts`] = '';
    files[`solutions/${chapter}/${id}/${slug}.ts`] = '';
  }
  return inLanguage(loadExercises(writeCourse(files)), 'typescript');
}

describe('selectExercises', () => {
  const all = course();
  const select = (args: string[]) => selectExercises(all, parseCourseArgs(args, {}, 'usage').selection);
  const ids = (args: string[]) => select(args).exercises.map((e) => e.id);

  it('selects everything with no arguments', () => expect(ids([])).toEqual(['count', 'range', 'take']));
  it('selects by exercise name, chapter slug, folder or path', () => {
    expect(ids(['take'])).toEqual(['take']);
    expect(ids(['iterables'])).toEqual(['count', 'range']);
    expect(ids(['01-iterables'])).toEqual(['count', 'range']);
    expect(ids(['exercises/01-iterables/02-range/range.ts'])).toEqual(['range']);
  });
  it('selects by chapter number and by a list of exercises', () => {
    expect(ids(['--chapter', '3'])).toEqual(['take']);
    expect(ids(['--chapters=1,3'])).toEqual(['count', 'range', 'take']);
    expect(ids(['--exercises', 'range,take'])).toEqual(['range', 'take']);
  });
  it('says what exists when nothing matches', () => {
    expect(() => select(['tak'])).toThrow('Nothing matches "tak". Use an exercise name (such as count) or a chapter: iterables, laziness.');
    expect(() => select(['--chapter', '7'])).toThrow('There is no chapter 7. Chapters: 1, 3.');
    expect(() => select(['--chapter', 'x'])).toThrow('--chapter takes chapter numbers');
    expect(() => select(['--verbose'])).toThrow("Unknown option '--verbose'.\n\nusage");
  });
});

describe('formatSummary', () => {
  const [count, range, take] = course();
  const outcomes: ExerciseOutcome[] = [
    { exercise: count, status: 'solved', passed: 3, total: 3, failures: [] },
    {
      exercise: range,
      status: 'unsolved',
      passed: 1,
      total: 3,
      failures: [
        { test: 'range > counts', message: 'expected [] to deeply equal [ 1 ]', diff: '- Expected\n+ Received' },
        { test: 'range > ends', message: 'nope' },
      ],
    },
    { exercise: take, status: 'stopped', passed: 0, total: 2, failures: [] },
  ];

  it('groups by chapter, details the first unsolved exercise and points to it with its first hint', () => {
    expect(formatSummary(outcomes, { detailFor: 'first' })).toBe(
      [
        '',
        'Chapter 1 · iterables  (1/2 solved)',
        '  ✓ count                    solved',
        '  ✗ range                    1/3 tests pass',
        '    ✗ range > counts',
        '      expected [] to deeply equal [ 1 ]',
        '      - Expected',
        '      + Received',
        '    ✗ range > ends',
        '      nope',
        '',
        'Chapter 3 · laziness  (0/1 solved)',
        '  ✗ take                     stopped: ran too long',
        '',
        'Solved 1 of 3 exercises.',
        'Next: exercises/01-iterables/02-range/range.ts',
        'Hint: first hint for range',
        '(more hints: npm run hint -- range · check just this one: npm test -- range)',
      ].join('\n'),
    );
  });

  it('congratulates when everything selected is solved', () => {
    expect(formatSummary([outcomes[0]], { detailFor: 'all' })).toMatch(/Solved 1 of 1 exercise\.\nEvery selected exercise is solved/);
  });
});

describe('exercises/tsconfig.json', () => {
  it('uses the very options the grader uses, so editors agree with the grader', () => {
    const tsconfig = JSON.parse(readFileSync('exercises/tsconfig.json', 'utf8'));
    const { paths, ...options } = tsconfig.compilerOptions;
    expect(options).toEqual(courseCompilerOptions);
    expect(paths).toEqual({ vitest: ['../src/grader/learner-types/vitest-subset.d.ts'] });
  });
});
