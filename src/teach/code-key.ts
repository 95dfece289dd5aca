import type { Language } from './hand-in-format';

/**
 * A 53-bit hash of a text: two 32-bit multiply-xorshift streams, mixed. Not
 * cryptographic; with the exercise, the language, the tests' hash and the
 * length beside it in a key, two different hand-ins sharing a key is beyond
 * any class's reach. (The page may have no crypto.subtle: plain http.)
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * What identifies one re-grade: the same code for the same exercise, in the
 * same language, against the same tests (their hash from the build, so a
 * course update grades again) gets the same key, and is graded once. A
 * project's other files are part of its code: each file's name and text, in
 * name order (a one-file exercise's key is the same as before projects).
 */
export function codeKey(exerciseId: string, language: Language, testHash: string, code: string, files?: Readonly<Record<string, string>>): string {
  const key = `${language}:${exerciseId}:${testHash.slice(0, 16)}:${code.length}:${hash53(code)}`;
  const names = Object.keys(files ?? {}).sort();
  if (names.length === 0) return key;
  const others = names.map((name) => `${name.length}:${name}${files![name].length}:${files![name]}`).join('');
  return `${key}:${names.length}:${others.length}:${hash53(others)}`;
}
