import { z } from 'zod';

/**
 * Every external page the lessons point to, listed once. A lesson names the
 * ones it cites in its frontmatter (`reading: [pep-380, mdn-yield-star]`),
 * and the lesson page ends with them as "Further reading". Primary sources
 * only: the PEPs, the Python and ECMAScript references, MDN, and the
 * TypeScript and Node.js documentation. No link is fetched at build time;
 * tests/unit/further-reading.test.ts checks that every id is used, every
 * lesson has one, and every URL is https on an allowed host.
 */
export type ReadingKind = 'pep' | 'python-docs' | 'ecmascript' | 'mdn' | 'typescript' | 'node';

export interface ReadingEntry {
  title: string;
  url: string;
  kind: ReadingKind;
  /** A few words on what the reader finds there. */
  note: string;
}

/** The hosts a reading link may point to. */
export const READING_HOSTS = ['peps.python.org', 'docs.python.org', 'tc39.es', 'developer.mozilla.org', 'www.typescriptlang.org', 'nodejs.org'];

const MDN = 'https://developer.mozilla.org/en-US/docs/Web/JavaScript';
const PY = 'https://docs.python.org/3';

export const furtherReading = {
  // Python Enhancement Proposals: why each feature exists, with its rules.
  'pep-234': {
    kind: 'pep',
    title: 'PEP 234: Iterators',
    url: 'https://peps.python.org/pep-0234/',
    note: 'where __iter__, __next__ and StopIteration come from',
  },
  'pep-255': {
    kind: 'pep',
    title: 'PEP 255: Simple Generators',
    url: 'https://peps.python.org/pep-0255/',
    note: 'the proposal that introduced yield, with its motivation',
  },
  'pep-289': {
    kind: 'pep',
    title: 'PEP 289: Generator Expressions',
    url: 'https://peps.python.org/pep-0289/',
    note: 'why the first for clause is evaluated at once',
  },
  'pep-342': {
    kind: 'pep',
    title: 'PEP 342: Coroutines via Enhanced Generators',
    url: 'https://peps.python.org/pep-0342/',
    note: 'yield as an expression, send(), throw() and close()',
  },
  'pep-343': {
    kind: 'pep',
    title: 'PEP 343: The "with" Statement',
    url: 'https://peps.python.org/pep-0343/',
    note: 'the with statement, and the generator-based context manager it sketches',
  },
  'pep-380': {
    kind: 'pep',
    title: 'PEP 380: Syntax for Delegating to a Subgenerator',
    url: 'https://peps.python.org/pep-0380/',
    note: 'yield from, its exact expansion, and return values from generators',
  },
  'pep-479': {
    kind: 'pep',
    title: 'PEP 479: Change StopIteration handling inside generators',
    url: 'https://peps.python.org/pep-0479/',
    note: 'why a stray StopIteration inside a generator becomes a RuntimeError',
  },
  'pep-492': {
    kind: 'pep',
    title: 'PEP 492: Coroutines with async and await syntax',
    url: 'https://peps.python.org/pep-0492/',
    note: 'how async def coroutines split off from generators',
  },
  'pep-525': {
    kind: 'pep',
    title: 'PEP 525: Asynchronous Generators',
    url: 'https://peps.python.org/pep-0525/',
    note: 'async generators, asend/athrow/aclose, and their finalization',
  },
  'pep-533': {
    kind: 'pep',
    title: 'PEP 533: Deterministic cleanup for iterators (deferred)',
    url: 'https://peps.python.org/pep-0533/',
    note: 'why an abandoned generator’s cleanup runs late, and a fix that was not adopted',
  },

  // The Python documentation.
  'py-iterator-types': {
    kind: 'python-docs',
    title: 'Python: Iterator Types',
    url: `${PY}/library/stdtypes.html#iterator-types`,
    note: 'the iterator protocol, as the standard library defines it',
  },
  'py-generator-types': {
    kind: 'python-docs',
    title: 'Python: Generator Types',
    url: `${PY}/library/stdtypes.html#generator-types`,
    note: 'how a generator function gives you the iterator protocol for free',
  },
  'py-yield-expressions': {
    kind: 'python-docs',
    title: 'Python reference: Yield expressions',
    url: `${PY}/reference/expressions.html#yield-expressions`,
    note: 'what yield and yield from evaluate to, and when the body runs',
  },
  'py-generator-methods': {
    kind: 'python-docs',
    title: 'Python reference: Generator-iterator methods',
    url: `${PY}/reference/expressions.html#generator-iterator-methods`,
    note: '__next__(), send(), throw() and close(), precisely',
  },
  'py-async-generator-functions': {
    kind: 'python-docs',
    title: 'Python reference: Asynchronous generator functions',
    url: `${PY}/reference/expressions.html#asynchronous-generator-functions`,
    note: 'async def with yield, and how it is driven',
  },
  'py-async-generator-methods': {
    kind: 'python-docs',
    title: 'Python reference: Asynchronous generator-iterator methods',
    url: `${PY}/reference/expressions.html#asynchronous-generator-iterator-methods`,
    note: '__anext__(), asend(), athrow() and aclose()',
  },
  'py-generator-expressions': {
    kind: 'python-docs',
    title: 'Python reference: Generator expressions',
    url: `${PY}/reference/expressions.html#generator-expressions`,
    note: 'the syntax, and which part is evaluated immediately',
  },
  'py-async-for': {
    kind: 'python-docs',
    title: 'Python reference: The async for statement',
    url: `${PY}/reference/compound_stmts.html#the-async-for-statement`,
    note: 'the loop over an asynchronous iterator',
  },
  'py-stopiteration': {
    kind: 'python-docs',
    title: 'Python: StopIteration',
    url: `${PY}/library/exceptions.html#StopIteration`,
    note: 'the end signal, and its value attribute carrying a return value',
  },
  'py-generatorexit': {
    kind: 'python-docs',
    title: 'Python: GeneratorExit',
    url: `${PY}/library/exceptions.html#GeneratorExit`,
    note: 'the exception close() raises at the paused yield',
  },
  'py-inspect-generator-state': {
    kind: 'python-docs',
    title: 'Python: inspect.getgeneratorstate',
    url: `${PY}/library/inspect.html#inspect.getgeneratorstate`,
    note: 'GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED and GEN_CLOSED, asked of a live generator',
  },
  'py-howto-functional': {
    kind: 'python-docs',
    title: 'Python: Functional Programming HOWTO',
    url: `${PY}/howto/functional.html#generators`,
    note: 'iterators, generator expressions and generators as pipeline stages',
  },
  'py-itertools': {
    kind: 'python-docs',
    title: 'Python: itertools',
    url: `${PY}/library/itertools.html`,
    note: 'the ready-made lazy stages, each with a pure-Python equivalent',
  },
  'py-contextmanager': {
    kind: 'python-docs',
    title: 'Python: contextlib.contextmanager',
    url: `${PY}/library/contextlib.html#contextlib.contextmanager`,
    note: 'the decorator, and how the with body’s exception reaches the yield',
  },
  'py-aclosing': {
    kind: 'python-docs',
    title: 'Python: contextlib.aclosing',
    url: `${PY}/library/contextlib.html#contextlib.aclosing`,
    note: 'closing an async generator at a known point',
  },
  'py-typing-generator': {
    kind: 'python-docs',
    title: 'Python: typing.Generator',
    url: `${PY}/library/typing.html#typing.Generator`,
    note: 'the yield, send and return types of a generator',
  },
  'py-getsizeof': {
    kind: 'python-docs',
    title: 'Python: sys.getsizeof',
    url: `${PY}/library/sys.html#sys.getsizeof`,
    note: 'what it counts, and the referenced objects it does not',
  },
  'py-tracemalloc': {
    kind: 'python-docs',
    title: 'Python: tracemalloc',
    url: `${PY}/library/tracemalloc.html`,
    note: 'measuring what Python really allocates',
  },
  'py-file-lines': {
    kind: 'python-docs',
    title: 'Python tutorial: Methods of file objects',
    url: `${PY}/tutorial/inputoutput.html#methods-of-file-objects`,
    note: 'looping over a file object reads it line by line',
  },
  'py-asyncio-streams': {
    kind: 'python-docs',
    title: 'Python: asyncio Streams',
    url: `${PY}/library/asyncio-stream.html`,
    note: 'StreamReader, readline() and reading a socket asynchronously',
  },

  // The ECMAScript specification.
  'es-iteration': {
    kind: 'ecmascript',
    title: 'ECMAScript: Iteration',
    url: 'https://tc39.es/ecma262/#sec-iteration',
    note: 'the Iterable and Iterator interfaces, normatively',
  },
  'es-for-of': {
    kind: 'ecmascript',
    title: 'ECMAScript: The for-in, for-of, and for-await-of statements',
    url: 'https://tc39.es/ecma262/#sec-for-in-and-for-of-statements',
    note: 'where a loop that exits early calls return()',
  },
  'es-generator-objects': {
    kind: 'ecmascript',
    title: 'ECMAScript: Generator Objects',
    url: 'https://tc39.es/ecma262/#sec-generator-objects',
    note: 'next, return and throw, and the generator’s states',
  },
  'es-async-generator-objects': {
    kind: 'ecmascript',
    title: 'ECMAScript: AsyncGenerator Objects',
    url: 'https://tc39.es/ecma262/#sec-asyncgenerator-objects',
    note: 'the request queue that serves next() calls in order',
  },

  // MDN.
  'mdn-iterators-guide': {
    kind: 'mdn',
    title: 'MDN: Iterators and generators',
    url: `${MDN}/Guide/Iterators_and_generators`,
    note: 'the guide: iterators, generators and iterables in one page',
  },
  'mdn-iteration-protocols': {
    kind: 'mdn',
    title: 'MDN: Iteration protocols',
    url: `${MDN}/Reference/Iteration_protocols`,
    note: 'the iterable and iterator protocols, with every built-in consumer',
  },
  'mdn-symbol-iterator': {
    kind: 'mdn',
    title: 'MDN: Symbol.iterator',
    url: `${MDN}/Reference/Global_Objects/Symbol/iterator`,
    note: 'the method that makes an object iterable',
  },
  'mdn-for-of': { kind: 'mdn', title: 'MDN: for...of', url: `${MDN}/Reference/Statements/for...of`, note: 'the loop, and how break closes its iterator' },
  'mdn-function-star': {
    kind: 'mdn',
    title: 'MDN: function*',
    url: `${MDN}/Reference/Statements/function*`,
    note: 'declaring a generator function, with examples',
  },
  'mdn-yield': { kind: 'mdn', title: 'MDN: yield', url: `${MDN}/Reference/Operators/yield`, note: 'the operator, and the value next(value) gives it' },
  'mdn-yield-star': { kind: 'mdn', title: 'MDN: yield*', url: `${MDN}/Reference/Operators/yield*`, note: 'delegating to another iterable, and its result' },
  'mdn-generator': { kind: 'mdn', title: 'MDN: Generator', url: `${MDN}/Reference/Global_Objects/Generator`, note: 'the generator object and its methods' },
  'mdn-generator-next': {
    kind: 'mdn',
    title: 'MDN: Generator.prototype.next()',
    url: `${MDN}/Reference/Global_Objects/Generator/next`,
    note: 'the { value, done } result and sending a value in',
  },
  'mdn-generator-return': {
    kind: 'mdn',
    title: 'MDN: Generator.prototype.return()',
    url: `${MDN}/Reference/Global_Objects/Generator/return`,
    note: 'ending a generator early, and finally blocks',
  },
  'mdn-generator-throw': {
    kind: 'mdn',
    title: 'MDN: Generator.prototype.throw()',
    url: `${MDN}/Reference/Global_Objects/Generator/throw`,
    note: 'throwing an error in at the paused yield',
  },
  'mdn-iterator-helpers': {
    kind: 'mdn',
    title: 'MDN: Iterator',
    url: `${MDN}/Reference/Global_Objects/Iterator`,
    note: 'the iterator helpers: map, filter, take, drop, flatMap, toArray…',
  },
  'mdn-async-function-star': {
    kind: 'mdn',
    title: 'MDN: async function*',
    url: `${MDN}/Reference/Statements/async_function*`,
    note: 'declaring an async generator',
  },
  'mdn-for-await-of': {
    kind: 'mdn',
    title: 'MDN: for await...of',
    url: `${MDN}/Reference/Statements/for-await...of`,
    note: 'the loop over async iterables, and early exit',
  },
  'mdn-async-generator': {
    kind: 'mdn',
    title: 'MDN: AsyncGenerator',
    url: `${MDN}/Reference/Global_Objects/AsyncGenerator`,
    note: 'the async generator object: next, return and throw',
  },
  'mdn-abort-controller': {
    kind: 'mdn',
    title: 'MDN: AbortController',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/AbortController',
    note: 'cancelling requests under way: a controller, its signal, and abort()',
  },
  'mdn-memory-management': {
    kind: 'mdn',
    title: 'MDN: Memory management',
    url: `${MDN}/Guide/Memory_management`,
    note: 'how JavaScript allocates and reclaims memory',
  },
  'mdn-readable-stream': {
    kind: 'mdn',
    title: 'MDN: ReadableStream',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/ReadableStream',
    note: 'web streams, including async iteration over their chunks',
  },
  'mdn-readable-stream-from': {
    kind: 'mdn',
    title: 'MDN: ReadableStream.from()',
    url: 'https://developer.mozilla.org/en-US/docs/Web/API/ReadableStream/from_static',
    note: 'a stream made from an (async) iterable, such as a generator',
  },

  // TypeScript and Node.js.
  'ts-handbook-iterators': {
    kind: 'typescript',
    title: 'TypeScript Handbook: Iterators and Generators',
    url: 'https://www.typescriptlang.org/docs/handbook/iterators-and-generators.html',
    note: 'iterables and for..of in TypeScript',
  },
  'ts-stricter-generators': {
    kind: 'typescript',
    title: 'TypeScript 3.6: Stricter generators',
    url: 'https://www.typescriptlang.org/docs/handbook/release-notes/typescript-3-6.html#stricter-generators',
    note: 'Generator<T, TReturn, TNext> and why TNext cannot be checked everywhere',
  },
  'node-readline-lines': {
    kind: 'node',
    title: 'Node.js: readline, reading a file line by line',
    url: 'https://nodejs.org/api/readline.html#example-read-file-stream-line-by-line',
    note: 'for await over the lines of a file stream',
  },
  'node-stream-async-iterator': {
    kind: 'node',
    title: 'Node.js: readable[Symbol.asyncIterator]()',
    url: 'https://nodejs.org/api/stream.html#readablesymbolasynciterator',
    note: 'a Node stream as an async iterable, and what breaking out does to it',
  },
  'node-readable-from': {
    kind: 'node',
    title: 'Node.js: stream.Readable.from()',
    url: 'https://nodejs.org/api/stream.html#streamreadablefromiterable-options',
    note: 'a readable stream fed by a generator, with backpressure',
  },
} as const satisfies Record<string, ReadingEntry>;

export type ReadingId = keyof typeof furtherReading;

export const readingIds = Object.keys(furtherReading) as [ReadingId, ...ReadingId[]];

/** A lesson's `reading:` frontmatter: at least one id from the list, each once. */
export const lessonReadingSchema = z
  .array(z.enum(readingIds))
  .min(1, 'every lesson ends with at least one further reading')
  .refine((ids) => new Set(ids).size === ids.length, 'a reading id is listed twice');

/** The entries a lesson cites, in its order. */
export function readingFor(ids: readonly ReadingId[]): (ReadingEntry & { id: ReadingId })[] {
  return ids.map((id) => ({ id, ...furtherReading[id] }));
}
