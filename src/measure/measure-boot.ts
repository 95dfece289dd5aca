/**
 * The only "Measure it yourself" code a lesson page loads up front: the
 * widget's module (and, on Run, its worker) loads when the widget comes near
 * the viewport, is focused, or its form is submitted.
 */
type Mounted = { run(): void };
const mounted = new WeakMap<HTMLElement, Promise<Mounted>>();

function boot(root: HTMLElement): Promise<Mounted> {
  let widget = mounted.get(root);
  if (!widget) {
    widget = import('./measure-ui').then(({ mountMeasure }) => mountMeasure(root));
    mounted.set(root, widget);
  }
  return widget;
}

const roots = [...document.querySelectorAll<HTMLElement>('[data-measure]')];
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
    void boot(root).then((widget) => widget.run());
  });
}
