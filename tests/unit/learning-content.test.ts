// The course's own questions and review cards: well-formed, unique, and enough of them.
// (That each question's answer is what its code prints is proven by `npm run check:samples`.)
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readCourseQuizzes } from '../../src/course/quizzes/course-quizzes';
import { reviewFileSchema } from '../../src/course/review-card-schema';

const chapters = readdirSync('content')
  .filter((name) => /^\d\d-/.test(name))
  .sort();

describe('the course’s questions and cards', () => {
  const { quizzes, problems } = readCourseQuizzes('.');

  it('has well-formed questions with unique ids', () => {
    expect(problems).toEqual([]);
    expect(new Set(quizzes.map((q) => q.id)).size).toBe(quizzes.length);
  });

  it('has at least three questions in every chapter, mixing typed answers and choices', () => {
    expect(chapters).toHaveLength(10);
    for (const chapter of chapters) {
      const slug = chapter.slice(3);
      expect(quizzes.filter((q) => q.chapter === slug).length, chapter).toBeGreaterThanOrEqual(3);
    }
    expect(quizzes.filter((q) => q.distractors.length === 0).length).toBeGreaterThan(5);
    expect(quizzes.filter((q) => q.distractors.length > 0).length).toBeGreaterThan(5);
  });

  it('has valid review cards in every chapter, both kinds, ids unique across cards and questions', () => {
    const ids = new Set(quizzes.map((q) => q.id));
    for (const chapter of chapters) {
      const file = `content/${chapter}/review.json`;
      expect(existsSync(file), file).toBe(true);
      const parsed = reviewFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      expect(parsed.success ? [] : parsed.error.issues, file).toEqual([]);
      const cards = parsed.success ? parsed.data.cards : [];
      expect(new Set(cards.map((c) => c.kind)), file).toEqual(new Set(['concept', 'spot']));
      for (const card of cards) {
        expect(ids.has(card.id), `${file}: ${card.id} is used twice`).toBe(false);
        ids.add(card.id);
      }
    }
  });
});
