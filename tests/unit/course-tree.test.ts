import { describe, expect, it } from 'vitest';
import { walkContent, walkExercises } from '../../src/course/course-tree';
import { writeCourse } from '../support/course-fixture';

describe('the course tree', () => {
  const root = writeCourse({
    'content/10-pitfalls/02-b.mdx': '',
    'content/10-pitfalls/01-a.mdx': '',
    'content/10-pitfalls/review.json': '{}',
    'content/10-pitfalls/notes.md': '',
    'content/02-generator-functions/01-c.mdx': '',
    'content/drafts/01-x.mdx': '',
    'content/02-generator-functions/intro.mdx': '',
    'exercises/02-generator-functions/10-late/exercise.json': '',
    'exercises/02-generator-functions/02-early/exercise.json': '',
    'exercises/01-iterables/01-first/exercise.json': '',
    'exercises/01-iterables/misc/exercise.json': '',
  });

  it('orders chapters, lessons and exercises by their numbers, not by their names as text', () => {
    const { chapters } = walkContent(root);
    expect(chapters.map((c) => [c.slug, c.lessons.map((l) => l.slug), c.reviewFile])).toEqual([
      ['generator-functions', ['c'], null],
      ['pitfalls', ['a', 'b'], 'content/10-pitfalls/review.json'],
    ]);
    expect(walkExercises(root).exercises.map((e) => `${e.chapter.order}.${e.order} ${e.slug}`)).toEqual(['1.1 first', '2.2 early', '2.10 late']);
  });

  it('names every folder and lesson that breaks the naming rule, and ignores other files', () => {
    expect(walkContent(root).problems.sort()).toEqual([
      'content/02-generator-functions/intro.mdx: lessons are named like "01-eager-vs-lazy.mdx"',
      'content/drafts: chapter folders are named like "03-laziness"',
    ]);
    expect(walkExercises(root).problems).toEqual(['exercises/01-iterables/misc: exercise folders are named like "02-take"']);
  });
});
