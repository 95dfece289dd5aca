// Catches every error at the yield and asks again, so an error that should end the form is swallowed.
export class Timeout extends Error {}

export function* ask(question: string): Generator<string, string, string> {
  while (true) {
    let answer: string;
    try {
      answer = yield question;
    } catch {
      continue;
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
