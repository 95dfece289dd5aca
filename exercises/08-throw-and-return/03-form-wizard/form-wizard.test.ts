import { describe, expect, expectTypeOf, it } from 'vitest';
import { ask, form, Timeout } from './form-wizard';

describe('ask', () => {
  it('yields the question, then returns the trimmed answer', () => {
    const q = ask('Name?');
    expect(q.next()).toEqual({ value: 'Name?', done: false });
    expect(q.next('  Ada ')).toEqual({ value: 'Ada', done: true });
  });

  it('asks again while the answer is blank', () => {
    const q = ask('Name?');
    q.next();
    expect(q.next('')).toEqual({ value: 'Name?', done: false });
    expect(q.next('   ')).toEqual({ value: 'Name?', done: false });
    expect(q.next('Ada')).toEqual({ value: 'Ada', done: true });
  });

  it('asks again on every Timeout thrown in', () => {
    const q = ask('Name?');
    q.next();
    expect(q.throw(new Timeout())).toEqual({ value: 'Name?', done: false });
    expect(q.throw(new Timeout()), 'a second Timeout in a row is handled too').toEqual({ value: 'Name?', done: false });
    expect(q.next('Ada')).toEqual({ value: 'Ada', done: true });
  });

  it('lets any other error out, and is then finished', () => {
    const q = ask('Name?');
    q.next();
    expect(() => q.throw(new Error('user left'))).toThrow('user left');
    expect(q.next('Ada')).toEqual({ value: undefined, done: true });
  });
});

describe('form', () => {
  it('asks each question in turn and returns the answers', () => {
    const f = form(['Name?', 'Email?']);
    expect(f.next()).toEqual({ value: 'Name?', done: false });
    expect(f.next('Ada')).toEqual({ value: 'Email?', done: false });
    expect(f.next('ada@example.com')).toEqual({ value: { 'Name?': 'Ada', 'Email?': 'ada@example.com' }, done: true });
  });

  it('passes every answer in to ask(), which asks again after a blank one', () => {
    const f = form(['Name?', 'Email?']);
    f.next();
    expect(f.next(' ')).toEqual({ value: 'Name?', done: false });
    expect(f.next(' Ada ')).toEqual({ value: 'Email?', done: false });
    expect(f.next('')).toEqual({ value: 'Email?', done: false });
    expect(f.next('ada@example.com ').value, 'the answers that ask() returned, trimmed').toEqual({
      'Name?': 'Ada',
      'Email?': 'ada@example.com',
    });
  });

  it('passes a Timeout thrown into the form on to ask(), which asks the same question again', () => {
    const f = form(['Name?', 'Email?', 'City?']);
    f.next();
    f.next('Ada');
    expect(f.throw(new Timeout())).toEqual({ value: 'Email?', done: false });
    expect(f.throw(new Timeout())).toEqual({ value: 'Email?', done: false });
    expect(f.next('ada@example.com')).toEqual({ value: 'City?', done: false });
    expect(f.next('London')).toEqual({
      value: { 'Name?': 'Ada', 'Email?': 'ada@example.com', 'City?': 'London' },
      done: true,
    });
  });

  it('lets any other error out, and is then finished', () => {
    const f = form(['Name?', 'Email?']);
    f.next();
    expect(() => f.throw(new Error('user left'))).toThrow('user left');
    expect(f.next('Ada')).toEqual({ value: undefined, done: true });
  });

  it('returns {} at once when there are no questions', () => {
    expect(form([]).next()).toEqual({ value: {}, done: true });
  });

  it('keeps separate answers for each form, even when two are filled in at once', () => {
    const a = form(['Name?', 'Email?']);
    const b = form(['Name?']);
    a.next();
    b.next();
    a.next('Ada');
    expect(b.next('Grace')).toEqual({ value: { 'Name?': 'Grace' }, done: true });
    expect(a.next('ada@example.com')).toEqual({ value: { 'Name?': 'Ada', 'Email?': 'ada@example.com' }, done: true });
    expect(form(['City?']).next().value, 'a new form starts empty').toBe('City?');
  });

  it('handles a long form', () => {
    const questions = Array.from({ length: 2000 }, (_, i) => `q${i}?`);
    const f = form(questions);
    let step = f.next();
    let i = 0;
    while (!step.done) {
      expect(step.value).toBe(questions[i]);
      step = f.next(`a${i}`);
      i += 1;
    }
    expect(Object.keys(step.value)).toHaveLength(2000);
    expect(step.value['q1999?']).toBe('a1999');
  });

  it('has the types Generator<string, string, string> and Generator<string, Record<string, string>, string>', () => {
    expectTypeOf(ask).returns.toEqualTypeOf<Generator<string, string, string>>();
    expectTypeOf(form).returns.toEqualTypeOf<Generator<string, Record<string, string>, string>>();
  });
});
