import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

/**
 * Token colours for the editor and the solution comparison, as CSS variables
 * (set per theme in course.css, all meeting WCAG AA on the editor background),
 * so switching the theme needs no editor reconfiguration.
 */
export const editorHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [t.keyword, t.modifier, t.controlKeyword, t.operatorKeyword], color: 'var(--tok-keyword)' },
    { tag: [t.string, t.special(t.string), t.regexp], color: 'var(--tok-string)' },
    { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--tok-number)' },
    { tag: [t.comment, t.lineComment, t.blockComment], color: 'var(--tok-comment)', fontStyle: 'italic' },
    { tag: [t.typeName, t.className, t.namespace], color: 'var(--tok-type)' },
    { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: 'var(--tok-function)' },
    { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--tok-property)' },
    { tag: t.invalid, color: 'var(--fail)' },
  ]),
);
