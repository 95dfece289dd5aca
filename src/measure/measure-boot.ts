import { lazyMount } from '../ui/lazy-mount';

/**
 * The only "Measure it yourself" code a lesson page loads up front: the
 * widget's module (and, on Run, its worker) loads when the widget comes near
 * the viewport, is focused, or its form is submitted.
 */
const { roots, boot } = lazyMount('[data-measure]', (root) => import('./measure-ui').then(({ mountMeasure }) => mountMeasure(root)));

for (const root of roots) {
  root.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void boot(root).then((widget) => widget.run());
  });
}
