// Handles a Timeout by asking once more outside the try, so a second Timeout in a row escapes.
export class Timeout extends Error {}

export function* ask(question: string): Generator<string, string, string> {
  while (true) {
    let answer: string;
    try {
      answer = yield question;
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      answer = yield question;
    }
    answer = answer.trim();
    if (answer !== '') return answer;
  }
}

export function* form(questions: readonly string[]): Generator<string, Record<string, string>, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    answers[question] = yield* ask(question);
  }
  return answers;
}
