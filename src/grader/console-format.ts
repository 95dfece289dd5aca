import { format } from '@vitest/utils/display';

const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype;

function describeGenerator(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(value));
  if (proto === GeneratorPrototype) return 'Object [Generator] {}';
  if (proto === AsyncGeneratorPrototype) return 'Object [AsyncGenerator] {}';
  return null;
}

/**
 * Formats the arguments of one `console.log` call the way Node prints them
 * (`[ 1, 2 ]`, `{ value: 1, done: false }`, `Object [Generator] {}`). The
 * results panel and the lesson-sample checker both use it, so what a lesson
 * says a sample prints is what the page shows.
 */
export function formatConsoleArgs(args: readonly unknown[]): string {
  // A leading string with %s-style placeholders formats the call as a whole.
  if (typeof args[0] === 'string' && args.length > 1 && /%[sdifjoOc]/.test(args[0])) return format(...args);
  return args
    .map((arg) => describeGenerator(arg) ?? (typeof arg === 'string' ? arg : format(arg)))
    .join(' ');
}
