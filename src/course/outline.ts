import { CourseDataError } from './course-data-error';
import { parseOrderedName } from './slugs';
import { siteUrl } from '../hosting/site-url';

export interface ChapterInput {
  /** e.g. `content/03-laziness/chapter.json` */
  file: string;
  title: string;
  summary: string;
}
export interface LessonInput {
  /** e.g. `content/03-laziness/01-eager-vs-lazy.mdx` */
  file: string;
  /** The content collection's id, to render the lesson. */
  entryId: string;
  title: string;
  summary: string;
}
export interface ExerciseInput {
  id: string;
  chapter: string;
  lesson: string;
  order: number;
  title: string;
  folder: string;
}

export interface OutlineLesson {
  chapter: string;
  slug: string;
  /** `<chapter>/<lesson>`, also the URL path. */
  key: string;
  url: string;
  entryId: string;
  order: number;
  title: string;
  summary: string;
  exercises: ExerciseInput[];
}
export interface OutlineChapter {
  slug: string;
  order: number;
  title: string;
  summary: string;
  lessons: OutlineLesson[];
}

const segments = (file: string) => file.replace(/\\/g, '/').split('/').slice(-2);

/**
 * Orders chapters, lessons and exercises and checks that they refer to each
 * other: every lesson has a chapter, every exercise a lesson. Throws one
 * CourseDataError naming every offending file.
 */
export function buildOutline(chapters: ChapterInput[], lessons: LessonInput[], exercises: ExerciseInput[]): OutlineChapter[] {
  const problems: string[] = [];
  const bySlug = new Map<string, OutlineChapter>();
  for (const chapter of chapters) {
    const folder = parseOrderedName(segments(chapter.file)[0]);
    if (!folder) {
      problems.push(`${chapter.file}: chapter folders are named like "03-laziness"`);
      continue;
    }
    bySlug.set(folder.slug, { ...folder, title: chapter.title, summary: chapter.summary, lessons: [] });
  }
  for (const lesson of lessons) {
    const [chapterFolder, fileName] = segments(lesson.file);
    const chapter = parseOrderedName(chapterFolder);
    const own = parseOrderedName(fileName.replace(/\.mdx$/, ''));
    if (!chapter || !own) {
      problems.push(`${lesson.file}: lessons live at content/<NN-chapter>/<NN-lesson>.mdx`);
      continue;
    }
    const parent = bySlug.get(chapter.slug);
    if (!parent) {
      problems.push(`${lesson.file}: its chapter has no chapter.json`);
      continue;
    }
    const key = `${chapter.slug}/${own.slug}`;
    parent.lessons.push({
      chapter: chapter.slug,
      slug: own.slug,
      key,
      url: siteUrl(`${key}/`),
      entryId: lesson.entryId,
      order: own.order,
      title: lesson.title,
      summary: lesson.summary,
      exercises: [],
    });
  }
  for (const exercise of exercises) {
    const lesson = bySlug.get(exercise.chapter)?.lessons.find((l) => l.slug === exercise.lesson);
    if (!lesson) {
      problems.push(`exercises/${exercise.folder}/exercise.json: lesson "${exercise.lesson}" does not exist in chapter "${exercise.chapter}"`);
      continue;
    }
    lesson.exercises.push(exercise);
  }
  if (problems.length > 0) throw new CourseDataError(problems);

  const ordered = [...bySlug.values()].sort((a, b) => a.order - b.order);
  for (const chapter of ordered) {
    chapter.lessons.sort((a, b) => a.order - b.order);
    for (const lesson of chapter.lessons) lesson.exercises.sort((a, b) => a.order - b.order);
  }
  return ordered;
}

/** Lessons in reading order, across chapters. */
export function lessonsInOrder(outline: OutlineChapter[]): OutlineLesson[] {
  return outline.flatMap((chapter) => chapter.lessons);
}
