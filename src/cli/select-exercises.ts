import type { ExerciseIn as Exercise } from '../course/exercise-loader';
import { type CourseSelection, UsageError } from './course-args';

export interface Selection {
  exercises: Exercise[];
  /** What the learner asked for, in words, for the summary's heading. */
  label: string;
}

/**
 * Turns `npm test` arguments into the exercises to check:
 * nothing (all), names (`take`, `laziness`, `03-laziness`, a path), `--chapter 3[,4]`
 * or `--exercises take,chain`. Throws with the names it knows when one matches nothing.
 */
export function selectExercises(all: Exercise[], selection: CourseSelection): Selection {
  const { names } = selection;
  const chapters: number[] = [];
  for (const value of selection.chapters) {
    for (const part of value.split(',')) {
      const n = Number(part);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--chapter takes chapter numbers such as 3 or 3,4, not "${value}"`);
      chapters.push(n);
    }
  }
  if (names.length === 0 && chapters.length === 0) return { exercises: all, label: 'all exercises' };

  const picked = new Set<Exercise>();
  for (const n of chapters) {
    const inChapter = all.filter((e) => e.chapterOrder === n);
    if (inChapter.length === 0) throw new UsageError(`There is no chapter ${n}. Chapters: ${[...new Set(all.map((e) => e.chapterOrder))].join(', ')}.`);
    inChapter.forEach((e) => picked.add(e));
  }
  for (const raw of names) {
    const name = raw
      .replace(/\\/g, '/')
      .replace(/^(\.\/)?(exercises|solutions)\//, '')
      .replace(/\/$/, '');
    const matches = all.filter(
      (e) =>
        e.id === name ||
        e.chapter === name ||
        e.folder === name ||
        e.folder.startsWith(`${name}/`) ||
        e.folder.split('/')[0] === name ||
        `${e.folder}/${e.track.stub}` === name ||
        `${e.folder}/${e.track.test}` === name,
    );
    if (matches.length === 0) {
      const known = [...new Set(all.map((e) => e.chapter))].join(', ');
      throw new UsageError(`Nothing matches "${raw}". Use an exercise name (such as ${all[0]?.id ?? 'take'}) or a chapter: ${known}.`);
    }
    matches.forEach((e) => picked.add(e));
  }
  const exercises = all.filter((e) => picked.has(e));
  return { exercises, label: [...chapters.map((n) => `chapter ${n}`), ...names].join(', ') };
}
