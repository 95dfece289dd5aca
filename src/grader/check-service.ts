import ts from 'typescript';
import { createSystem, createVirtualTypeScriptEnvironment, type VirtualTypeScriptEnvironment } from '@typescript/vfs';
import { courseCompilerOptions } from './compiler-options';
import type { CompiledExercise } from './run-tests';
import type { Diagnostic } from './verdict';

export interface CheckInput {
  exerciseId: string;
  /** e.g. `take.ts` */
  stubName: string;
  testSource: string;
  code: string;
}

export interface CheckOutput {
  diagnostics: Diagnostic[];
  /** Null when a syntax error means the code cannot run. */
  compiled: CompiledExercise | null;
}

function toDiagnostic(d: ts.Diagnostic, file: Diagnostic['file'], kind: Diagnostic['kind']): Diagnostic {
  const start = d.start ?? 0;
  const { line, character } = d.file ? d.file.getLineAndCharacterOfPosition(start) : { line: 0, character: 0 };
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

const transpileOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
};

/**
 * Type-checks and compiles a learner's file with its tests. One language
 * service lives for the whole page: each exercise's two files sit in their own
 * folder and are updated in place, so a warm check re-checks only what changed.
 */
export class CheckService {
  private readonly env: VirtualTypeScriptEnvironment;
  /** Compiled tests by their source: the tests of an exercise never change between checks. */
  private readonly compiledTests = new Map<string, string>();

  constructor(declarationFiles: Record<string, string>) {
    const { options, errors } = ts.convertCompilerOptionsFromJson(courseCompilerOptions, '/');
    if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
    const system = createSystem(new Map(Object.entries(declarationFiles)));
    this.env = createVirtualTypeScriptEnvironment(system, ['/ambient.d.ts'], ts, options);
  }

  private put(path: string, text: string) {
    if (this.env.getSourceFile(path)) {
      if (this.env.getSourceFile(path)!.text !== text) this.env.updateFile(path, text);
    } else {
      this.env.createFile(path, text);
    }
  }

  check(input: CheckInput): CheckOutput {
    const dir = `/exercises/${input.exerciseId}`;
    const codePath = `${dir}/${input.stubName}`;
    const testPath = `${dir}/${input.stubName.replace(/\.ts$/, '.test.ts')}`;
    this.put(codePath, input.code);
    this.put(testPath, input.testSource);

    const service = this.env.languageService;
    const diagnostics: Diagnostic[] = [];
    for (const [path, file] of [[codePath, 'code'], [testPath, 'tests']] as const) {
      for (const d of service.getSyntacticDiagnostics(path)) diagnostics.push(toDiagnostic(d, file, 'syntax'));
    }
    const runnable = !diagnostics.some((d) => d.kind === 'syntax');
    if (runnable) {
      for (const [path, file] of [[codePath, 'code'], [testPath, 'tests']] as const) {
        for (const d of service.getSemanticDiagnostics(path)) diagnostics.push(toDiagnostic(d, file, 'type'));
      }
    }
    const compiled = runnable
      ? {
          code: ts.transpileModule(input.code, { compilerOptions: transpileOptions, fileName: codePath }).outputText,
          tests: this.compileTests(input.testSource, testPath),
          stubModule: input.stubName.replace(/\.ts$/, ''),
        }
      : null;
    return { diagnostics, compiled };
  }

  private compileTests(source: string, fileName: string): string {
    let js = this.compiledTests.get(source);
    if (js === undefined) {
      js = ts.transpileModule(source, { compilerOptions: transpileOptions, fileName }).outputText;
      this.compiledTests.set(source, js);
    }
    return js;
  }

  /**
   * Does the work of a first check ahead of time: binds the libs, the Vitest
   * subset and expect-type, and warms the compiler's own code paths.
   */
  warm(): void {
    this.check({
      exerciseId: '__warm__',
      stubName: 'warm.ts',
      code: 'export function* warm(n: number): Generator<number, void, undefined> { for (let i = 0; i < n; i++) yield i; }',
      testSource: "import { describe, expect, expectTypeOf, it } from 'vitest';\nimport { warm } from './warm';\ndescribe('warm', () => { it('runs', () => { expect([...warm(2)]).toEqual([0, 1]); expectTypeOf(warm).returns.toEqualTypeOf<Generator<number, void, undefined>>(); }); });",
    });
  }
}
