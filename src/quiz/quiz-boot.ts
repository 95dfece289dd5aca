import { lazyMount } from '../ui/lazy-mount';

/**
 * The only quiz code a lesson page loads up front. The form works from the
 * first click: checking an answer loads the quiz module (a few kilobytes)
 * if it is not there yet; it also loads when a question comes near the
 * viewport or the learner focuses it.
 */
const { roots, boot } = lazyMount('[data-quiz]', (root) => import('./quiz-ui').then(({ mountQuiz }) => mountQuiz(root)));

for (const root of roots) {
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void boot(root).then((quiz) => quiz.check());
  });
  // In a multi-line answer, Enter is a new line: Ctrl+Enter (Cmd+Enter) checks.
  root.querySelector('textarea')?.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      root.querySelector('form')?.requestSubmit();
    }
  });
}
