// Delegates by hand, passing answers on with next(answer) but never forwarding throw(), so a Timeout ends the whole form.
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
    const inner = ask(question);
    let step = inner.next();
    while (!step.done) {
      const answer = yield step.value;
      step = inner.next(answer);
    }
    answers[question] = step.value;
  }
  return answers;
}
