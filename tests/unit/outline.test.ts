import { describe, expect, it } from 'vitest';
import { CourseDataError } from '../../src/course/exercise-loader';
import { buildOutline, lessonsInOrder, type ExerciseInput } from '../../src/course/outline';

const chapters = [
  { file: 'content/02-generator-functions/chapter.json', title: 'Generator functions', summary: 'yield' },
  { file: 'content/01-iterables/chapter.json', title: 'Iterables', summary: 'the protocol' },
];
const lessons = [
  { file: 'content/01-iterables/02-by-hand.mdx', entryId: 'b', title: 'By hand', summary: 's' },
  { file: 'content/01-iterables/01-protocol.mdx', entryId: 'a', title: 'Protocol', summary: 's' },
  { file: 'content/02-generator-functions/01-yield.mdx', entryId: 'c', title: 'Yield', summary: 's' },
];
const exercise = (id: string, lesson: string, order: number, chapter = 'iterables'): ExerciseInput => ({
  id,
  chapter,
  lesson,
  order,
  title: id,
  folder: `01-${chapter}/0${order}-${id}`,
});

describe('buildOutline', () => {
  it('orders chapters, lessons and exercises by their numbers', () => {
    const outline = buildOutline(chapters, lessons, [exercise('second', 'protocol', 2), exercise('first', 'protocol', 1)]);
    expect(outline.map((c) => c.slug)).toEqual(['iterables', 'generator-functions']);
    expect(lessonsInOrder(outline).map((l) => l.url)).toEqual(['/iterables/protocol/', '/iterables/by-hand/', '/generator-functions/yield/']);
    expect(outline[0].lessons[0].exercises.map((e) => e.id)).toEqual(['first', 'second']);
  });

  it('fails naming the exercise whose lesson does not exist, and a lesson without a chapter', () => {
    const call = () =>
      buildOutline(
        chapters,
        [...lessons, { file: 'content/05-delegation/01-x.mdx', entryId: 'x', title: 'X', summary: 's' }],
        [exercise('lost', 'nowhere', 1)],
      );
    expect(call).toThrow(CourseDataError);
    try {
      call();
    } catch (error) {
      expect((error as CourseDataError).problems).toEqual([
        'content/05-delegation/01-x.mdx: its chapter has no chapter.json',
        'exercises/01-iterables/01-lost/exercise.json: lesson "nowhere" does not exist in chapter "iterables"',
      ]);
    }
  });

  it('does not find a lesson of another chapter with the same slug', () => {
    expect(() => buildOutline(chapters, lessons, [exercise('x', 'yield', 1)])).toThrow('lesson "yield" does not exist in chapter "iterables"');
  });
});
