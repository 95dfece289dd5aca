import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { readCourseQuizzes } from '../quizzes/course-quizzes';

const fence = (info: string, body: string) => {
  const marker = '`'.repeat(Math.max(3, ...[...body.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)));
  return `${marker}${info}\n${body}\n${marker}`;
};

/**
 * Astro content loader for the "What does this print?" questions in the
 * lessons (`<Predict>`; see docs/authoring.md), so the review page can show
 * them as cards: the code, output and explanation rendered with the site's
 * Markdown settings. A malformed question fails the build with its lesson
 * and line.
 */
export function quizCollectionLoader(): Loader {
  return {
    name: 'course-quizzes',
    async load({ store, renderMarkdown, watcher, logger }) {
      const root = resolve('.');
      const sync = async () => {
        const { quizzes, problems } = readCourseQuizzes(root);
        if (problems.length) throw new Error(`Lesson questions:\n${problems.join('\n')}`);
        store.clear();
        for (const quiz of quizzes) {
          store.set({
            id: quiz.id,
            data: {
              id: quiz.id,
              chapter: quiz.chapter,
              lesson: quiz.lesson,
              order: quiz.order,
              prompt: quiz.prompt,
              lang: quiz.lang,
              code: quiz.code,
              output: quiz.output,
              distractors: quiz.distractors,
              codeHtml: (await renderMarkdown(fence(`${quiz.lang} run`, quiz.code))).html,
              outputHtml: (await renderMarkdown(fence('text output', quiz.output))).html,
              explanationHtml: (await renderMarkdown(quiz.explanation)).html,
            },
          });
        }
      };
      await sync();
      // In `astro dev`, editing a lesson reloads the questions (a broken one is logged and the old ones kept).
      const content = join(root, 'content');
      watcher?.add(content);
      watcher?.on('change', (file) => {
        if (file.startsWith(content) && file.endsWith('.mdx')) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
