/**
 * The part of Vitest's API that course tests may use. Exercise tests import
 * `vitest`; under `npm test` that is real Vitest, in the browser it is the
 * course harness (src/grader/runner/harness.ts). Both implement everything declared
 * here, and type-checking against this file (not Vitest's own types) keeps a
 * test from using something only one of them has.
 */
export { expectTypeOf } from 'expect-type';

type Awaitable<T> = T | PromiseLike<T>;

export function describe(name: string, body: () => void): void;
export function it(name: string, body: () => Awaitable<void>, timeout?: number): void;
export const test: typeof it;
export function beforeEach(fn: () => Awaitable<void>): void;
export function afterEach(fn: () => Awaitable<void>): void;

type ErrorMatcher = string | RegExp | (new (...args: any[]) => unknown) | Error;

export interface Assertion<T = unknown> {
  not: Assertion<T>;
  resolves: AsyncAssertion<Awaited<T>>;
  rejects: AsyncAssertion<unknown>;
  toBe(expected: T | unknown): void;
  toEqual(expected: unknown): void;
  toStrictEqual(expected: unknown): void;
  toBeUndefined(): void;
  toBeDefined(): void;
  toBeNull(): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toBeNaN(): void;
  toBeTypeOf(type: 'string' | 'number' | 'bigint' | 'boolean' | 'symbol' | 'undefined' | 'object' | 'function'): void;
  toBeInstanceOf(constructor: abstract new (...args: any[]) => unknown): void;
  toBeGreaterThan(n: number | bigint): void;
  toBeGreaterThanOrEqual(n: number | bigint): void;
  toBeLessThan(n: number | bigint): void;
  toBeLessThanOrEqual(n: number | bigint): void;
  toBeCloseTo(n: number, digits?: number): void;
  toHaveLength(n: number): void;
  toContain(item: unknown): void;
  toContainEqual(item: unknown): void;
  toMatch(pattern: string | RegExp): void;
  toMatchObject(subset: object): void;
  toHaveProperty(path: string | readonly string[], value?: unknown): void;
  toThrow(expected?: ErrorMatcher): void;
  toThrowError(expected?: ErrorMatcher): void;
}

export type AsyncAssertion<T> = {
  [K in keyof Assertion<T>]: Assertion<T>[K] extends (...args: infer A) => void ? (...args: A) => Promise<void> : Assertion<T>[K];
};

export interface ExpectStatic {
  <T>(actual: T, message?: string): Assertion<T>;
}

export const expect: ExpectStatic;
