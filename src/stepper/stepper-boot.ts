import { lazyMount } from '../ui/lazy-mount';

/**
 * The only stepper code a lesson page loads up front: it loads the stepper
 * (editor, worker) when a stepper comes near the viewport, or when the
 * learner focuses or points at it, whichever happens first.
 */
lazyMount('[data-stepper]', (root) => import('./stepper-ui').then(({ mountStepper }) => mountStepper(root)), {
  margin: '200px',
  alsoOn: ['pointerenter'],
});
