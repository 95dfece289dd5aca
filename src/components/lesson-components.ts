import Aside from './Aside.astro';
import SideBySide from './SideBySide.astro';

/**
 * Components every lesson can use without importing them (docs/authoring.md
 * lists them). Add a component here, one line, to make it available.
 */
export const lessonComponents = {
  Aside,
  SideBySide,
};
