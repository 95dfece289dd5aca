import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState, StateEffect, StateField, type Range } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { editorHighlight } from '../ui/editor-highlight';
import type { Diagnostic } from '../grader/protocol/verdict';

/** How a line is marked: where the generator is paused, a yield* it is inside, an await, or where an error left it. */
export type LineMarkKind = 'paused' | 'delegating' | 'awaiting' | 'threw' | 'running';

export interface LineMark {
  line: number;
  kind: LineMarkKind;
}

export interface StepperEditor {
  getCode(): string;
  setCode(code: string): void;
  mark(marks: LineMark[]): void;
  showDiagnostics(diagnostics: Diagnostic[]): void;
  focus(): void;
}

const setMarks = StateEffect.define<LineMark[]>();

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    // Marks belong to the code that ran; an edit clears them.
    if (transaction.docChanged) marks = Decoration.none;
    for (const effect of transaction.effects) {
      if (!effect.is(setMarks)) continue;
      const doc = transaction.state.doc;
      const ranges: Range<Decoration>[] = effect.value
        .filter((mark) => mark.line >= 1 && mark.line <= doc.lines)
        .sort((a, b) => a.line - b.line)
        .map((mark) => Decoration.line({ class: `cm-stepper-line cm-stepper-${mark.kind}` }).range(doc.line(mark.line).from));
      marks = Decoration.set(ranges, true);
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * The stepper's code view: the course's CodeMirror setup (same colours and
 * keys as the exercise editor), editable, with the lines the generator is
 * at marked. Tab moves on to the next control, as on the rest of the page.
 */
export function createStepperEditor(
  parent: HTMLElement,
  options: { code: string; label: string; describedBy?: string; onChange(code: string): void },
): StepperEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.code,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        editorHighlight,
        javascript({ typescript: true }),
        lintGutter(),
        marksField,
        // Tab is left to the page (it moves to the next control): no keyboard trap. Ctrl+] and Ctrl+[ indent.
        keymap.of([...defaultKeymap, ...historyKeymap]),
        // Wrapped lines: the code column is narrow, and a region that scrolls sideways is hard to use from the keyboard.
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({
          'aria-label': options.label,
          tabindex: '0',
          ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    mark(marks) {
      const doc = view.state.doc;
      const first = marks.find((m) => m.kind !== 'delegating') ?? marks[0];
      const effects: StateEffect<unknown>[] = [setMarks.of(marks)];
      if (first && first.line >= 1 && first.line <= doc.lines) effects.push(EditorView.scrollIntoView(doc.line(first.line).from, { y: 'nearest' }));
      view.dispatch({ effects });
    },
    showDiagnostics(diagnostics) {
      const length = view.state.doc.length;
      const marks: LintDiagnostic[] = diagnostics.map((d) => ({
        from: Math.min(d.from, length),
        to: Math.min(Math.max(d.to, d.from + 1), length),
        severity: d.kind === 'syntax' ? 'error' : 'warning',
        message: `${d.message} (TS${d.code})`,
      }));
      view.dispatch(setDiagnostics(view.state, marks));
    },
    focus: () => view.focus(),
  };
}
