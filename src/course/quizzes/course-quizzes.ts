/**
 * Every "What does this print?" question of the course, read from the lesson
 * files: used by the quiz collection (for the review page), by Predict.astro
 * (to check its own rendering against the lesson text) and by the unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkContent } from '../course-tree';
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

export function readCourseQuizzes(root = '.'): { quizzes: CourseQuiz[]; problems: string[] } {
  const quizzes: CourseQuiz[] = [];
  const problems: string[] = [];
  for (const chapter of walkContent(root).chapters) {
    for (const lesson of chapter.lessons) {
      const file = lesson.path;
      const found = extractQuizzes(readFileSync(join(root, file), 'utf8'));
      for (const p of found.problems) problems.push(`${file}:${p.line} ${p.message}`);
      for (const quiz of found.quizzes) {
        quizzes.push({
          ...quiz,
          chapter: chapter.slug,
          chapterOrder: chapter.order,
          lesson: lesson.slug,
          lessonOrder: lesson.order,
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
