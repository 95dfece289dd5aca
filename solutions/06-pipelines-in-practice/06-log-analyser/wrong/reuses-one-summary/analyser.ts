// Updates one summary object in place and yields it each time: a summary kept changes under its holder.
import { batches } from './batch';
import { type Level, type LogEntry, parseLines } from './parse';

export interface Summary {
  entries: number;
  byLevel: Record<Level, number>;
  errorsByService: Record<string, number>;
}

/** Updates one summary in place and yields it each time: a summary kept changes under its holder. */
export function* runningSummaries(lines: Iterable<string>, batchSize: number): Generator<Summary, void, undefined> {
  const summary: Summary = { entries: 0, byLevel: { DEBUG: 0, INFO: 0, WARN: 0, ERROR: 0 }, errorsByService: {} };
  for (const batch of batches(parseLines(lines), batchSize)) {
    for (const entry of batch) {
      summary.entries += 1;
      summary.byLevel[entry.level] += 1;
      if (entry.level === 'ERROR') summary.errorsByService[entry.service] = (summary.errorsByService[entry.service] ?? 0) + 1;
    }
    yield summary;
  }
}

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
