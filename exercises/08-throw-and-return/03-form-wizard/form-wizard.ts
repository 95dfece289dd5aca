/** Thrown in by the driver when the user took too long to answer: the question is asked again. */
export class Timeout extends Error {}

/**
 * Yields `question` and receives the answer with next(answer). Asks again while the
 * answer is blank, or when a Timeout is thrown in; any other error goes on out.
 * Returns the trimmed answer.
 */
export function* ask(question: string): Generator<string, string, string> {
  // TODO: yield the question until a non-blank answer arrives; catch Timeout at the yield
  throw new Error('ask is not written yet');
}

/** Asks each question in turn by delegating to ask(); returns the answers by question. */
export function* form(questions: readonly string[]): Generator<string, Record<string, string>, string> {
  // TODO: yield* ask(question) for each question and keep what it returns
  throw new Error('form is not written yet');
}
