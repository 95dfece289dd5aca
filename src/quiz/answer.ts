/**
 * "What does this print?" answers: how a learner's answer is compared with
 * the sample's real output, and the order choices are shown in. Pure: used by
 * the quiz in the page, the build (Predict.astro) and the unit tests.
 */
import { fingerprint } from '../progress/hash';

/**
 * The form two answers are compared in. What does not matter: line endings,
 * blank lines, spaces at the ends of lines, runs of spaces, spaces next to
 * brackets, braces, parentheses, commas and colons (`[ 1, 2 ]` = `[1,2]`), and
 * single versus double quotes. What does matter: every other character,
 * including case (`True` is not `true`) and the order of the lines.
 */
export function normaliseAnswer(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/\s*([[\]{}(),:])\s*/g, '$1')
        .replace(/"/g, "'"),
    )
    .filter((line) => line !== '')
    .join('\n');
}

export function isRightAnswer(given: string, output: string): boolean {
  return normaliseAnswer(given) !== '' && normaliseAnswer(given) === normaliseAnswer(output);
}

/**
 * The order to show the real output and the distractors in: a shuffle seeded
 * by the question's id, so it is the same on every visit (and in every
 * build) but the right answer is not always in the same place. Returns
 * indexes into `[output, ...distractors]`.
 */
export function choiceOrder(id: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let seed = parseInt(fingerprint(id), 16) || 1;
  const random = () => {
    // xorshift32
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Problems with a question's distractors: none may be empty or mean the same as the output or another distractor. */
export function distractorProblems(output: string, distractors: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>([[normaliseAnswer(output), -1]]);
  distractors.forEach((d, i) => {
    const key = normaliseAnswer(d);
    if (key === '') problems.push(`distractor ${i + 1} is empty`);
    else if (seen.get(key) === -1) problems.push(`distractor ${i + 1} (${JSON.stringify(d)}) is the real output: the code prints it`);
    else if (seen.has(key)) problems.push(`distractor ${i + 1} (${JSON.stringify(d)}) repeats distractor ${seen.get(key)! + 1}`);
    else seen.set(key, i);
  });
  return problems;
}
