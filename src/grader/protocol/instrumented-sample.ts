import type { Diagnostic } from './verdict';

/** A stepper sample as the compiler worker hands it to the page: compiled with the tracer calls (src/grader/compiler/instrument.ts). */

export interface GeneratorInfo {
  /** Index in `functions`, passed to `__st.enter`. */
  id: number;
  /** The function's name, the variable it is assigned to, or its method name. */
  name: string;
  /** 1-based line of the function's start. */
  line: number;
  async: boolean;
  /** Declared at the top level of the sample (so the stepper can drive it). */
  topLevel: boolean;
}

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export interface InstrumentedSample {
  /** The sample compiled to CommonJS with the tracer calls. Evaluate with `__st`, `exports`, `require`, `module`, `console` in scope. */
  js: string;
  functions: GeneratorInfo[];
  /** Names of the top-level generator functions, exposed through `__st.expose`. */
  exposed: string[];
  /** Syntax errors: when there are any, `js` must not be run. */
  syntaxErrors: SyntaxProblem[];
}

/** The compiler worker's answer to the stepper. */
export interface InstrumentOutput {
  /** Syntax and type errors in the sample (file `code`). */
  diagnostics: Diagnostic[];
  /** Null when a syntax error means the sample cannot run; type errors do not stop it. */
  sample: InstrumentedSample | null;
}
