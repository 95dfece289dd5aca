import { storageKey } from './storage';

const VISITED_KEY = storageKey('visited');

/** Lessons the learner has opened (course paths, `/laziness/eager-vs-lazy/`), so reading-only lessons can be marked as read. */
export function visitedLessons(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(VISITED_KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

export function markVisited(url: string): void {
  try {
    const visited = visitedLessons();
    visited.add(url);
    localStorage.setItem(VISITED_KEY, JSON.stringify([...visited]));
  } catch {
    /* storage unavailable: reading marks are a nicety */
  }
}
