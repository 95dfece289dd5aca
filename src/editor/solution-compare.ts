import { MergeView } from '@codemirror/merge';
import { javascript } from '@codemirror/lang-javascript';
import { editorHighlight } from '../ui/editor-highlight';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';

/**
 * Shows the learner's code beside the reference solution, differences marked.
 * Both sides are read-only: comparing never changes the learner's code.
 */
export function showComparison(container: HTMLElement, mine: string, solution: string): void {
  container.replaceChildren();
  const heading = document.createElement('h3');
  heading.textContent = 'Your code (left) and the reference solution (right)';
  heading.tabIndex = -1; // the card moves focus here when the comparison opens
  container.append(heading);
  const host = document.createElement('div');
  host.className = 'merge-host';
  container.append(host);
  const extensions = [
    lineNumbers(),
    javascript({ typescript: true }),
    editorHighlight,
    EditorView.lineWrapping,
    EditorState.readOnly.of(true),
    EditorView.editable.of(false),
  ];
  new MergeView({
    a: { doc: mine, extensions: [...extensions, EditorView.contentAttributes.of({ 'aria-label': 'Your code' })] },
    b: { doc: solution, extensions: [...extensions, EditorView.contentAttributes.of({ 'aria-label': 'Reference solution' })] },
    parent: host,
  });
  container.hidden = false;
}
