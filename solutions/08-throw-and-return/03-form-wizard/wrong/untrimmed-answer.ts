// Checks the trimmed answer for blankness but returns the answer as it was typed, spaces and all.
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
    if (answer.trim() !== '') return answer;
  }
}

export function* form(questions: readonly string[]): Generator<string, Record<string, string>, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    answers[question] = yield* ask(question);
  }
  return answers;
}
