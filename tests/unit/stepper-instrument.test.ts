import { describe, expect, it } from 'vitest';
import { instrumentSample } from '../../src/grader/compiler/instrument';
import { StepperSession } from '../../src/stepper/runtime';
import { brief, compare, format, localsOf, runStepper, stackOf, type Call } from '../support/stepper-drive';

/**
 * The stepper instruments a sample and drives the real generator. Every test
 * here runs the same calls on the sample compiled without instrumentation and
 * expects the caller to see exactly the same results and output; then it
 * checks what the stepper reports about the generator's side.
 */

const next: Call = ['next'];

describe('instrumenting a sample', () => {
  it('lists its generator functions and exposes the top-level ones', () => {
    const { functions, exposed, syntaxErrors } = instrumentSample(`
function* countdown(n: number) { while (n > 0) yield n--; }
export const evens = function* () { yield 2; };
async function* ticks() { yield 1; }
class Bag { *[Symbol.iterator]() { yield 1; } }
function helper() { return function* inner() { yield 1; }; }
`);
    expect(syntaxErrors).toEqual([]);
    expect(functions.map((f) => `${f.name}@${f.line}${f.async ? ' async' : ''}${f.topLevel ? ' top' : ''}`)).toEqual([
      'countdown@2 top',
      'evens@3 top',
      'ticks@4 async top',
      '[Symbol.iterator]@5',
      'inner@6',
    ]);
    expect(exposed).toEqual(['countdown', 'evens', 'ticks']);
  });

  it('reports syntax errors with their line', () => {
    const { syntaxErrors } = instrumentSample('function* f() {\n  yield (;\n}\n');
    expect(syntaxErrors[0]).toMatchObject({ line: 2, message: 'Expression expected.' });
  });

  it('leaves ordinary functions alone', () => {
    const { js } = instrumentSample('export function add(a: number, b: number) { return a + b; }\n');
    expect(js).not.toContain('__st.line');
    expect(js).toContain('return a + b;');
  });
});

describe('the four states, lines and output', () => {
  const steps = `function* steps() {
  console.log('  start');
  yield 1;
  console.log('  after 1');
  yield 2;
  console.log('  end');
}`;

  it('matches the real generator call by call, and reports where it ran and paused', async () => {
    const { plain, stepper, reports } = await compare(steps, 'steps', [], [next, next, next, next]);
    expect(stepper.seen).toEqual(plain);
    expect(plain.map((s) => s.outcome)).toEqual([
      '{ value: 1, done: false }',
      '{ value: 2, done: false }',
      '{ value: undefined, done: true }',
      '{ value: undefined, done: true }',
    ]);
    expect(reports.map((r) => r.state)).toEqual(['suspended-yield', 'suspended-yield', 'completed', 'completed']);
    expect(brief(reports[0])).toEqual(['steps start 1', 'steps lines 2', 'console   start', 'steps lines 3', 'steps pause 3 1']);
    expect(brief(reports[1])).toEqual(['steps resume 3 undefined', 'steps lines 4', 'console   after 1', 'steps lines 5', 'steps pause 5 2']);
    expect(brief(reports[2])).toEqual(['steps resume 5 undefined', 'steps lines 6', 'console   end', 'steps end', 'steps finish']);
    // A completed generator runs nothing.
    expect(reports[3].events).toEqual([]);
    expect(stackOf(reports[0])).toEqual(['steps paused 3']);
    expect(stackOf(reports[2])).toEqual(['steps finished 6']);
  });

  it('shows the locals of the paused frame, with their current values', async () => {
    const source = `function* runningTotal(amounts: number[]) {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    yield total;
  }
}`;
    const { plain, stepper, reports } = await compare(source, 'runningTotal', [[5, 10, 20]], [next, next, next, next]);
    expect(stepper.seen).toEqual(plain);
    expect(reports.slice(0, 3).map((r) => localsOf(r))).toEqual([
      { amounts: '[ 5, 10, 20 ]', total: '5', amount: '5' },
      { amounts: '[ 5, 10, 20 ]', total: '15', amount: '10' },
      { amounts: '[ 5, 10, 20 ]', total: '35', amount: '20' },
    ]);
    // The loop's own line shows on every turn.
    expect(brief(reports[1])).toEqual(['runningTotal resume 5 undefined', 'runningTotal lines 3,4,5', 'runningTotal pause 5 15']);
    // After the loop, its variable is out of scope and is not shown.
    expect(localsOf(reports[3])).toEqual({ amounts: '[ 5, 10, 20 ]', total: '35' });
  });

  it('does not show a let before its declaration has run', async () => {
    const source = `function* later() {
  yield 1;
  const seen = 'now';
  yield seen;
}`;
    const { reports } = await compare(source, 'later', [], [next, next]);
    expect(localsOf(reports[0])).toEqual({});
    expect(localsOf(reports[1])).toEqual({ seen: "'now'" });
  });

  it('completes at once on return() or throw() before the body starts: nothing runs', async () => {
    const source = `function* guarded() {
  try {
    yield 1;
  } finally {
    console.log('cleanup');
  }
}`;
    for (const call of [
      ['return', 7],
      ['throw', new Error('early')],
    ] as Call[]) {
      const { plain, stepper, reports } = await compare(source, 'guarded', [], [call, next]);
      expect(stepper.seen).toEqual(plain);
      expect(reports[0].events).toEqual([]);
      expect(reports[0].stack).toEqual([]);
      expect(reports.map((r) => r.state)).toEqual(['completed', 'completed']);
    }
  });
});

describe('two-way generators', () => {
  it('shows the value next(value) sends in as the value of the yield', async () => {
    const source = `function* accumulate(): Generator<number, void, number> {
  let sum = 0;
  while (true) {
    const amount = yield sum;
    sum += amount;
  }
}`;
    const calls: Call[] = [['next'], ['next', 5], ['next', 10], ['return', 'bye']];
    const { plain, stepper, reports } = await compare(source, 'accumulate', [], calls);
    expect(stepper.seen).toEqual(plain);
    expect(plain.map((s) => s.outcome)).toEqual([
      '{ value: 0, done: false }',
      '{ value: 5, done: false }',
      '{ value: 15, done: false }',
      "{ value: 'bye', done: true }",
    ]);
    expect(brief(reports[1])[0]).toBe('accumulate resume 4 5');
    expect(localsOf(reports[1])).toEqual({ sum: '5' });
    expect(localsOf(reports[2])).toEqual({ sum: '15' });
    expect(brief(reports[3])).toEqual(['accumulate resume-abrupt 4 return', 'accumulate finish']);
  });

  it('evaluates two yields in one expression in order', async () => {
    const source = `function* adder() {
  const total = (yield 'first?') + (yield 'second?');
  return total;
}`;
    const { plain, stepper, reports } = await compare(source, 'adder', [], [['next'], ['next', 2], ['next', 3]]);
    expect(stepper.seen).toEqual(plain);
    expect(plain.at(-1)!.outcome).toBe('{ value: 5, done: true }');
    expect(brief(reports[2])).toEqual(['adder resume 2 3', 'adder lines 3', 'adder return 3 5', 'adder finish']);
  });
});

describe('throw() and return()', () => {
  const cleanup = `function* reader() {
  try {
    yield 'a';
    yield 'b';
  } catch (error) {
    console.log('handled', (error as Error).message);
    yield 'recovered';
  } finally {
    console.log('cleanup');
  }
}`;

  it('runs the finally block on return() and completes with the returned value', async () => {
    const { plain, stepper, reports } = await compare(cleanup, 'reader', [], [next, ['return', 42], next]);
    expect(stepper.seen).toEqual(plain);
    expect(plain[1]).toEqual({ outcome: '{ value: 42, done: true }', printed: ['cleanup'] });
    expect(brief(reports[1])).toEqual([
      'reader resume-abrupt 3 return',
      'reader finally-enter 8',
      'reader lines 9',
      'console cleanup',
      'reader finally-exit 8',
      'reader finish',
    ]);
    expect(reports[1].state).toBe('completed');
    // Its line is where return() came in, as the finally block has run.
    expect(stackOf(reports[1])).toEqual(['reader finished 3']);
  });

  it('shows a thrown-in error caught by the generator, which yields again', async () => {
    const { plain, stepper, reports } = await compare(cleanup, 'reader', [], [next, ['throw', new Error('bad data')], next]);
    expect(stepper.seen).toEqual(plain);
    expect(plain[1].outcome).toBe("{ value: 'recovered', done: false }");
    expect(brief(reports[1])).toEqual([
      'reader resume-abrupt 3 throw',
      'reader caught 5 Error: bad data',
      'reader lines 6',
      'console handled bad data',
      'reader lines 7',
      "reader pause 7 'recovered'",
    ]);
    expect(reports[1].state).toBe('suspended-yield');
    expect(localsOf(reports[1]).error).toBe('[Error: bad data]');
  });

  it('shows an uncaught error ending the generator, finally first', async () => {
    const source = `function* fragile() {
  try {
    yield 1;
    throw new Error('broken');
  } finally {
    console.log('finally runs');
  }
}`;
    const { plain, stepper, reports } = await compare(source, 'fragile', [], [next, next, next]);
    expect(stepper.seen).toEqual(plain);
    expect(plain[1]).toEqual({ outcome: 'threw Error: broken', printed: ['finally runs'] });
    expect(brief(reports[1])).toEqual([
      'fragile resume 3 undefined',
      'fragile lines 4',
      'fragile finally-enter 5',
      'fragile lines 6',
      'console finally runs',
      'fragile finally-exit 5',
      'fragile throw-out 4 Error: broken',
      'fragile finish threw',
    ]);
    expect(reports[1].outcome).toEqual({ kind: 'threw', error: 'Error: broken' });
    expect(reports.map((r) => r.state)).toEqual(['suspended-yield', 'completed', 'completed']);
    expect(stackOf(reports[1])).toEqual(['fragile threw 4']);
  });

  it('lets a finally block yield during return(): not completed yet', async () => {
    const source = `function* stubborn() {
  try {
    yield 1;
  } finally {
    yield 'one more';
  }
}`;
    const { plain, stepper, reports } = await compare(source, 'stubborn', [], [next, ['return', 9], next]);
    expect(stepper.seen).toEqual(plain);
    expect(plain.map((s) => s.outcome)).toEqual(['{ value: 1, done: false }', "{ value: 'one more', done: false }", '{ value: 9, done: true }']);
    expect(reports.map((r) => r.state)).toEqual(['suspended-yield', 'suspended-yield', 'completed']);
  });

  it('reports an error thrown in at a yield and not caught at that yield’s line', async () => {
    const source = `function* plain() {
  let count = 0;
  while (true) yield count++;
}`;
    const { plain, stepper, reports } = await compare(source, 'plain', [], [next, next, ['throw', new Error('stop')]]);
    expect(stepper.seen).toEqual(plain);
    expect(brief(reports[2])).toEqual(['plain resume-abrupt 3 throw', 'plain throw-out 3 Error: stop', 'plain finish threw']);
  });
});

describe('delegation with yield*', () => {
  const delegation = `function* inner(): Generator<string, string, unknown> {
  try {
    yield 'i1';
    yield 'i2';
  } finally {
    console.log('inner cleanup');
  }
  return 'inner done';
}

function* outer() {
  yield 'o1';
  const result = yield* inner();
  console.log('inner returned', result);
  yield* ['x', 'y'];
  try {
    yield 'o2';
  } finally {
    console.log('outer cleanup');
  }
}`;

  it('shows the stack: which generator is paused where, inside yield*', async () => {
    const calls: Call[] = [next, next, next, next, next, next, next, next];
    const { plain, stepper, reports } = await compare(delegation, 'outer', [], calls);
    expect(stepper.seen).toEqual(plain);
    expect(plain.map((s) => s.outcome)).toEqual([
      "{ value: 'o1', done: false }",
      "{ value: 'i1', done: false }",
      "{ value: 'i2', done: false }",
      "{ value: 'x', done: false }",
      "{ value: 'y', done: false }",
      "{ value: 'o2', done: false }",
      '{ value: undefined, done: true }',
      '{ value: undefined, done: true }',
    ]);
    expect(stackOf(reports[0])).toEqual(['outer paused 12']);
    expect(stackOf(reports[1])).toEqual(['outer delegating 13', 'inner paused 3']);
    expect(brief(reports[1])).toEqual([
      'outer resume 12 undefined',
      'outer lines 13',
      'outer delegate 13 a generator object',
      'inner start 1',
      'inner lines 2,3',
      "inner pause 3 'i1'",
    ]);
    // The next call goes straight to the inner generator: the outer one runs no line.
    expect(brief(reports[2])).toEqual(['inner resume 3 undefined', 'inner lines 4', "inner pause 4 'i2'"]);
    expect(stackOf(reports[2])).toEqual(['outer delegating 13', 'inner paused 4']);
    expect(brief(reports[3])).toEqual([
      'inner resume 4 undefined',
      'inner finally-enter 5',
      'inner lines 6',
      'console inner cleanup',
      'inner finally-exit 5',
      'inner lines 8',
      "inner return 8 'inner done'",
      'inner finish',
      "outer delegate-end 13 'inner done'",
      'outer lines 14',
      'console inner returned inner done',
      'outer lines 15',
      "outer delegate 15 the array [ 'x', 'y' ]",
    ]);
    expect(stackOf(reports[3])).toEqual(['outer delegating 15', "the array [ 'x', 'y' ] opaque"]);
    expect(localsOf(reports[3], 0)).toEqual({ result: "'inner done'" });
    // Inside yield* over an array, no line of the sample runs.
    expect(reports[4].events).toEqual([]);
  });

  it('closes the inner generator, then the outer one, on return() inside yield*', async () => {
    const { plain, stepper, reports } = await compare(delegation, 'outer', [], [next, next, ['return', 'stop'], next]);
    expect(stepper.seen).toEqual(plain);
    expect(plain[2]).toEqual({ outcome: "{ value: 'stop', done: true }", printed: ['inner cleanup'] });
    expect(brief(reports[2])).toEqual([
      'inner resume-abrupt 3 return',
      'inner finally-enter 5',
      'inner lines 6',
      'console inner cleanup',
      'inner finally-exit 5',
      'inner finish',
      'outer delegate-end 13 null',
      'outer finish',
    ]);
    expect(stackOf(reports[2])).toEqual(['outer finished 13']);
  });

  it('passes throw() to the inner generator; uncaught, it ends both', async () => {
    const { plain, stepper, reports } = await compare(delegation, 'outer', [], [next, next, ['throw', new Error('abort')]]);
    expect(stepper.seen).toEqual(plain);
    expect(brief(reports[2])).toEqual([
      'inner resume-abrupt 3 throw',
      'inner finally-enter 5',
      'inner lines 6',
      'console inner cleanup',
      'inner finally-exit 5',
      'inner throw-out 3 Error: abort',
      'inner finish threw',
      'outer delegate-end 13 null',
      'outer throw-out 13 Error: abort',
      'outer finish threw',
    ]);
  });

  it('shows each level of a recursive generator', async () => {
    const source = `interface Tree { value: number; children: Tree[] }
function* walk(tree: Tree, depth: number): Generator<string> {
  yield \`\${depth}:\${tree.value}\`;
  for (const child of tree.children) {
    yield* walk(child, depth + 1);
  }
}`;
    const tree = {
      value: 1,
      children: [
        { value: 2, children: [{ value: 3, children: [] }] },
        { value: 4, children: [] },
      ],
    };
    const calls: Call[] = [next, next, next, next, next];
    const { plain, stepper, reports } = await compare(source, 'walk', [tree, 0], calls);
    expect(stepper.seen).toEqual(plain);
    expect(stackOf(reports[2])).toEqual(['walk delegating 5', 'walk#2 delegating 5', 'walk#3 paused 3']);
    expect(localsOf(reports[2], 2)).toMatchObject({ depth: '2' });
    expect(stackOf(reports[3])).toEqual(['walk delegating 5', 'walk#4 paused 3']);
    expect(reports[4].state).toBe('completed');
  });

  it('links a generator started before the yield* to it', async () => {
    const source = `function* numbers() { let n = 0; while (true) yield n++; }
function* skipFirst() {
  const it = numbers();
  it.next();
  yield* it;
}`;
    const { plain, stepper, reports } = await compare(source, 'skipFirst', [], [next, next]);
    expect(stepper.seen).toEqual(plain);
    expect(stackOf(reports[1])).toEqual(['skipFirst delegating 5', 'numbers paused 1']);
  });
});

describe('async generators', () => {
  const source = `const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* pages(count: number) {
  try {
    for (let page = 1; page <= count; page++) {
      await sleep(5);
      const rows = [page * 10, page * 10 + 1];
      yield rows;
    }
  } finally {
    console.log('closed');
  }
}`;

  it('awaits each call and reports the awaits', async () => {
    const { plain, stepper, reports } = await compare(source, 'pages', [2], [next, next, next, next]);
    expect(stepper.seen).toEqual(plain);
    expect(plain.map((s) => s.outcome)).toEqual([
      '{ value: [ 10, 11 ], done: false }',
      '{ value: [ 20, 21 ], done: false }',
      '{ value: undefined, done: true }',
      '{ value: undefined, done: true }',
    ]);
    expect(brief(reports[0])).toEqual([
      'pages start 3',
      'pages lines 4,5,6',
      'pages await 6',
      'pages awaited 6 undefined',
      'pages lines 7,8',
      'pages pause 8 [ 10, 11 ]',
    ]);
    expect(localsOf(reports[1])).toEqual({ count: '2', page: '2', rows: '[ 20, 21 ]' });
    expect(reports.map((r) => r.state)).toEqual(['suspended-yield', 'suspended-yield', 'completed', 'completed']);
  });

  it('runs finally on return() of an async generator', async () => {
    const { plain, stepper, reports } = await compare(source, 'pages', [5], [next, ['return', 'done']]);
    expect(stepper.seen).toEqual(plain);
    expect(plain[1]).toEqual({ outcome: "{ value: 'done', done: true }", printed: ['closed'] });
    expect(brief(reports[1])).toContain('pages finally-enter 10');
  });

  it('delegates to an async generator with yield*', async () => {
    const nested = `async function* inner() { yield 1; await null; yield 2; }
async function* outer() {
  yield* inner();
  yield 3;
}`;
    const { plain, stepper, reports } = await compare(nested, 'outer', [], [next, next, next, next]);
    expect(stepper.seen).toEqual(plain);
    expect(stackOf(reports[1])).toEqual(['outer delegating 3', 'inner paused 1']);
    expect(stackOf(reports[2])).toEqual(['outer paused 4']);
  });

  it('shows a rejected await caught by the generator', async () => {
    const rejected = `async function* careful() {
  try {
    await Promise.reject(new Error('offline'));
  } catch (error) {
    yield 'fallback';
  }
}`;
    const { plain, stepper, reports } = await compare(rejected, 'careful', [], [next, next]);
    expect(stepper.seen).toEqual(plain);
    expect(brief(reports[0])).toEqual([
      'careful start 1',
      'careful lines 2,3',
      'careful await 3',
      'careful caught 4 Error: offline',
      'careful lines 5',
      "careful pause 5 'fallback'",
    ]);
  });
});

describe('the instrumented code computes what the original computes', () => {
  // Constructs the instrumentation rewrites: each sample is driven with the same calls, both ways.
  const samples: { name: string; source: string; fn: string; args?: unknown[]; calls: Call[] }[] = [
    {
      name: 'labelled loops, continue and break',
      fn: 'pairs',
      source: `function* pairs(n: number) {
  outer: for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j > i) continue outer;
      if (i === 3) break outer;
      yield [i, j];
    }
  }
  return 'end';
}`,
      args: [5],
      calls: Array.from({ length: 9 }, () => next),
    },
    {
      name: 'switch with lexical declarations and fallthrough',
      fn: 'classify',
      source: `function* classify(values: number[]) {
  for (const v of values) {
    switch (v % 3) {
      case 0: {
        const label = 'fizz';
        yield label;
        break;
      }
      case 1:
        yield 'one';
      // falls through
      default:
        yield 'other';
    }
  }
}`,
      args: [[3, 4, 5]],
      calls: Array.from({ length: 6 }, () => next),
    },
    {
      name: 'destructuring, defaults, rest and arguments',
      fn: 'shapes',
      source: `function* shapes({ w, h = 2 }: { w: number; h?: number }, ...rest: number[]) {
  const [first = 0, ...others] = rest;
  var area = w * h;
  yield { area, first, others, count: arguments.length };
  let { length } = others;
  yield length;
}`,
      args: [{ w: 3 }, 7, 8, 9],
      calls: [next, next, next],
    },
    {
      name: 'a generator method using this, and a nested generator',
      fn: 'run',
      source: `class Counter {
  constructor(private readonly limit: number) {}
  *[Symbol.iterator]() {
    for (let i = 0; i < this.limit; i++) yield i;
  }
}
function* run() {
  function* twice(x: number) { yield x; yield x; }
  yield [...new Counter(3)];
  for (const x of twice(5)) yield x;
  const arrow = (y: number) => y * 2;
  yield arrow(4);
}`,
      calls: [next, next, next, next, next],
    },
    {
      name: 'return inside try with a finally that overrides it',
      fn: 'override',
      source: `function* override() {
  try {
    yield 1;
    return 'from try';
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return 'from finally';
  }
}`,
      calls: [next, next, next],
    },
    {
      name: 'catch without a binding and with a destructured one',
      fn: 'catches',
      source: `function* catches() {
  try {
    JSON.parse('{');
  } catch {
    yield 'no binding';
  }
  try {
    throw { code: 42 };
  } catch ({ code }) {
    yield code;
  }
}`,
      calls: [next, next, next],
    },
    {
      name: 'do-while, for-in, if/else chains and a prologue',
      fn: 'misc',
      source: `function* misc(obj: Record<string, number>) {
  'use strict';
  let i = 0;
  do {
    yield i;
  } while (++i < 2);
  for (const key in obj) yield key;
  if (i === 0) yield 'zero';
  else if (i === 2) yield 'two';
  else yield 'many';
}`,
      args: [{ a: 1, b: 2 }],
      calls: Array.from({ length: 7 }, () => next),
    },
    {
      name: 'yield inside a loop condition',
      fn: 'echo',
      source: `function* echo(): Generator<string, void, string | null> {
  let line: string | null;
  while ((line = yield 'ready') !== null) {
    console.log('got', line);
  }
}`,
      calls: [next, ['next', 'a'], ['next', 'b'], ['next', null]],
    },
  ];

  for (const sample of samples) {
    it(sample.name, async () => {
      const { plain, stepper } = await compare(sample.source, sample.fn, sample.args ?? [], sample.calls);
      expect(stepper.seen).toEqual(plain);
    });
  }

  it('names locals that are not initialised yet instead of failing', async () => {
    const source = `function* tdz(n: number) {
  switch (n) {
    case 1:
      let x = 1;
      yield x;
    case 2:
      yield 'two';
  }
}`;
    const { reports } = await runStepper(source, 'tdz', [2], [next]);
    expect(localsOf(reports[0])).toEqual({ n: '2', x: '(not initialised yet)' });
  });
});

describe('loading a sample', () => {
  const load = (source: string, fn: string, args: unknown[] = []) => {
    const { js, functions } = instrumentSample(source);
    return StepperSession.load({ js, functions, fn, args }, { inspect: format });
  };

  it('drives a generator the sample does not export, and ignores its top-level code', async () => {
    const loaded = load(`function* g() { console.log('in g'); yield 1; }\nconsole.log([...g()]);\n`, 'g');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const report = await loaded.session.step('next', undefined, false);
    // The top-level spread ran g once, unobserved; the stepper's generator is a fresh one.
    expect(brief(report)).toEqual(['g start 1', 'g lines 1', 'console in g', 'g lines 1', 'g pause 1 1']);
  });

  it('refuses a function that is not a generator function', () => {
    const loaded = load('export function plain() { return [1]; }\n', 'plain');
    expect(loaded).toEqual({
      ok: false,
      message: 'The sample has no generator function named plain at its top level (declare it with function* or async function*).',
    });
  });

  it('still drives the generator when the top-level code throws, and says so', () => {
    const loaded = load(`function* g() { yield 1; }\nthrow new TypeError('demo');\n`, 'g');
    expect(loaded.ok && loaded.note).toBe('The sample’s own top-level code threw TypeError: demo; its functions are still defined.');
  });

  it('accepts a sample with top-level await', async () => {
    const loaded = load(`async function* g() { yield 1; }\nfor await (const x of g()) console.log(x);\n`, 'g');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.session.isAsync).toBe(true);
    await expect(Promise.resolve(loaded.session.step('next', undefined, false))).resolves.toMatchObject({ outcome: { text: '{ value: 1, done: false }' } });
  });

  it('reports progress with the line of a call that runs long', async () => {
    const source = `function* busy() {
  let i = 0;
  const end = Date.now() + 600;
  while (Date.now() < end) {
    i++;
  }
  yield i > 0;
}`;
    const { reports, progress } = await runStepper(source, 'busy', [], [next]);
    expect(reports[0].outcome).toMatchObject({ text: '{ value: true, done: false }' });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.frame === 'busy' && (p.line === 4 || p.line === 5))).toBe(true);
    // The lines of a long loop are summarised, not listed one by one.
    const lines = reports[0].events.find((e) => e.kind === 'lines');
    expect(lines && lines.kind === 'lines' && lines.more).toBeGreaterThan(1000);
  });
});
