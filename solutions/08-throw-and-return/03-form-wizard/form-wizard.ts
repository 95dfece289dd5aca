/** Thrown in by the driver when the user took too long to answer: the question is asked again. */
export class Timeout extends Error {}

/**
 * Yields `question` and receives the answer with next(answer). Asks again while the
 * answer is blank, or when a Timeout is thrown in; any other error goes on out.
 * Returns the trimmed answer.
 */
export function* ask(question: string): Generator<string, string, string> {
  while (true) {
    let answer: string;
    try {
      answer = yield question;
    } catch (error) {
      if (error instanceof Timeout) continue; // the user took too long: ask again
      throw error;
    }
    answer = answer.trim();
    if (answer !== '') return answer;
  }
}

/** Asks each question in turn by delegating to ask(); returns the answers by question. */
export function* form(questions: readonly string[]): Generator<string, Record<string, string>, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    // yield* passes every answer and every error in to ask(), and evaluates to what it returns.
    answers[question] = yield* ask(question);
  }
  return answers;
}
