// Keeps the answers in one object outside the generator, so every form shares (and returns) the same answers.
export class Timeout extends Error {}

export function* ask(question: string): Generator<string, string, string> {
  while (true) {
    let answer: string;
    try {
      answer = yield question;
    } catch (error) {
      if (error instanceof Timeout) continue;
      throw error;
    }
    answer = answer.trim();
    if (answer !== '') return answer;
  }
}

const answers: Record<string, string> = {};

export function* form(questions: readonly string[]): Generator<string, Record<string, string>, string> {
  for (const question of questions) {
    answers[question] = yield* ask(question);
  }
  return answers;
}
