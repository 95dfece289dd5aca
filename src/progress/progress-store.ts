import { emptyRecord, type ExerciseRecord, type ExerciseState, type TrackLanguage, type TrackRecord, trackOf, withTrack } from './progress-types';
import { CURRENT_RECORDS_KEY, LANGUAGE_KEY, recordsPrefix, type SaveResult, STORAGE_PREFIX } from '../ui/storage';

export type { SaveResult };

/**
 * The learner's code and progress in browser storage, one key per exercise
 * (`generators-course:v1:exercise:<id>`). Every read is checked: an entry
 * that is not ours or is corrupt is reported and ignored, never trusted.
 *
 * An import replaces every record at once (`importAll`): it writes the new
 * records under keys of their own (`generators-course:v1:g<N>:exercise:<id>`,
 * a new "generation"), then switches the one key that says which generation
 * is current (`generators-course:v1:records`), then removes the old one. A
 * write that fails (storage full) removes what it wrote and leaves the
 * current records as they were; a page that dies midway leaves them current
 * too, and its leftovers are removed by the next import or visit of the map.
 */
const RECORD_KEY = /^generators-course:v1:(?:g\d{1,9}:)?exercise:(.+)$/;
const LAST_LESSON_KEY = `${STORAGE_PREFIX}last-lesson`;

/** Why an import did not happen: the page says it in its own words (see course-map.ts). */
export type ImportResult = { ok: true } | { ok: false; reason: 'full' | 'unavailable' };

const STATES: readonly ExerciseState[] = ['unsolved', 'attempted', 'solved'];
/** Kept beside the records in their generation (their key without the prefix): the review schedule. */
const GENERATION_EXTRAS = ['review'];

/** A project's file names in each track's record: `parse.ts`, `parse.py`. */
const FILE_NAMES: Record<TrackLanguage, RegExp> = { typescript: /^[a-z0-9-]+\.ts$/, python: /^[a-z][a-z0-9_]*\.py$/ };

function asTrack(r: Record<string, unknown>, language: TrackLanguage): TrackRecord | null {
  if (!STATES.includes(r.state as ExerciseState)) return null;
  if (!Number.isInteger(r.checks) || (r.checks as number) < 0) return null;
  if (!Number.isInteger(r.hintsShown) || (r.hintsShown as number) < 0) return null;
  for (const key of ['code', 'stubFingerprint', 'solvedAt']) {
    if (r[key] !== undefined && typeof r[key] !== 'string') return null;
  }
  const track: TrackRecord = { state: r.state as ExerciseState, checks: r.checks as number, hintsShown: r.hintsShown as number };
  for (const key of ['code', 'stubFingerprint', 'solvedAt'] as const) if (typeof r[key] === 'string') track[key] = r[key] as string;
  if (r.files !== undefined) {
    const files = r.files;
    if (typeof files !== 'object' || files === null || Array.isArray(files)) return null;
    if (!Object.entries(files).every(([name, text]) => FILE_NAMES[language].test(name) && typeof text === 'string')) return null;
    track.files = { ...(files as Record<string, string>) };
  }
  return track;
}

/** Checks a stored or imported record field by field; returns null when it is not one. */
export function asRecord(value: unknown): ExerciseRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  const record: ExerciseRecord | null = asTrack(r, 'typescript');
  if (!record) return null;
  if (r.updatedAt !== undefined && typeof r.updatedAt !== 'string') return null;
  if (typeof r.updatedAt === 'string') record.updatedAt = r.updatedAt;
  if (r.python !== undefined) {
    const python = typeof r.python === 'object' && r.python !== null ? asTrack(r.python as Record<string, unknown>, 'python') : null;
    if (!python) return null;
    record.python = python;
  }
  return record;
}

export class ProgressStore {
  /** Keys found corrupt since the page loaded (the page shows a notice for them). */
  readonly corrupt = new Set<string>();

  constructor(private readonly storage: Storage | null) {}

  private exerciseKey(id: string): string {
    return `${recordsPrefix(this.storage)}exercise:${id}`;
  }

  get(id: string): ExerciseRecord {
    const raw = this.read(this.exerciseKey(id));
    if (raw === null) return emptyRecord();
    try {
      const record = asRecord(JSON.parse(raw));
      if (record) return record;
    } catch {
      /* reported below */
    }
    this.corrupt.add(id);
    return emptyRecord();
  }

  update(id: string, change: (record: ExerciseRecord) => ExerciseRecord): SaveResult {
    const next = { ...change(this.get(id)), updatedAt: new Date().toISOString() };
    return this.write(this.exerciseKey(id), JSON.stringify(next));
  }

  /** One track of an exercise (TypeScript: the record's own fields; Python: its `python` record). */
  getTrack(id: string, language: TrackLanguage): TrackRecord {
    return trackOf(this.get(id), language);
  }

  updateTrack(id: string, language: TrackLanguage, change: (track: TrackRecord) => TrackRecord): SaveResult {
    return this.update(id, (record) => withTrack(record, language, change(trackOf(record, language))));
  }

  saveCode(id: string, code: string, stubFingerprint: string, language: TrackLanguage = 'typescript'): SaveResult {
    return this.updateTrack(id, language, (r) => ({ ...r, code, stubFingerprint: r.stubFingerprint ?? stubFingerprint }));
  }

  /**
   * Saves one file of a project: the entry (`entryName`) as the record's
   * `code`, as a one-file exercise's; any other under `files`, by name.
   */
  saveProjectFile(id: string, entryName: string, name: string, code: string, stubFingerprint: string, language: TrackLanguage = 'typescript'): SaveResult {
    if (name === entryName) return this.saveCode(id, code, stubFingerprint, language);
    return this.updateTrack(id, language, (r) => ({ ...r, files: { ...r.files, [name]: code }, stubFingerprint: r.stubFingerprint ?? stubFingerprint }));
  }

  recordCheck(id: string, solved: boolean, language: TrackLanguage = 'typescript'): SaveResult {
    return this.updateTrack(id, language, (r) => ({
      ...r,
      checks: r.checks + 1,
      state: solved || r.state === 'solved' ? 'solved' : 'attempted',
      ...(solved && !r.solvedAt ? { solvedAt: new Date().toISOString() } : {}),
    }));
  }

  /** The language the learner chose for the exercises: TypeScript until they pick Python. */
  language(): TrackLanguage {
    return this.read(LANGUAGE_KEY) === 'python' ? 'python' : 'typescript';
  }

  setLanguage(language: TrackLanguage): SaveResult {
    return this.write(LANGUAGE_KEY, language);
  }

  /** Every exercise with a stored record, for the course map and the export file. */
  all(): Record<string, ExerciseRecord> {
    const records: Record<string, ExerciseRecord> = {};
    if (!this.storage) return records;
    const prefix = `${recordsPrefix(this.storage)}exercise:`;
    for (const key of this.keys()) {
      if (key.startsWith(prefix)) {
        const id = key.slice(prefix.length);
        const record = this.get(id);
        if (!this.corrupt.has(id)) records[id] = record;
      }
    }
    return records;
  }

  private keys(): string[] {
    const keys: string[] = [];
    if (!this.storage) return keys;
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  }

  /**
   * Replaces every exercise record, and the values under `extra` (`{ review: "…" }` for the review
   * schedule), in one step: all of the new, or (storage full) none of it. What lives beside the records
   * and `extra` does not name (a file without a review schedule) is carried over as it is.
   */
  importAll(records: Record<string, ExerciseRecord>, extra: Record<string, string> = {}): ImportResult {
    const storage = this.storage;
    if (!storage) return { ok: false, reason: 'unavailable' };
    const current = recordsPrefix(storage);
    const taken = new Set(this.keys().map((key) => /^generators-course:v1:g(\d{1,9}):/.exec(key)?.[1]));
    let n = 1;
    while (taken.has(String(n)) || current === `${STORAGE_PREFIX}g${n}:`) n += 1;
    const next = `${STORAGE_PREFIX}g${n}:`;
    const values: [string, string][] = [
      ...Object.entries(records).map(([id, record]): [string, string] => [`exercise:${id}`, JSON.stringify(record)]),
      ...GENERATION_EXTRAS.flatMap((name): [string, string][] => {
        const value = extra[name] ?? this.read(`${current}${name}`);
        return value === null || value === undefined ? [] : [[name, value]];
      }),
    ];
    const written: string[] = [];
    try {
      for (const [name, value] of values) {
        storage.setItem(`${next}${name}`, value);
        written.push(`${next}${name}`);
      }
      // The switch, one write: before it the old records are current, after it the new.
      storage.setItem(CURRENT_RECORDS_KEY, `g${n}`);
    } catch {
      for (const key of written) storage.removeItem(key);
      return { ok: false, reason: 'full' };
    }
    this.removeOldGenerations();
    return { ok: true };
  }

  /** Removes records that are not current: the old ones after an import, and what a page that died midway left. */
  removeOldGenerations(): void {
    if (!this.storage) return;
    const current = recordsPrefix(this.storage);
    const original = (key: string) => RECORD_KEY.test(key) && key.startsWith(`${STORAGE_PREFIX}exercise:`);
    const stale = this.keys().filter((key) => {
      if (/^generators-course:v1:g\d{1,9}:/.test(key)) return current === STORAGE_PREFIX || !key.startsWith(current);
      if (current === STORAGE_PREFIX) return false;
      return original(key) || GENERATION_EXTRAS.some((name) => key === `${STORAGE_PREFIX}${name}`);
    });
    for (const key of stale) this.storage.removeItem(key);
  }

  /** The lesson read last, as a course path (`/laziness/eager-vs-lazy/`: see coursePath in src/hosting/site-url.ts). */
  lastLesson(): string | null {
    const value = this.read(LAST_LESSON_KEY);
    return value && /^\/[a-z0-9-]+\/[a-z0-9-]+\/$/.test(value) ? value : null;
  }

  setLastLesson(url: string): void {
    this.write(LAST_LESSON_KEY, url);
  }

  /** Calls back when another tab changed an exercise's record (for an import there, with every exercise's id). */
  static onOtherTabChange(callback: (id: string) => void): void {
    addEventListener('storage', (event) => {
      if (event.key === CURRENT_RECORDS_KEY) {
        for (const id of Object.keys(browserStore().all())) callback(id);
        return;
      }
      const id = event.key && RECORD_KEY.exec(event.key)?.[1];
      if (id) callback(id);
    });
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): SaveResult {
    if (!this.storage)
      return {
        ok: false,
        reason: 'unavailable',
        message: 'This browser does not let the course save anything (private mode?). Your code stays in the editor until you leave the page.',
      };
    try {
      this.storage.setItem(key, value);
      return { ok: true };
    } catch {
      return {
        ok: false,
        reason: 'full',
        message:
          'Your browser’s storage for this site is full, so your latest code is not saved. It is still in the editor: copy it somewhere safe, or export your progress and clear old data.',
      };
    }
  }
}

/** The page's store, or one that saves nothing when storage is blocked. */
export function browserStore(): ProgressStore {
  try {
    return new ProgressStore(globalThis.localStorage ?? null);
  } catch {
    return new ProgressStore(null);
  }
}
