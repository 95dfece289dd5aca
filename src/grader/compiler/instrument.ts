import * as ts from 'typescript';
import type { GeneratorInfo, InstrumentedSample, SyntaxProblem } from '../protocol/instrumented-sample';
import { startOf } from './node-start';

/**
 * Instrumentation for the generator stepper: a TypeScript transformer that
 * adds calls to a tracer (`__st`, see runtime.ts) inside every generator
 * function of a sample, then compiles the sample to CommonJS. Nothing is
 * interpreted: the real generator runs the compiled code and the calls only
 * report what it does.
 *
 * Inside a generator body:
 * - before each statement: `__st.line(frame, line, scope)`, where `scope` is
 *   `() => ({ get a() { return a; }, … })` over the locals in scope there;
 * - `yield e` becomes `__st.resumed(frame, line, yield __st.paused(frame, line, e, scope))`;
 * - `yield* e` becomes `__st.delegated(frame, line, yield* __st.delegating(frame, line, e, scope))`;
 * - `await e` (async generators) becomes `__st.awaited(…, await __st.awaiting(…, e))`;
 * - `return e` becomes `return __st.ret(frame, line, e)`;
 * - `catch (e) {…}` reports the error it caught, `finally {…}` its entry and (normal) exit;
 * - the whole body is wrapped so the tracer sees it start (`enter`), fall off
 *   its end, throw an error out of it, and finish.
 * Each added call returns its argument unchanged, so the program computes
 * what it computed before. The source file starts with `__st.expose({…})`,
 * getters for its top-level generator functions, so the stepper can find the
 * one it drives even when the sample does not export it.
 */

export type { GeneratorInfo, InstrumentedSample, SyntaxProblem };

const TRACER = '__st';
const FRAME = '__stf';
const CAUGHT = '__stc';
const ESCAPED = '__ste';

type FunctionLikeWithBody = ts.FunctionDeclaration | ts.FunctionExpression | ts.MethodDeclaration;

function isGeneratorFunction(node: ts.Node): node is FunctionLikeWithBody {
  return (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) && !!node.asteriskToken && !!node.body;
}

function isAsync(node: ts.Node): boolean {
  return !!ts.getModifiers(node as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
}

/** The names a binding (identifier or destructuring pattern) declares, in order. */
function bindingNames(name: ts.BindingName, into: string[] = []): string[] {
  if (ts.isIdentifier(name)) into.push(ts.idText(name));
  else {
    for (const element of name.elements) {
      if (ts.isBindingElement(element)) bindingNames(element.name, into);
    }
  }
  return into;
}

/** `var` names anywhere in a function body (not in nested functions): hoisted, so in scope from the start. */
function varNames(body: ts.Node): string[] {
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isVariableDeclarationList(node) && !(node.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing))) {
      for (const d of node.declarations) bindingNames(d.name, names);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return names;
}

/** Names a statement declares with `let`/`const` (visible to the statements after it). */
function lexicalNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement) && statement.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) {
    return statement.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  }
  return [];
}

function isTypeOnly(statement: ts.Statement): boolean {
  return (
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEmptyStatement(statement) ||
    !!ts.getModifiers(statement as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)
  );
}

function functionName(node: FunctionLikeWithBody, sourceFile: ts.SourceFile): string {
  if (node.name && (ts.isIdentifier(node.name) || ts.isPrivateIdentifier(node.name))) return ts.idText(node.name);
  if (node.name && (ts.isStringLiteral(node.name) || ts.isNumericLiteral(node.name))) return node.name.text;
  if (node.name && ts.isComputedPropertyName(node.name)) {
    return `[${sourceFile.text.slice(startOf(node.name.expression, sourceFile), node.name.expression.end)}]`;
  }
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return ts.idText(parent.name);
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return ts.idText(parent.name);
  return 'anonymous generator';
}

export function createInstrumenter(functions: GeneratorInfo[], exposed: string[]): ts.TransformerFactory<ts.SourceFile> {
  return (context) => {
    const f = context.factory;

    return (sourceFile) => {
      const lineOf = (node: ts.Node) => ts.getLineAndCharacterOfPosition(sourceFile, startOf(node, sourceFile)).line + 1;
      const tracer = (method: string, args: ts.Expression[]) =>
        f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(TRACER), method), undefined, args);
      const frame = () => f.createIdentifier(FRAME);
      const num = (n: number) => f.createNumericLiteral(n);
      const statementOf = (e: ts.Expression) => f.createExpressionStatement(e);

      /** `() => ({ get a() { return a; }, … })`: reads the locals only when the tracer asks. */
      const scopeThunk = (names: string[]) =>
        f.createArrowFunction(
          undefined,
          undefined,
          [],
          undefined,
          f.createToken(ts.SyntaxKind.EqualsGreaterThanToken),
          f.createParenthesizedExpression(
            f.createObjectLiteralExpression(
              names.map((name) =>
                f.createGetAccessorDeclaration(
                  undefined,
                  f.createIdentifier(name),
                  [],
                  undefined,
                  f.createBlock([f.createReturnStatement(f.createIdentifier(name))]),
                ),
              ),
              false,
            ),
          ),
        );

      /** State of the generator body being instrumented (null outside any). */
      interface GenContext {
        async: boolean;
        /** Scopes from the function's own down to the innermost block, each with the locals visible so far. */
        scopes: string[][];
      }
      let gen: GenContext | null = null;

      const visibleNames = () => {
        const seen = new Set<string>();
        const names: string[] = [];
        // Innermost wins for shadowed names, but keep outer-first order for display.
        for (const scope of gen!.scopes) {
          for (const name of scope) {
            if (name.startsWith('__st')) continue;
            if (seen.has(name)) names.splice(names.indexOf(name), 1);
            seen.add(name);
            names.push(name);
          }
        }
        return names;
      };
      const withScope = <T>(names: string[], body: () => T): T => {
        gen!.scopes.push([...names]);
        try {
          return body();
        } finally {
          gen!.scopes.pop();
        }
      };

      // ---- outside generator bodies: look for generator functions ----
      const visitOuter = (node: ts.Node): ts.Node => {
        if (isGeneratorFunction(node)) return instrumentGenerator(node);
        return ts.visitEachChild(node, visitOuter, context);
      };

      const instrumentGenerator = (node: FunctionLikeWithBody): ts.Node => {
        const id = functions.length;
        const topLevel =
          (ts.isFunctionDeclaration(node) && node.parent === sourceFile) ||
          (ts.isFunctionExpression(node) && ts.isVariableDeclaration(node.parent) && node.parent.parent?.parent?.parent === sourceFile);
        functions.push({ id, name: functionName(node, sourceFile), line: lineOf(node), async: isAsync(node), topLevel });

        const saved = gen;
        gen = null;
        const parameters = ts.visitNodes(node.parameters, visitOuter) as ts.NodeArray<ts.ParameterDeclaration>;
        const paramNames = node.parameters.flatMap((p) => (ts.isIdentifier(p.name) && ts.idText(p.name) === 'this' ? [] : bindingNames(p.name)));
        gen = { async: isAsync(node), scopes: [[...paramNames, ...varNames(node.body!)]] };

        const original = node.body!.statements;
        let prologue = 0;
        while (
          prologue < original.length &&
          ts.isExpressionStatement(original[prologue]) &&
          ts.isStringLiteral((original[prologue] as ts.ExpressionStatement).expression)
        )
          prologue++;
        const startThunk = scopeThunk(visibleNames());
        const statements = visitStatementList(original.slice(prologue));
        const endThunk = scopeThunk(visibleNames());
        gen = saved;

        const newBody = f.createBlock(
          [
            ...original.slice(0, prologue),
            f.createVariableStatement(
              undefined,
              f.createVariableDeclarationList(
                [f.createVariableDeclaration(FRAME, undefined, undefined, tracer('enter', [num(id), startThunk]))],
                ts.NodeFlags.Const,
              ),
            ),
            f.createTryStatement(
              f.createBlock([...statements, statementOf(tracer('fellOff', [frame(), endThunk]))], true),
              f.createCatchClause(
                ESCAPED,
                f.createBlock(
                  [statementOf(tracer('threw', [frame(), f.createIdentifier(ESCAPED)])), f.createThrowStatement(f.createIdentifier(ESCAPED))],
                  true,
                ),
              ),
              f.createBlock([statementOf(tracer('exit', [frame()]))], true),
            ),
          ],
          true,
        );
        if (ts.isFunctionDeclaration(node)) {
          return f.updateFunctionDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, parameters, node.type, newBody);
        }
        if (ts.isFunctionExpression(node)) {
          return f.updateFunctionExpression(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, parameters, node.type, newBody);
        }
        const name = ts.visitNode(node.name, visitOuter) as ts.PropertyName;
        return f.updateMethodDeclaration(
          node,
          node.modifiers,
          node.asteriskToken,
          name,
          node.questionToken,
          node.typeParameters,
          parameters,
          node.type,
          newBody,
        );
      };

      // ---- inside a generator body ----
      const visitStatementList = (statements: readonly ts.Statement[]): ts.Statement[] => {
        const out: ts.Statement[] = [];
        const scope = gen!.scopes[gen!.scopes.length - 1];
        for (const statement of statements) {
          if (isTypeOnly(statement)) {
            out.push(statement);
            continue;
          }
          if (ts.isFunctionDeclaration(statement)) {
            // Hoisted: it runs nothing where it stands.
            out.push(visitInGen(statement) as ts.Statement);
            continue;
          }
          out.push(statementOf(tracer('line', [frame(), num(lineOf(statement)), scopeThunk(visibleNames())])));
          out.push(visitStatement(statement));
          scope.push(...lexicalNames(statement));
        }
        return out;
      };

      const block = (statements: readonly ts.Statement[], names: string[] = []) => withScope(names, () => f.createBlock(visitStatementList(statements), true));

      /** A loop or `if` body as a block, so a trace call can sit before its statement. */
      const body = (statement: ts.Statement, names: string[] = []): ts.Statement =>
        ts.isBlock(statement) ? block(statement.statements, names) : block([statement], names);

      /** A loop body: it first reports the loop's own line, so each turn of the loop shows (and an empty loop still reports). */
      const loopBody = (loop: ts.IterationStatement, names: string[] = []): ts.Statement =>
        withScope(names, () => {
          const inner = ts.isBlock(loop.statement) ? loop.statement.statements : [loop.statement];
          return f.createBlock([statementOf(tracer('line', [frame(), num(lineOf(loop)), scopeThunk(visibleNames())])), ...visitStatementList(inner)], true);
        });

      const loopNames = (initializer: ts.ForInitializer | undefined) =>
        initializer && ts.isVariableDeclarationList(initializer) && initializer.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)
          ? initializer.declarations.flatMap((d) => bindingNames(d.name))
          : [];

      const visitStatement = (statement: ts.Statement): ts.Statement => {
        if (ts.isBlock(statement)) return block(statement.statements);
        if (ts.isIfStatement(statement)) {
          return f.updateIfStatement(
            statement,
            expr(statement.expression),
            body(statement.thenStatement),
            statement.elseStatement && body(statement.elseStatement),
          );
        }
        if (ts.isWhileStatement(statement)) return f.updateWhileStatement(statement, expr(statement.expression), loopBody(statement));
        if (ts.isDoStatement(statement)) return f.updateDoStatement(statement, loopBody(statement), expr(statement.expression));
        if (ts.isForStatement(statement)) {
          const names = loopNames(statement.initializer);
          return withScope(names, () =>
            f.updateForStatement(
              statement,
              statement.initializer && (visitInGen(statement.initializer) as ts.ForInitializer),
              statement.condition && expr(statement.condition),
              statement.incrementor && expr(statement.incrementor),
              loopBody(statement),
            ),
          );
        }
        if (ts.isForOfStatement(statement) || ts.isForInStatement(statement)) {
          const names = loopNames(statement.initializer);
          const initializer = visitInGen(statement.initializer) as ts.ForInitializer;
          const iterated = expr(statement.expression);
          const turn = loopBody(statement, names);
          return ts.isForOfStatement(statement)
            ? f.updateForOfStatement(statement, statement.awaitModifier, initializer, iterated, turn)
            : f.updateForInStatement(statement, initializer, iterated, turn);
        }
        if (ts.isLabeledStatement(statement)) {
          // The label must stay on its loop: no trace call between them.
          return f.updateLabeledStatement(statement, statement.label, visitStatement(statement.statement));
        }
        if (ts.isTryStatement(statement)) {
          const tryBlock = block(statement.tryBlock.statements);
          let catchClause: ts.CatchClause | undefined;
          if (statement.catchClause) {
            const clause = statement.catchClause;
            const binding = clause.variableDeclaration;
            const names = binding ? bindingNames(binding.name) : [];
            const line = num(lineOf(clause));
            let declaration = binding;
            let caught: ts.Expression = f.createIdentifier(CAUGHT);
            // Whether the error itself is in hand: not when the catch destructures it.
            let bound = true;
            if (!binding) declaration = f.createVariableDeclaration(CAUGHT);
            else if (ts.isIdentifier(binding.name)) caught = f.createIdentifier(ts.idText(binding.name));
            else {
              caught = f.createVoidZero();
              bound = false;
            }
            const statements = withScope(names, () => visitStatementList(clause.block.statements));
            catchClause = f.updateCatchClause(
              clause,
              declaration,
              f.createBlock([statementOf(tracer('caught', [frame(), line, caught, bound ? f.createTrue() : f.createFalse()])), ...statements], true),
            );
          }
          let finallyBlock: ts.Block | undefined;
          if (statement.finallyBlock) {
            const line = num(lineOf(statement.finallyBlock));
            // finExit is reached only when the finally block completes normally (not when it throws, returns or jumps out).
            finallyBlock = f.createBlock(
              [statementOf(tracer('finEnter', [frame(), line])), block(statement.finallyBlock.statements), statementOf(tracer('finExit', [frame(), line]))],
              true,
            );
          }
          return f.updateTryStatement(statement, tryBlock, catchClause, finallyBlock);
        }
        if (ts.isSwitchStatement(statement)) {
          const clauses = withScope([], () =>
            statement.caseBlock.clauses.map((clause) =>
              ts.isCaseClause(clause)
                ? f.updateCaseClause(clause, expr(clause.expression), visitStatementList(clause.statements))
                : f.updateDefaultClause(clause, visitStatementList(clause.statements)),
            ),
          );
          return f.updateSwitchStatement(statement, expr(statement.expression), f.updateCaseBlock(statement.caseBlock, clauses));
        }
        if (ts.isReturnStatement(statement)) {
          const value = statement.expression ? expr(statement.expression) : f.createVoidZero();
          return f.updateReturnStatement(statement, tracer('ret', [frame(), num(lineOf(statement)), value]));
        }
        return visitInGen(statement) as ts.Statement;
      };

      const expr = (node: ts.Expression) => visitInGen(node) as ts.Expression;

      const visitInGen = (node: ts.Node): ts.Node => {
        if (isGeneratorFunction(node)) return instrumentGenerator(node);
        if (ts.isFunctionLike(node) || ts.isClassLike(node)) {
          // A nested ordinary function (or class) is not part of this generator's body.
          const saved = gen;
          gen = null;
          try {
            return ts.visitEachChild(node, visitOuter, context);
          } finally {
            gen = saved;
          }
        }
        if (ts.isYieldExpression(node)) {
          const line = num(lineOf(node));
          const operand = node.expression ? expr(node.expression) : f.createVoidZero();
          const scope = scopeThunk(visibleNames());
          if (node.asteriskToken) {
            return tracer('delegated', [
              frame(),
              line,
              f.createYieldExpression(f.createToken(ts.SyntaxKind.AsteriskToken), tracer('delegating', [frame(), line, operand, scope])),
            ]);
          }
          return tracer('resumed', [frame(), line, f.createYieldExpression(undefined, tracer('paused', [frame(), line, operand, scope]))]);
        }
        if (ts.isAwaitExpression(node) && gen?.async) {
          const line = num(lineOf(node));
          return tracer('awaited', [frame(), line, f.createAwaitExpression(tracer('awaiting', [frame(), line, expr(node.expression)]))]);
        }
        return ts.visitEachChild(node, visitInGen, context);
      };

      // ---- the source file ----
      const statements = ts.visitNodes(sourceFile.statements, visitOuter) as ts.NodeArray<ts.Statement>;
      for (const statement of sourceFile.statements) {
        if (ts.isFunctionDeclaration(statement) && statement.asteriskToken && statement.name) exposed.push(ts.idText(statement.name));
        if (ts.isVariableStatement(statement)) {
          for (const d of statement.declarationList.declarations) {
            if (ts.isIdentifier(d.name) && d.initializer && ts.isFunctionExpression(d.initializer) && d.initializer.asteriskToken)
              exposed.push(ts.idText(d.name));
          }
        }
      }
      const expose = statementOf(tracer('expose', [scopeThunkObject(f, exposed)]));
      return f.updateSourceFile(sourceFile, [expose, ...statements]);
    };
  };
}

/** `{ get a() { return a; }, … }` */
function scopeThunkObject(f: ts.NodeFactory, names: string[]) {
  return f.createObjectLiteralExpression(
    names.map((name) =>
      f.createGetAccessorDeclaration(undefined, f.createIdentifier(name), [], undefined, f.createBlock([f.createReturnStatement(f.createIdentifier(name))])),
    ),
    false,
  );
}

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
};

/** Instruments and compiles one sample (TypeScript source). Pure: no file system, no type-check. */
export function instrumentSample(source: string, fileName = 'sample.ts'): InstrumentedSample {
  const functions: GeneratorInfo[] = [];
  const exposed: string[] = [];
  const output = ts.transpileModule(source, {
    compilerOptions,
    fileName,
    reportDiagnostics: true,
    transformers: { before: [createInstrumenter(functions, exposed)] },
  });
  const syntaxErrors = (output.diagnostics ?? []).map((d) => {
    const { line, character } = d.file && d.start !== undefined ? ts.getLineAndCharacterOfPosition(d.file, d.start) : { line: 0, character: 0 };
    return { line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
  });
  return { js: output.outputText, functions, exposed, syntaxErrors };
}

/** The same sample compiled without instrumentation (for comparing behaviour in tests). */
export function compilePlain(source: string, fileName = 'sample.ts'): string {
  return ts.transpileModule(source, { compilerOptions, fileName }).outputText;
}
