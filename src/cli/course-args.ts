import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Language } from '../course/exercise-schema';

/** A command's arguments were wrong: the message says what to type instead. Commands exit with 2. */
export class UsageError extends Error {}

/** How a command picks exercises: names, chapter slugs or folders as positionals, or these options. */
const selectionOptions = {
  chapter: { type: 'string', multiple: true },
  chapters: { type: 'string', multiple: true },
  exercise: { type: 'string', multiple: true },
  exercises: { type: 'string', multiple: true },
  lang: { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export interface CourseSelection {
  /** Exercise names, chapter slugs, folders or paths. */
  names: string[];
  /** Chapter numbers, as typed: `3` or `3,4`. */
  chapters: string[];
  /** Which track: `--lang ts` (the default) or `--lang py`. */
  language: Language;
}

/** `--lang` as typed → the track's language. */
const LANGUAGE_NAMES: Record<string, Language> = { ts: 'typescript', typescript: 'typescript', py: 'python', python: 'python' };

/**
 * Parses a course command's arguments with Node's own parseArgs: the
 * exercise selection every command shares, plus the command's own options.
 * `--name=value` and `--name value` both work; anything unknown is a UsageError
 * that names it and shows `usage`.
 */
export function parseCourseArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  const parsed = (() => {
    try {
      return parseArgs({ args, options: { ...selectionOptions, help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
    } catch (error) {
      const reason = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
      throw new UsageError(`${reason}\n\n${usage}`);
    }
  })();
  const { values, positionals } = parsed;
  const list = (key: keyof typeof selectionOptions) => (values as Record<string, string[] | undefined>)[key] ?? [];
  const lang = (values as { lang?: string }).lang ?? 'ts';
  const language = LANGUAGE_NAMES[lang.toLowerCase()];
  if (!language) throw new UsageError(`--lang takes ts (TypeScript) or py (Python), not "${lang}"\n\n${usage}`);
  const selection: CourseSelection = {
    names: [...positionals, ...[...list('exercise'), ...list('exercises')].flatMap((v) => v.split(',')).filter(Boolean)],
    chapters: [...list('chapter'), ...list('chapters')],
    language,
  };
  return { values: values as typeof values & { help?: boolean }, selection };
}

/** Runs a command's set-up; a mistake in what was asked (a bad argument, an unknown name) ends the command with its message and exit code 2. */
export function orExit<T>(setUp: () => T): T {
  try {
    return setUp();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
