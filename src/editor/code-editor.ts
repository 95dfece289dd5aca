import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { editorHighlight } from '../ui/editor-highlight';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '../grader/protocol/verdict';

export interface CodeEditor {
  getCode(): string;
  setCode(code: string): void;
  showDiagnostics(diagnostics: Diagnostic[]): void;
  focus(): void;
}

/**
 * CodeMirror 6 for one exercise, loaded the first time a learner focuses the
 * code. Tab indents; Escape then Tab leaves the editor (CodeMirror's rule),
 * so keyboard users are never trapped.
 */
export function createCodeEditor(
  parent: HTMLElement,
  options: { code: string; label: string; selection?: number; onCheck(): void; onChange(code: string): void },
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
        keymap.of([{ key: 'Mod-Enter', run: () => (options.onCheck(), true) }, indentWithTab, ...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
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
      const length = view.state.doc.length;
      const marks: LintDiagnostic[] = diagnostics
        .filter((d) => d.file === 'code')
        .map((d) => ({
          from: Math.min(d.from, length),
          to: Math.min(Math.max(d.to, d.from + 1), length),
          severity: 'error',
          message: `${d.message} (TS${d.code})`,
        }));
      view.dispatch(setDiagnostics(view.state, marks));
    },
    focus: () => view.focus(),
  };
}
