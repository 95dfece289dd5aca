/**
 * One "What does this print?" question (Predict.astro): checks the learner's
 * answer against the sample's proven output and says whether it is right in
 * the live region. A right answer shows the real output and the explanation;
 * a wrong one keeps them hidden, so "Try again" is a real second try, and
 * "Show the answer" reveals them. Everything shown comes from the page;
 * nothing is added as HTML.
 */
import { markQuizAnswered } from '../ui/lesson-visits';
import { isRightAnswer, normaliseAnswer } from './answer';

export function mountQuiz(root: HTMLElement) {
  const verdict = root.querySelector<HTMLElement>('.quiz-verdict')!;
  const reveal = root.querySelector<HTMLElement>('.quiz-reveal')!;
  const checkButton = root.querySelector<HTMLButtonElement>('.quiz-check')!;
  const againButton = root.querySelector<HTMLButtonElement>('.quiz-again')!;
  const showButton = root.querySelector<HTMLButtonElement>('.quiz-show')!;
  const output = reveal.querySelector('pre')?.textContent?.replace(/\n+$/, '') ?? '';
  const textInput = root.querySelector<HTMLInputElement | HTMLTextAreaElement>('.quiz-answer');
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

  const say = (kind: 'right' | 'wrong' | 'empty' | '', lead: string, detail = '') => {
    verdict.dataset.kind = kind;
    verdict.replaceChildren();
    if (!lead) return;
    const strong = document.createElement('strong');
    strong.textContent = lead;
    verdict.append(strong);
    if (detail) verdict.append(` ${detail}`);
  };

  const given = (): string | null => {
    if (textInput) return textInput.value.trim() === '' ? null : textInput.value;
    const chosen = radios.find((r) => r.checked);
    return chosen ? (chosen.closest('label')?.querySelector('.quiz-choice-text')?.textContent ?? '') : null;
  };

  /** Labels the real output, and a wrong choice, among the choices (as text, so screen readers hear it too). */
  const markChoices = (answer: string | null) => {
    for (const label of root.querySelectorAll<HTMLElement>('label.quiz-choice')) {
      label.querySelector('.quiz-mark')?.remove();
      delete label.dataset.mark;
      if (answer === null) continue;
      const text = label.querySelector('.quiz-choice-text')?.textContent ?? '';
      const chosen = label.querySelector<HTMLInputElement>('input')?.checked;
      const mark = isRightAnswer(text, output) ? 'the real output' : chosen ? 'your answer' : '';
      if (!mark) continue;
      label.dataset.mark = mark === 'the real output' ? 'output' : 'chosen';
      const span = document.createElement('span');
      span.className = 'quiz-mark';
      span.textContent = mark;
      label.append(span);
    }
  };

  /** `revealed`: the output and why are shown, and the question is over; `wrong`: another try, or the answer. */
  const setStage = (stage: 'asking' | 'wrong' | 'revealed') => {
    const answered = stage !== 'asking';
    reveal.hidden = stage !== 'revealed';
    checkButton.hidden = answered;
    againButton.hidden = stage !== 'wrong';
    showButton.hidden = stage !== 'wrong';
    if (textInput) textInput.readOnly = answered;
    for (const radio of radios) radio.disabled = answered;
    root.dataset.answered = answered ? 'true' : '';
  };

  function check() {
    if (root.dataset.answered === 'true') return;
    const answer = given();
    if (answer === null) {
      say('empty', textInput ? 'Type what you think it prints first.' : 'Choose an answer first.');
      (textInput ?? radios[0])?.focus();
      return;
    }
    const right = isRightAnswer(answer, output);
    root.dataset.result = right ? 'right' : 'wrong';
    markQuizAnswered(root.dataset.quiz!);
    if (right) {
      const oneLine = !normaliseAnswer(output).includes('\n');
      say('right', 'Right.', `${oneLine ? `It prints ${output}. ` : ''}The output and why are below.`);
      markChoices(answer);
      setStage('revealed');
      reveal.tabIndex = -1;
      reveal.focus();
    } else {
      say('wrong', 'Not quite.', 'Read the code again and try again, or show the answer.');
      setStage('wrong');
      againButton.focus();
    }
  }

  showButton.addEventListener('click', () => {
    const oneLine = !normaliseAnswer(output).includes('\n');
    say('wrong', 'The answer:', `${oneLine ? `it prints ${output}. ` : ''}The real output and why are below.`);
    markChoices(given());
    setStage('revealed');
    reveal.tabIndex = -1;
    reveal.focus();
  });

  againButton.addEventListener('click', () => {
    setStage('asking');
    markChoices(null);
    root.dataset.result = '';
    say('', '');
    if (textInput) {
      textInput.value = '';
      textInput.focus();
    } else {
      for (const radio of radios) radio.checked = false;
      radios[0]?.focus();
    }
  });
  root.dataset.ready = 'true';
  return { check };
}
