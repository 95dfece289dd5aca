/** A log line's severity, least severe first. */
export type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/** One parsed line: `2026-03-01T12:00:00Z ERROR payments card declined`. */
export interface LogEntry {
  time: string;
  level: Level;
  service: string;
  message: string;
}

/**
 * Milestone 1. Yields an entry for each well-formed line of `lines` (time,
 * level, service, then the message, separated by single spaces), skipping
 * blank and malformed ones, reading no line before it is needed.
 */
export function* parseLines(lines: Iterable<string>): Generator<LogEntry, void, undefined> {
  throw new Error('parseLines is not written yet');
}
