/**
 * The course's keys in the browser's localStorage. Every key starts with the
 * same prefix, so a future format can take a new one and leave these alone.
 */
export const STORAGE_PREFIX = 'generators-course:v1:';

/** `generators-course:v1:<name>` */
export const storageKey = (name: string) => `${STORAGE_PREFIX}${name}`;

/** What a write to storage came to: a full or unavailable storage is said in words the page can show. */
export type SaveResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable'; message: string };

/** The learner's choice of theme; the layout's inline script reads it before the first paint. */
export const THEME_KEY = storageKey('theme');
