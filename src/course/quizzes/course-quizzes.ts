/**
 * Every "What does this print?" question of the course, read from the lesson
 * files: used by the quiz collection (for the review page), by Predict.astro
 * (to check its own rendering against the lesson text) and by the unit tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrderedName } from '../slugs';
import { extractQuizzes, type Quiz } from './extract-quizzes';

export interface CourseQuiz extends Quiz {
  chapter: string;
  chapterOrder: number;
  lesson: string;
  lessonOrder: number;
  /** `content/03-laziness/01-eager-vs-lazy.mdx` */
  file: string;
  /** Position in the course (chapter, lesson, then place in the lesson). */
  order: number;
}

export function readCourseQuizzes(contentDir = 'content'): { quizzes: CourseQuiz[]; problems: string[] } {
  const quizzes: CourseQuiz[] = [];
  const problems: string[] = [];
  const chapters = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, parsed: parseOrderedName(d.name) }))
    .filter((c) => c.parsed)
    .sort((a, b) => a.parsed!.order - b.parsed!.order);
  for (const chapter of chapters) {
    const lessons = readdirSync(join(contentDir, chapter.name))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({ name, parsed: parseOrderedName(name.replace(/\.mdx$/, '')) }))
      .filter((l) => l.parsed)
      .sort((a, b) => a.parsed!.order - b.parsed!.order);
    for (const lesson of lessons) {
      const file = `${contentDir}/${chapter.name}/${lesson.name}`;
      const found = extractQuizzes(readFileSync(file, 'utf8'));
      for (const p of found.problems) problems.push(`${file}:${p.line} ${p.message}`);
      for (const quiz of found.quizzes) {
        quizzes.push({
          ...quiz,
          chapter: chapter.parsed!.slug,
          chapterOrder: chapter.parsed!.order,
          lesson: lesson.parsed!.slug,
          lessonOrder: lesson.parsed!.order,
          file,
          order: quizzes.length,
        });
      }
    }
  }
  const first = new Map<string, CourseQuiz>();
  for (const quiz of quizzes) {
    const other = first.get(quiz.id);
    if (other) problems.push(`${quiz.file}:${quiz.line} <Predict>: the id "${quiz.id}" is taken by ${other.file}:${other.line}; ids are unique in the course`);
    else first.set(quiz.id, quiz);
  }
  return { quizzes, problems };
}
