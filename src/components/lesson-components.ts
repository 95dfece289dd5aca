import Aside from './Aside.astro';
import MeasureIt from './MeasureIt.astro';
import Predict from './Predict.astro';
import SideBySide from './SideBySide.astro';
import Stepper from './Stepper.astro';

/**
 * Components every lesson can use without importing them (docs/authoring.md
 * lists them). Add a component here, one line, to make it available.
 */
export const lessonComponents = {
  Aside,
  MeasureIt,
  Predict,
  SideBySide,
  Stepper,
};
