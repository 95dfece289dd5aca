import type { ShikiTransformer } from 'shiki';

/**
 * Marks code fences for the lesson's styles: ` ```text output ` gets the class
 * `output`, a ` ```ts run ` or ` ```python run ` sample gets `sample`.
 */
export function fenceMeta(): ShikiTransformer {
  return {
    name: 'course-fence-meta',
    pre(node) {
      const meta = this.options.meta?.__raw ?? '';
      if (/(^|\s)output(\s|$)/.test(meta)) this.addClassToHast(node, 'output');
      else if (/(^|\s)(run|fragment)(\s|$)/.test(meta)) this.addClassToHast(node, 'sample');
    },
  };
}
