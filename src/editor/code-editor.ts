import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { editorHighlight } from '../ui/editor-highlight';
import { EditorSelection, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '../grader/protocol/verdict';
import { editorHelp, lintDiagnostics, type AskHelp } from './editor-help';

export interface CodeEditor {
  getCode(): string;
  setCode(code: string): void;
  showDiagnostics(diagnostics: Diagnostic[]): void;
  /** Selects a range (a compiler message's), scrolls it into view and focuses the editor. */
  select(from: number, to: number): void;
  focus(): void;
}

/**
 * CodeMirror 6 for one exercise, loaded the first time a learner focuses the
 * code, with the TypeScript help of editor-help.ts. Tab is left to the page:
 * it moves to the next control, so the editor is never a keyboard trap
 * (WCAG 2.1.2); Ctrl+] and Ctrl+[ indent, Enter keeps the indentation, and
 * the keys are listed under the editor (`describedBy`). Long lines wrap: the
 * page never scrolls sideways, even on a phone.
 */
export function createCodeEditor(
  parent: HTMLElement,
  options: { code: string; label: string; describedBy?: string; selection?: number; help?: AskHelp; onCheck(): void; onChange(code: string): void },
): CodeEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.code,
      selection: options.selection !== undefined ? { anchor: Math.min(options.selection, options.code.length) } : undefined,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        editorHighlight,
        javascript({ typescript: true }),
        lintGutter(),
        options.help ? editorHelp(options.help) : [],
        keymap.of([{ key: 'Mod-Enter', run: () => (options.onCheck(), true) }, ...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label, ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}) }),
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
    showDiagnostics(diagnostics) {
      view.dispatch(setDiagnostics(view.state, lintDiagnostics(diagnostics, view.state.doc.length)));
    },
    select(from, to) {
      const length = view.state.doc.length;
      const range = EditorSelection.range(Math.min(from, length), Math.min(to, length));
      view.dispatch({ selection: range, effects: EditorView.scrollIntoView(range, { y: 'center' }) });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
