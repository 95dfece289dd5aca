// Copies ask()'s questions with a for…of loop: nothing is sent in, the return value is lost, and TypeScript rejects the loop.
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

export function* form(questions: readonly string[]): Generator<string, Record<string, string>, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    let last = '';
    for (const prompt of ask(question)) {
      last = yield prompt;
    }
    answers[question] = last;
  }
  return answers;
}
