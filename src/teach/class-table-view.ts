import { el } from '../ui/dom';
import { type ClassRow, LEADING_COLUMNS } from './class-table';

/** A cell worth opening: its code was graded (or could not be), so there is code and a verdict to read. */
const OPENABLE = new Set(['solved', 'failing', 'unchecked']);

/** How long one flush may take before it yields to the page (input, paint). */
const FLUSH_BUDGET_MS = 8;
/**
 * Results are shown a few times a second, not at every one: each flush costs the page a layout and a
 * paint of the table, whatever it changed, and a class's results come faster than anyone reads them.
 */
const FLUSH_EVERY_MS = 250;

/**
 * The class table in the page, updated in place: a row is built once and
 * afterwards only the cells whose text changed are touched, so a button the
 * teacher is pressing stays the same element (no click lost) and a class of
 * 300 costs one cell per result, not one table. Updates are batched a few
 * times a second, each batch within a time budget per frame.
 */
export class ClassTableView {
  private readonly rows: HTMLTableRowElement[] = [];
  private readonly shown: string[][] = [];
  private readonly pending = new Map<number, ClassRow>();
  private footer: string[] | null = null;
  private scheduled = false;

  constructor(
    private readonly table: HTMLTableElement,
    private readonly onFlushed: () => void = () => {},
  ) {}

  setHeader(header: string[]): void {
    const row = el('tr');
    header.forEach((text, column) => row.append(el('th', { scope: 'col', ...(column === 0 ? { class: 'student' } : {}) }, text)));
    this.table.tHead!.replaceChildren(row);
  }

  /** Shows `row` at the next frame (the latest version of each row wins). */
  update(row: ClassRow): void {
    this.pending.set(row.index, row);
    this.schedule();
  }

  updateFooter(footer: string[]): void {
    this.footer = footer;
    this.schedule();
  }

  /** Drops every row (a new class). */
  clear(): void {
    this.pending.clear();
    this.rows.length = 0;
    this.shown.length = 0;
    this.table.tBodies[0].replaceChildren();
    this.table.tFoot!.replaceChildren();
  }

  get busy(): boolean {
    return this.pending.size > 0 || this.scheduled;
  }

  private schedule(soon = false) {
    if (this.scheduled) return;
    this.scheduled = true;
    // A hidden page gets no animation frames; a timer still runs (slowly).
    const frame = () => (document.visibilityState === 'visible' ? requestAnimationFrame(() => this.flush()) : this.flush());
    if (soon) frame();
    else setTimeout(frame, FLUSH_EVERY_MS);
  }

  private flush() {
    this.scheduled = false;
    const started = performance.now();
    for (const [index, row] of this.pending) {
      this.pending.delete(index);
      this.render(row);
      if (performance.now() - started > FLUSH_BUDGET_MS) break;
    }
    if (this.footer && this.pending.size === 0) {
      const footRow = el('tr');
      this.footer.forEach((text, column) => footRow.append(column === 0 ? el('th', { scope: 'row', class: 'student' }, text) : el('td', {}, text)));
      this.table.tFoot!.replaceChildren(footRow);
      this.footer = null;
    }
    if (this.pending.size > 0) this.schedule(true);
    else this.onFlushed();
  }

  private render(row: ClassRow) {
    let tr = this.rows[row.index];
    if (!tr) {
      tr = el('tr');
      this.rows[row.index] = tr;
      this.shown[row.index] = [];
      // Rows arrive in order, except when a batch was cut short: find the next row already shown.
      const next = this.rows.slice(row.index + 1).find(Boolean);
      this.table.tBodies[0].insertBefore(tr, next ?? null);
    }
    tr.className = row.rejected ? 'rejected' : row.replacedBy !== null ? 'replaced' : '';
    row.fields.forEach((text, column) => {
      const cell = column >= LEADING_COLUMNS ? row.cells[column - LEADING_COLUMNS] : undefined;
      const status = cell?.status ?? (column === 3 && row.rejected ? 'rejected' : '');
      const signature = `${status}\u0000${text}`;
      if (this.shown[row.index][column] === signature) return;
      this.shown[row.index][column] = signature;
      let td = tr.children[column] as HTMLElement | undefined;
      if (!td) {
        td = column === 0 ? el('th', { scope: 'row', class: 'student' }) : el('td');
        tr.append(td);
      }
      if (status) td.dataset.status = status;
      else delete td.dataset.status;
      if (cell && OPENABLE.has(cell.status)) {
        const button = td.querySelector<HTMLButtonElement>('button') ?? el('button', { type: 'button', class: 'cell-button' });
        button.dataset.cell = `${row.index}:${cell.exerciseId}`;
        button.textContent = text;
        if (!button.isConnected) td.replaceChildren(button);
      } else {
        td.textContent = text;
      }
    });
  }
}
