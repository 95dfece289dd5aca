import { format } from 'node-inspect-extracted';

/**
 * Formats the arguments of one `console.log` call exactly as Node prints them
 * (`[ 1, 2 ]`, `{ value: 1, done: false }`, `Object [Generator] {}`), with
 * Node's own util.inspect extracted for browsers. The results panel and the
 * lesson-sample checker both use it, so what a lesson says a sample prints is
 * what the page shows and what `node` prints.
 */
export function formatConsoleArgs(args: readonly unknown[]): string {
  return format(...args);
}
