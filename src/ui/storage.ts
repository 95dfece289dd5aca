/**
 * The course's keys in the browser's localStorage. Every key starts with the
 * same prefix, so a future format can take a new one and leave these alone.
 */
export const STORAGE_PREFIX = 'generators-course:v1:';

/** `generators-course:v1:<name>` */
export const storageKey = (name: string) => `${STORAGE_PREFIX}${name}`;

const CURRENT_RECORDS_KEY = storageKey('records');
const GENERATION = /^g(\d{1,9})$/;

/**
 * Where the current exercise records (and the review schedule beside them)
 * live: the original keys, or an import's generation
 * (`generators-course:v1:g3:`; see importAll in src/progress/progress-store.ts).
 */
export function recordsPrefix(storage: Storage | null): string {
  let current: string | null = null;
  try {
    current = storage?.getItem(CURRENT_RECORDS_KEY) ?? null;
  } catch {
    /* no storage: the original keys */
  }
  return current && GENERATION.test(current) ? `${STORAGE_PREFIX}${current}:` : STORAGE_PREFIX;
}

/** The one key an import writes to make its generation current. */
export { CURRENT_RECORDS_KEY };

/** What a write to storage came to: a full or unavailable storage is said in words the page can show. */
export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable'; message: string };

/** The language the learner chose for the exercises (`python`, or TypeScript when absent); read before the first paint too. */
export const LANGUAGE_KEY = storageKey('language');

/** The learner's choice of theme; the layout's inline script reads it before the first paint. */
export const THEME_KEY = storageKey('theme');
