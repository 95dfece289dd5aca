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

const ANSWERED_KEY = storageKey('quiz-answered');

/** When the learner last answered each question in a lesson (ISO dates by question id), so review does not ask it again the same day. */
export function quizzesAnswered(): Map<string, Date> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(ANSWERED_KEY) ?? '{}');
    if (!value || typeof value !== 'object') return new Map();
    return new Map(Object.entries(value).flatMap(([id, at]) => (typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? [[id, new Date(at)] as const] : [])));
  } catch {
    return new Map();
  }
}

export function markQuizAnswered(id: string, at = new Date()): void {
  try {
    const answered = Object.fromEntries([...quizzesAnswered()].map(([key, date]) => [key, date.toISOString()]));
    answered[id] = at.toISOString();
    localStorage.setItem(ANSWERED_KEY, JSON.stringify(answered));
  } catch {
    /* storage unavailable: review may then ask the question today */
  }
}
