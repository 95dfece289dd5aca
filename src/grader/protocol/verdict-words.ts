/** Words for a verdict that both graders print: the results panel in the browser and `npm test`'s summary. */

/** The words a learner reads when runaway code was stopped. */
export function timeoutExplanation(limitMs: number, testPath: string[] | null, language: 'typescript' | 'python' = 'typescript'): string {
  const where = testPath ? ` during the test “${testPath.join(' › ')}”` : '';
  if (language === 'python') {
    return (
      `Your code was stopped after ${limitMs / 1000} s${where}. It most likely never finishes: ` +
      'a loop whose condition never becomes false, list() or sum() over an endless generator, ' +
      'or a recursion without a base case. Make sure every loop ends, and take only as many items as you need (itertools.islice).'
    );
  }
  return (
    `Your code was stopped after ${limitMs / 1000} s${where}. It most likely never finishes: ` +
    `a loop whose condition never becomes false, spreading (or Array.from-ing) an infinite generator, ` +
    `or a recursion without a base case. Make sure every loop ends, and take only as many items as you need.`
  );
}
