export {};

/**
 * The only stepper code a lesson page loads up front: it loads the stepper
 * (editor, worker) when a stepper comes near the viewport, or when the
 * learner focuses or points at it, whichever happens first.
 */
function boot(root: HTMLElement) {
  if (root.dataset.stepperBooted) return;
  root.dataset.stepperBooted = 'true';
  void import('./stepper-ui').then(({ mountStepper }) => mountStepper(root));
}

const roots = [...document.querySelectorAll<HTMLElement>('[data-stepper]')];
const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            boot(entry.target as HTMLElement);
          }
        },
        { rootMargin: '200px 0px' },
      )
    : null;

for (const root of roots) {
  if (observer) observer.observe(root);
  else boot(root);
  root.addEventListener('focusin', () => boot(root), { once: true });
  root.addEventListener('pointerenter', () => boot(root), { once: true });
}
