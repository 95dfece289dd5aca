import ts from 'typescript';

/**
 * TypeScript for the compiler worker: `typescript.js` rewritten at build time
 * as an ES module whose unused services and server parts the bundler can
 * leave out. The worker needs the compiler (parse, bind, check, emit),
 * `transpileModule`, and the few language-service features the editor asks
 * for (completions, quick info, signature help); the rest of `typescript.js`
 * (refactors, code fixes, rename, navigation, tsserver) is a large part of its
 * code and of the time the browser spends starting it.
 *
 * `typescript.js` is one function whose body declares everything and ends by
 * exporting the public API. The rewrite:
 * - takes the body out of that function and exports the same names as ES
 *   exports, so the bundler keeps only what the worker uses;
 * - in the parts outside `src/compiler/` (services and server), wraps each
 *   top-level statement that only initialises state in a call marked pure, so
 *   it goes when nothing kept refers to it, and drops the registration of
 *   code fixes and refactors (read only by features the editor does not use).
 *   `setObjectAllocator(getServicesObjectAllocator())` stays, as in
 *   `typescript.js`: the language service relies on the methods it gives
 *   nodes (`node.getStart()`, `node.getChildren()`).
 * - keeps only the language-service features KEPT_SERVICES names;
 * - replaces the transformers the course's options never pick (older
 *   targets, JSX, legacy decorators, SystemJS) by ones that throw.
 *
 * Anything kept still refers to what it used, so the bundler cannot cut a
 * reference; `tests/unit/compiler-only-typescript.test.ts` checks that this
 * build gives the same errors, JavaScript and editor help as `typescript.js`
 * on every exercise, solution and stepper sample.
 */
export function compilerOnlyTypeScript(source: string): string {
  const text = unwrap(source);
  const file = ts.createSourceFile('typescript.js', text, ts.ScriptTarget.ES2022, true);
  const regions = regionStarts(text);
  const edits: Edit[] = [];
  const remove = (node: ts.Statement) => edits.push({ start: node.getStart(file), end: node.end, text: '' });
  let publicNames: [exported: string, local: string][] | undefined;
  const omittedIn = new Set<string>();
  const statements = file.statements;

  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    const start = statement.getStart(file);
    const code = text.slice(start, statement.end);
    const next = statements[i + 1];
    const nextCode = next ? text.slice(next.getStart(file), next.end) : '';

    if (code.startsWith('__export(typescript_exports, {')) {
      publicNames = exportedNames(statement);
      remove(statement);
      continue;
    }
    if (/^(var typescript_exports = \{\};|module\.exports = __toCommonJS\(typescript_exports\);|0 && \(module\.exports = )/.test(code)) {
      remove(statement);
      continue;
    }
    // var ts_Completions_exports = {}; __export(ts_Completions_exports, {...});
    const namespace = /^var (\w+_exports\d*) = \{\};$/.exec(code);
    if (namespace && nextCode.startsWith(`__export(${namespace[1]}, `)) {
      remove(statement);
      edits.push({
        start: next.getStart(file),
        end: next.end,
        text: `var ${namespace[1]} = /* @__PURE__ */ __export({}, ${nextCode.slice(`__export(${namespace[1]}, `.length)}`,
      });
      i++;
      continue;
    }
    const picker = ts.isFunctionDeclaration(statement) ? statement.name?.text : undefined;
    if (picker === 'createLanguageService') {
      edits.push({ start, end: statement.end, text: withOnlyKeptServices(statement as ts.FunctionDeclaration, file) });
      omittedIn.add(picker);
      continue;
    }
    const omitted = picker && OMITTED_TRANSFORMERS.get(picker);
    if (omitted) {
      edits.push({ start, end: statement.end, text: withoutTransformers(code, omitted) });
      omittedIn.add(picker);
      continue;
    }
    if (regionAt(regions, start).startsWith('src/compiler/')) continue;

    if (ts.isVariableStatement(statement) && statement.declarationList.declarations.length === 1) {
      const declaration = statement.declarationList.declarations[0];
      const name = ts.isIdentifier(declaration.name) ? declaration.name.text : '';
      const init = declaration.initializer;
      if (!init) {
        const merged = pureNamespace(name, next, file);
        if (merged !== undefined) {
          remove(statement);
          edits.push({ start: next.getStart(file), end: next.end, text: merged });
          i++;
        }
        continue;
      }
      if (isPlainlyPure(init, file)) continue;
      // A class with static fields: `var _X = class _X {}; _X.limit = 8;` — the fields move into the class's own pure call.
      const fields: string[] = [];
      while (ts.isClassExpression(init) && isFieldOf(name, statements[i + 1 + fields.length])) {
        const field = statements[i + 1 + fields.length];
        fields.push(text.slice(field.getStart(file), field.end));
        remove(field);
      }
      const value = text.slice(init.getStart(file), init.end);
      edits.push({
        start: init.getStart(file),
        end: init.end,
        text: fields.length
          ? `/* @__PURE__ */ (() => { const ${name} = ${value}; ${fields.join(' ')} return ${name}; })()`
          : `/* @__PURE__ */ (() => (${value}))()`,
      });
      i += fields.length;
      continue;
    }
    if (ts.isExpressionStatement(statement) && /^(registerCodeFix|registerRefactor)\(/.test(code)) remove(statement);
  }
  if (!publicNames) throw shapeError('the public export list, __export(typescript_exports, {…})');
  for (const name of [...OMITTED_TRANSFORMERS.keys(), 'createLanguageService']) if (!omittedIn.has(name)) throw shapeError(`function ${name}`);
  return `${applyEdits(text, edits)}\n${OMITTED_TRANSFORMER}\n${OMITTED_SERVICE}\nexport { ${publicNames.map(([exported, local]) => (exported === local ? local : `${local} as ${exported}`)).join(', ')} };\n`;
}

/**
 * What the editor asks the language service (src/grader/compiler/language-features.ts)
 * and what a check uses of it (its program). The language service is one
 * object literal naming every feature, so keeping it whole keeps them all
 * (formatting, refactors, rename, navigation…); the others are replaced by
 * functions that throw. A feature added here costs the worker its code.
 */
export const KEPT_SERVICES = [
  'dispose',
  'cleanupSemanticCache',
  'getProgram',
  'getCurrentProgram',
  'getCompletionsAtPosition',
  'getCompletionEntryDetails',
  'getQuickInfoAtPosition',
  'getSignatureHelpItems',
];

/** `createLanguageService` with every feature of `const ls = {…}` that KEPT_SERVICES does not name replaced by one that throws. */
function withOnlyKeptServices(declaration: ts.FunctionDeclaration, file: ts.SourceFile): string {
  let literal: ts.ObjectLiteralExpression | undefined;
  const find = (node: ts.Node): void => {
    if (literal) return;
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'ls' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    )
      literal = node.initializer;
    else ts.forEachChild(node, find);
  };
  find(declaration);
  if (!literal) throw shapeError('the language service object, const ls = {…}, in createLanguageService');
  const start = declaration.getStart(file);
  const edits: Edit[] = [];
  const kept = new Set<string>();
  for (const property of literal.properties) {
    const name = property.name && ts.isIdentifier(property.name) ? property.name.text : undefined;
    if (!name || !(ts.isShorthandPropertyAssignment(property) || ts.isPropertyAssignment(property)))
      throw shapeError('plain properties in the language service object');
    if (KEPT_SERVICES.includes(name)) kept.add(name);
    else edits.push({ start: property.getStart(file) - start, end: property.end - start, text: `${name}: omittedService("${name}")` });
  }
  for (const name of KEPT_SERVICES) if (!kept.has(name)) throw shapeError(`the language service's ${name}`);
  return applyEdits(file.text.slice(start, declaration.end), edits);
}

const OMITTED_SERVICE = `function omittedService(name) {
  return () => {
    throw new Error(\`the language service's \${name} is not in the course's compiler-only TypeScript (src/grader/build/compiler-only-typescript.ts): add it to KEPT_SERVICES to use it\`);
  };
}`;

/**
 * Transformers the course's one set of options never runs (target ES2022,
 * CommonJS, no JSX, no legacy decorators), by the function that picks them:
 * about 5% of the worker. Each is replaced by one that throws, so a change
 * of options that needs one fails loudly instead of emitting other code.
 */
const OMITTED_TRANSFORMERS = new Map([
  [
    'getScriptTransformers',
    [
      'transformLegacyDecorators',
      'transformJsx',
      'transformES2021',
      'transformES2020',
      'transformES2019',
      'transformES2018',
      'transformES2017',
      'transformES2016',
      'transformES2015',
      'transformGenerators',
    ],
  ],
  ['getModuleTransformer', ['transformSystemModule']],
]);

const OMITTED_TRANSFORMER = `function omittedTransformer(name) {
  return () => {
    throw new Error(\`\${name} is not in the course's compiler-only TypeScript (src/grader/build/compiler-only-typescript.ts): the course's compiler options should never need it\`);
  };
}`;

function withoutTransformers(code: string, names: string[]): string {
  let result = code;
  for (const name of names) {
    const pattern = new RegExp(`\\b${name}\\b`, 'g');
    if (!pattern.test(result)) throw shapeError(`${name} among the transformers it picks`);
    result = result.replace(pattern, `omittedTransformer("${name}")`);
  }
  return result;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const HEAD = 'var ts = {}; ((module) => {';
const TAIL = /\n\}\)\(\{ get exports\(\) \{ return ts; \}.*\n/;

function shapeError(what: string): Error {
  return new Error(
    `compiler-only TypeScript: typescript.js ${ts.version} does not have ${what} where src/grader/build/compiler-only-typescript.ts expects it. Update that file for this TypeScript version.`,
  );
}

/** The body of `typescript.js`'s one function, as top-level code; `__export` returns its target. */
function unwrap(source: string): string {
  if (!source.includes(HEAD)) throw shapeError(`its opening "${HEAD}"`);
  if (!TAIL.test(source)) throw shapeError('its closing "})({ get exports() …"');
  const exportHelper = '__defProp(target, name, { get: all[name], enumerable: true });\n};';
  if (!source.includes(exportHelper)) throw shapeError('the __export helper');
  return source
    .replace(HEAD, '')
    .replace(TAIL, '\n')
    .replace(exportHelper, '__defProp(target, name, { get: all[name], enumerable: true });\n  return target;\n};');
}

/** Where each bundled source file starts: esbuild marks it with `// src/compiler/checker.ts`. */
function regionStarts(text: string): [number, string][] {
  return [...text.matchAll(/^\/\/ (src\/\S+)$/gm)].map((match) => [match.index!, match[1]]);
}

function regionAt(regions: [number, string][], position: number): string {
  let low = 0;
  let high = regions.length - 1;
  let found = '';
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (regions[middle][0] <= position) {
      found = regions[middle][1];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** `{ ANONYMOUS: () => ANONYMOUS, sys: () => sys2 }` as [exported, local] pairs. */
function exportedNames(statement: ts.Statement): [string, string][] {
  const call = (statement as ts.ExpressionStatement).expression as ts.CallExpression;
  const list = call.arguments[1] as ts.ObjectLiteralExpression;
  return list.properties.map((property) => {
    const getter = (property as ts.PropertyAssignment).initializer as ts.ArrowFunction;
    return [(property.name as ts.Identifier).text, (getter.body as ts.Identifier).text];
  });
}

/**
 * `var NS; ((NS2) => { … })(NS || (NS = {}));` as one pure declaration,
 * `var NS = ((NS2) => { …; return NS2; })({});`, when the body never names
 * `NS` itself (it would not be assigned yet).
 */
function pureNamespace(name: string, next: ts.Statement | undefined, file: ts.SourceFile): string | undefined {
  if (!name || !next || !ts.isExpressionStatement(next) || !ts.isCallExpression(next.expression)) return undefined;
  const call = next.expression;
  const callee = ts.isParenthesizedExpression(call.expression) ? call.expression.expression : undefined;
  if (!callee || !ts.isArrowFunction(callee) || !ts.isBlock(callee.body) || callee.parameters.length !== 1) return undefined;
  if (call.arguments.length !== 1 || call.arguments[0].getText(file) !== `${name} || (${name} = {})`) return undefined;
  const parameter = callee.parameters[0].name.getText(file);
  const body = file.text.slice(callee.body.getStart(file) + 1, callee.body.end - 1);
  if (new RegExp(`\\b${name}\\b`).test(body)) return undefined;
  return `var ${name} = /* @__PURE__ */ ((${parameter}) => {${body}  return ${parameter};\n})({});`;
}

/** `_X.limit = 8;` right after `var _X = class _X {…}`. */
function isFieldOf(name: string, statement: ts.Statement | undefined): boolean {
  if (!statement || !ts.isExpressionStatement(statement)) return false;
  const e = statement.expression;
  return (
    ts.isBinaryExpression(e) &&
    e.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isPropertyAccessExpression(e.left) &&
    ts.isIdentifier(e.left.expression) &&
    e.left.expression.text === name
  );
}

/** Initialisers the bundler already knows it may drop. */
function isPlainlyPure(init: ts.Expression, file: ts.SourceFile): boolean {
  return (
    file.text.slice(init.getFullStart(), init.getStart(file)).includes('@__PURE__') ||
    ts.isIdentifier(init) ||
    ts.isArrowFunction(init) ||
    ts.isFunctionExpression(init) ||
    ts.isStringLiteral(init) ||
    ts.isNumericLiteral(init) ||
    ts.isNoSubstitutionTemplateLiteral(init) ||
    init.kind === ts.SyntaxKind.TrueKeyword ||
    init.kind === ts.SyntaxKind.FalseKeyword
  );
}

function applyEdits(text: string, edits: Edit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
