import * as ts from 'typescript';
import type { Diagnostic } from '../protocol/verdict';
import { startOf } from './node-start';

/**
 * One TypeScript file to the CommonJS the runner evaluates, with its syntax
 * errors. The same in the browser's compiler worker, at build time (the
 * tests) and under `npm test`.
 *
 * SES, which evaluates the result in the runner, rejects source text that
 * merely looks like an HTML comment (`-->`, `<!--`) or a dynamic import
 * (`import(`), even inside a comment or a string, where they are harmless
 * and plausible (`// see import(…)`, `'a --> b'`). So comments are left
 * out, and a literal that holds such text is written with an escape that
 * spells the same value (`'a -\u002d> b'`). Code itself never matches: the
 * printer writes `n-- > 0`, and a real `import(…)` stays refused.
 */
const transpileOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  removeComments: true,
};

/** The text SES refuses, as its own patterns find it (ses/src/transforms.js). */
const REFUSED = /<!--|-->|(^|[^.]|\.\.\.)\bimport(\s*(?:\(|\/[/*]))/;

/** Escapes that keep the value and break SES's patterns; `\u` escapes mean the same in strings, templates and regexps. */
function breakPatterns(raw: string, escapeChar: (char: string) => string): string {
  return raw
    .replaceAll('<!--', `<!${escapeChar('-')}-`)
    .replaceAll('-->', `-${escapeChar('-')}>`)
    .replace(/\bimport(?=\s*(?:\(|\/[/*]))/g, `impor${escapeChar('t')}`);
}

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A template literal's raw text for `cooked`: what a template needs escaped, escaped. */
function templateRaw(cooked: string): string {
  let raw = '';
  for (let i = 0; i < cooked.length; i++) {
    const char = cooked[i];
    if (char === '\\' || char === '`') raw += `\\${char}`;
    else if (char === '$' && cooked[i + 1] === '{') raw += '\\$';
    else if (char < ' ' || char === '\u2028' || char === '\u2029') raw += unicodeEscape(char);
    else raw += char;
  }
  return raw;
}

/** Is `node` the name of a property, where an expression must be computed (`[…]`) to stand? */
function isPropertyName(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    !!parent &&
    (ts.isPropertyAssignment(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isAccessor(parent) ||
      ts.isBindingElement(parent)) &&
    (parent.name === node || (ts.isBindingElement(parent) && parent.propertyName === node))
  );
}

function sesSafeLiterals(context: ts.TransformationContext): ts.Transformer<ts.SourceFile> {
  const { factory } = context;
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isStringLiteral(node) && REFUSED.test(node.text)) {
      const template = factory.createNoSubstitutionTemplateLiteral(node.text, breakPatterns(templateRaw(node.text), unicodeEscape));
      return isPropertyName(node) ? factory.createComputedPropertyName(template) : template;
    }
    if ((ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && node.rawText !== undefined && REFUSED.test(node.rawText)) {
      const raw = breakPatterns(node.rawText, unicodeEscape);
      if (ts.isNoSubstitutionTemplateLiteral(node)) return factory.createNoSubstitutionTemplateLiteral(node.text, raw);
      if (node.kind === ts.SyntaxKind.TemplateHead) return factory.createTemplateHead(node.text, raw);
      if (node.kind === ts.SyntaxKind.TemplateMiddle) return factory.createTemplateMiddle(node.text, raw);
      return factory.createTemplateTail(node.text, raw);
    }
    if (ts.isRegularExpressionLiteral(node) && REFUSED.test(node.text)) {
      return factory.createRegularExpressionLiteral(breakPatterns(node.text, (char) => `\\x${char.charCodeAt(0).toString(16)}`));
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit) as ts.SourceFile;
}

export interface Transpiled {
  js: string;
  /** Syntax errors only: the file is not type-checked here. */
  diagnostics: ts.Diagnostic[];
}

export function transpile(source: string, fileName: string): Transpiled {
  const output = ts.transpileModule(source, {
    compilerOptions: transpileOptions,
    fileName,
    reportDiagnostics: true,
    transformers: { after: [sesSafeLiterals] },
  });
  const diagnostics = output.diagnostics ?? [];
  return { js: output.outputText, diagnostics: diagnostics.length > 0 || !source.includes('await') ? diagnostics : topLevelAwaits(source, fileName) };
}

/**
 * An exercise file is loaded as a CommonJS module, where `await` outside a
 * function cannot run. The course's type-check options allow it (they are an
 * editor's ES module options), so it is refused here, by name, as a syntax
 * error rather than as the runtime's puzzling one.
 */
function topLevelAwaits(source: string, fileName: string): ts.Diagnostic[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found: ts.Diagnostic[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) return;
    const awaited = ts.isAwaitExpression(node) ? node : ts.isForOfStatement(node) && node.awaitModifier ? node.awaitModifier : null;
    if (awaited) {
      found.push({
        category: ts.DiagnosticCategory.Error,
        code: 1378,
        file,
        start: startOf(awaited, file),
        length: 5,
        messageText: "Top-level 'await' cannot run in an exercise file: the tests load it as a script. Put the await inside an async function.",
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A TypeScript diagnostic as the course's verdict carries it. */
export function toDiagnostic(d: ts.Diagnostic, file: Diagnostic['file'], kind: Diagnostic['kind']): Diagnostic {
  const start = d.start ?? 0;
  const { line, character } = d.file ? ts.getLineAndCharacterOfPosition(d.file, start) : { line: 0, character: 0 };
  return {
    file,
    line: line + 1,
    column: character + 1,
    from: start,
    to: start + (d.length ?? 0),
    code: d.code,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    kind,
  };
}
