/**
 * The only quiz code a lesson page loads up front. The form works from the
 * first click: checking an answer loads the quiz module (a few kilobytes)
 * if it is not there yet; it also loads when a question comes near the
 * viewport or the learner focuses it.
 */
type Mounted = { check(): void };
const mounted = new WeakMap<HTMLElement, Promise<Mounted>>();

function boot(root: HTMLElement): Promise<Mounted> {
  let quiz = mounted.get(root);
  if (!quiz) {
    quiz = import('./quiz-ui').then(({ mountQuiz }) => mountQuiz(root));
    mounted.set(root, quiz);
  }
  return quiz;
}

const roots = [...document.querySelectorAll<HTMLElement>('[data-quiz]')];
const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            void boot(entry.target as HTMLElement);
          }
        },
        { rootMargin: '300px 0px' },
      )
    : null;

for (const root of roots) {
  if (observer) observer.observe(root);
  root.addEventListener('focusin', () => void boot(root), { once: true });
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
