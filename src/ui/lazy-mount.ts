/**
 * Loads a lesson component's code only when it is needed: when the element
 * comes near the viewport, when the learner focuses it (or triggers one of
 * `alsoOn`), or when the page calls `boot(root)` itself. Mounting happens once
 * per element; without IntersectionObserver every element mounts at once.
 */
export function lazyMount<T>(selector: string, mount: (root: HTMLElement) => Promise<T>, options: { margin?: string; alsoOn?: string[] } = {}) {
  const mounted = new WeakMap<HTMLElement, Promise<T>>();
  const boot = (root: HTMLElement): Promise<T> => {
    let component = mounted.get(root);
    if (!component) {
      component = mount(root);
      mounted.set(root, component);
    }
    return component;
  };
  const roots = [...document.querySelectorAll<HTMLElement>(selector)];
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
          { rootMargin: `${options.margin ?? '300px'} 0px` },
        )
      : null;
  for (const root of roots) {
    if (observer) observer.observe(root);
    else void boot(root);
    for (const type of ['focusin', ...(options.alsoOn ?? [])]) root.addEventListener(type, () => void boot(root), { once: true });
  }
  return { roots, boot };
}
