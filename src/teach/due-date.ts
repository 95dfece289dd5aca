/**
 * When an assignment is due, and whether a hand-in is late.
 *
 * The due date is a day (`YYYY-MM-DD`), and it ends at midnight at the end of
 * that day in the time zone of the browser that judges: the teacher's, in the
 * class view. A hand-in is late when its file was made (`exportedAt`) at or
 * after that midnight. The pages say so in words (DUE_RULE).
 */
export const DUE_RULE = 'A hand-in is late when its file was made after the end of the due day (midnight) in the teacher’s time zone.';

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
}

/** The first moment that is late: midnight at the end of `day`, in this browser's time zone. */
export function lateFrom(day: string): Date {
  const [y, m, d] = parts(day);
  return new Date(y, m - 1, d + 1, 0, 0, 0, 0);
}

export function isLate(exportedAt: string, due: string | undefined): boolean {
  return due !== undefined && new Date(exportedAt).getTime() >= lateFrom(due).getTime();
}

/** "Friday 3 October 2025". */
export function formatDay(day: string): string {
  const [y, m, d] = parts(day);
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025-10-03 17:05", in this browser's time zone: the same text in the class table and its CSV. */
export function formatLocalTime(iso: string): string {
  const t = new Date(iso);
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
