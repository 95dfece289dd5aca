import type { Verdict } from '../grader/protocol/verdict';
import { STORAGE_PREFIX } from '../ui/storage';
import type { Grade } from './class-table';

/**
 * What the class view keeps in the teacher's browser, so that a reload (or a
 * crash) resumes where grading stopped: the dropped files, each result as it
 * is made, and which code was being checked at that moment.
 *
 * - IndexedDB `generators-course-class-view`: `files` (each dropped file's
 *   name and text, in drop order), `results` (the grade of each piece of
 *   code, small, read at start) and `verdicts` (the full test output, read
 *   when the teacher opens a cell). Keys start with the session: one per
 *   class view link, so two assignments never mix.
 * - localStorage `…class-view:grading:<session>`: the code in flight, written
 *   before a check starts and cleared after it, and on leaving the page. Found
 *   at start, it names what was being checked when the page went down.
 *
 * Nothing here is trusted more than a dropped file: files are parsed again
 * on reload, and results are keyed by the code they grade.
 */
const DB_NAME = 'generators-course-class-view';
const DB_VERSION = 1;
const STORES = ['files', 'results', 'verdicts'] as const;

export interface StoredFile {
  seq: number;
  fileName: string;
  /** The file's text; null when it was too large to read. */
  text: string | null;
  size: number;
}

export interface InFlight {
  key: string;
  /** Checked alone (nothing beside it): if the page went down, this code did it. */
  alone: boolean;
  label: string;
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('the write was aborted'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, DB_VERSION);
  open.onupgradeneeded = () => {
    for (const name of STORES) if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
  };
  return request(open);
}

export class ClassStore {
  private readonly range: IDBKeyRange;
  private readonly markerKey: string;

  private constructor(
    private readonly db: IDBDatabase,
    readonly session: string,
  ) {
    // Every key of this session: [session, anything] sorts between [session] and [session, []].
    this.range = IDBKeyRange.bound([session], [session, []]);
    this.markerKey = `${STORAGE_PREFIX}class-view:grading:${session}`;
  }

  /** The store for one session, or null when this browser keeps nothing (private mode, storage blocked). */
  static async open(session: string): Promise<ClassStore | null> {
    try {
      return new ClassStore(await openDatabase(), session);
    } catch {
      return null;
    }
  }

  async files(): Promise<StoredFile[]> {
    const tx = this.db.transaction('files');
    return (await request(tx.objectStore('files').getAll(this.range))) as StoredFile[];
  }

  async addFiles(files: StoredFile[]): Promise<void> {
    const tx = this.db.transaction('files', 'readwrite');
    for (const file of files) tx.objectStore('files').put(file, [this.session, file.seq]);
    await done(tx);
  }

  /** Every result of this session, by code key (small: grades only). */
  async results(): Promise<Map<string, Grade>> {
    const tx = this.db.transaction('results');
    const store = tx.objectStore('results');
    const [keys, values] = await Promise.all([request(store.getAllKeys(this.range)), request(store.getAll(this.range))]);
    return new Map(keys.map((key, i) => [(key as [string, string])[1], values[i] as Grade]));
  }

  /** One result, committed before this resolves: a crash after it keeps it. */
  async putResult(key: string, grade: Grade, verdict: Verdict | null): Promise<void> {
    const tx = this.db.transaction(['results', 'verdicts'], 'readwrite');
    tx.objectStore('results').put(grade, [this.session, key]);
    if (verdict) tx.objectStore('verdicts').put(verdict, [this.session, key]);
    else tx.objectStore('verdicts').delete([this.session, key]);
    await done(tx);
  }

  async deleteResult(key: string): Promise<void> {
    const tx = this.db.transaction(['results', 'verdicts'], 'readwrite');
    tx.objectStore('results').delete([this.session, key]);
    tx.objectStore('verdicts').delete([this.session, key]);
    await done(tx);
  }

  async verdict(key: string): Promise<Verdict | undefined> {
    const tx = this.db.transaction('verdicts');
    return (await request(tx.objectStore('verdicts').get([this.session, key]))) as Verdict | undefined;
  }

  /** Forgets this session: its files, results and verdicts. */
  async clear(): Promise<void> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    for (const name of STORES) tx.objectStore(name).delete(this.range);
    this.setInFlight([]);
    await done(tx);
  }

  /** What was in flight when the page last went down (empty after a normal leave). */
  inFlight(): InFlight[] {
    try {
      const raw = localStorage.getItem(this.markerKey);
      const list = raw ? (JSON.parse(raw) as unknown) : [];
      return Array.isArray(list)
        ? list.filter((x): x is InFlight => typeof x?.key === 'string' && typeof x?.alone === 'boolean' && typeof x?.label === 'string')
        : [];
    } catch {
      return [];
    }
  }

  setInFlight(list: InFlight[]): void {
    try {
      if (list.length) localStorage.setItem(this.markerKey, JSON.stringify(list));
      else localStorage.removeItem(this.markerKey);
    } catch {
      /* Storage full or blocked: a crash then cannot be traced to its code, and that code is graded again. */
    }
  }
}
