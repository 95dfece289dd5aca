import { describe, expect, expectTypeOf, it } from 'vitest';
import { tokenizer, type Token } from './tokenizer';

const num = (text: string): Token => ({ kind: 'number', text });
const word = (text: string): Token => ({ kind: 'word', text });
const sym = (text: string): Token => ({ kind: 'symbol', text });

/** Feeds text one character at a time, then null; returns every token, in order. */
function tokenize(text: string): Token[] {
  const gen = tokenizer();
  gen.next();
  const tokens: Token[] = [];
  for (const ch of text) {
    const step = gen.next(ch);
    if (step.done) throw new Error(`the tokenizer finished early, at ${JSON.stringify(ch)}`);
    tokens.push(...step.value);
  }
  const end = gen.next(null);
  if (!end.done) throw new Error('next(null) must finish the generator (done: true)');
  tokens.push(...end.value);
  return tokens;
}

describe('tokenizer', () => {
  it('yields [] for the priming next()', () => {
    expect(tokenizer().next()).toEqual({ value: [], done: false });
  });

  it('yields each token as soon as the character after it arrives', () => {
    const gen = tokenizer();
    gen.next();
    const steps = [...'x1 = 42+y'].map((ch) => gen.next(ch));
    expect(steps.map((step) => step.value)).toEqual([
      [], // x
      [], // 1
      [word('x1')], // ' ' ends the word
      [sym('=')], // =
      [], // ' '
      [], // 4
      [], // 2
      [num('42'), sym('+')], // + ends the number and is a symbol itself
      [], // y
    ]);
    expect(steps.every((step) => step.done === false)).toBe(true);
  });

  it('returns the pending token on next(null), with done: true', () => {
    const gen = tokenizer();
    gen.next();
    gen.next('a');
    gen.next('b');
    expect(gen.next(null)).toEqual({ value: [word('ab')], done: true });
    expect(gen.next(null)).toEqual({ value: undefined, done: true });
  });

  it('returns [] on next(null) when nothing is pending', () => {
    const gen = tokenizer();
    gen.next();
    gen.next('(');
    gen.next(' ');
    expect(gen.next(null)).toEqual({ value: [], done: true });
    expect(tokenize('')).toEqual([]);
  });

  it('splits digits and letters by the rules', () => {
    expect(tokenize('12ab')).toEqual([num('12'), word('ab')]);
    expect(tokenize('ab12')).toEqual([word('ab12')]);
    expect(tokenize('007')).toEqual([num('007')]);
  });

  it('skips whitespace, including runs and newlines', () => {
    expect(tokenize('  a \t\n  b  ')).toEqual([word('a'), word('b')]);
  });

  it('makes every other character a symbol of its own', () => {
    expect(tokenize('f(x)==-3;')).toEqual([
      word('f'), sym('('), word('x'), sym(')'), sym('='), sym('='), sym('-'), num('3'), sym(';'),
    ]);
  });

  it('handles a longer input', () => {
    const text = 'sum = sum + n1 * 10;\n'.repeat(50);
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(8 * 50);
    expect(tokens.slice(0, 8)).toEqual([
      word('sum'), sym('='), word('sum'), sym('+'), word('n1'), sym('*'), num('10'), sym(';'),
    ]);
  });

  it('keeps separate state for each generator', () => {
    const a = tokenizer();
    const b = tokenizer();
    a.next();
    b.next();
    a.next('1');
    b.next('x');
    expect(a.next(' ').value).toEqual([num('1')]);
    expect(b.next(null).value).toEqual([word('x')]);
  });

  it('has the type Generator<Token[], Token[], string | null>', () => {
    expectTypeOf(tokenizer).returns.toEqualTypeOf<Generator<Token[], Token[], string | null>>();
    const gen = tokenizer();
    const misuse = () => {
      // @ts-expect-error: characters are strings
      gen.next(7);
    };
    expect(misuse).toBeTypeOf('function');
  });
});
