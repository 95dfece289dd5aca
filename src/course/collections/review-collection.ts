import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { walkContent } from '../course-tree';
import { reviewFileSchema, SPOT_QUESTION, type ReviewCardInput } from '../review-card-schema';

interface Entry {
  card: ReviewCardInput;
  chapter: string;
  chapterOrder: number;
  index: number;
  file: string;
}

/** Reads and validates every `content/<NN-chapter>/review.json`; throws one error naming every problem. */
export function readReviewCards(root: string): Entry[] {
  const problems: string[] = [];
  const entries: Entry[] = [];
  for (const chapter of walkContent(root).chapters) {
    const file = chapter.reviewFile;
    if (!file) continue;
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const parsed = reviewFileSchema.safeParse(json);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`));
      continue;
    }
    parsed.data.cards.forEach((card, index) => entries.push({ card, chapter: chapter.slug, chapterOrder: chapter.order, index, file }));
  }
  const seen = new Map<string, string>();
  for (const { card, file } of entries) {
    if (seen.has(card.id)) problems.push(`${file}: the card id "${card.id}" is also used in ${seen.get(card.id)}`);
    seen.set(card.id, file);
  }
  if (problems.length) throw new Error(`Review cards:\n${problems.join('\n')}`);
  return entries;
}

/**
 * Astro content loader for the review cards written by hand,
 * `content/<NN-chapter>/review.json`, each validated with reviewFileSchema
 * (src/course/review-card-schema.ts); Markdown rendered with the site's settings.
 * A file that does not validate fails the build, naming the file and field.
 */
export function reviewCollectionLoader(): Loader {
  return {
    name: 'course-review-cards',
    async load({ store, renderMarkdown, watcher, logger }) {
      const root = resolve('.');
      const sync = async () => {
        const entries = readReviewCards(root);
        store.clear();
        for (const { card, chapter, chapterOrder, index } of entries) {
          const code = card.kind === 'spot' ? (await renderMarkdown(`\`\`\`\`${card.lang} fragment\n${card.code}\n\`\`\`\``)).html : '';
          store.set({
            id: card.id,
            data: {
              id: card.id,
              kind: card.kind,
              chapter,
              order: chapterOrder * 1000 + index,
              questionHtml: (await renderMarkdown(card.kind === 'spot' ? (card.question ?? SPOT_QUESTION) : card.question)).html,
              codeHtml: code,
              answerHtml: (await renderMarkdown(card.answer)).html,
            },
          });
        }
      };
      await sync();
      // In `astro dev`, editing a review.json reloads the cards (a broken file is logged and the old cards kept).
      const content = join(root, 'content');
      watcher?.add(content);
      watcher?.on('change', (file) => {
        if (file.startsWith(content) && file.endsWith('review.json')) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
