import pytest

from char_tokenizer import Token, tokenizer


def num(text):
    return Token('number', text)


def word(text):
    return Token('word', text)


def sym(text):
    return Token('symbol', text)


def tokenize(text):
    """Feed text one character at a time, then None; return every token, in order."""
    gen = tokenizer()
    next(gen)
    tokens = []
    for ch in text:
        try:
            tokens += gen.send(ch)
        except StopIteration:
            raise AssertionError(f'the tokenizer finished early, at {ch!r}') from None
    with pytest.raises(StopIteration) as stop:
        gen.send(None)
    return tokens + stop.value.value


def test_priming_next_yields_an_empty_list():
    assert next(tokenizer()) == []


def test_yields_each_token_as_soon_as_the_character_after_it_arrives():
    gen = tokenizer()
    next(gen)
    steps = [gen.send(ch) for ch in 'x1 = 42+y']
    assert steps == [
        [],  # x
        [],  # 1
        [word('x1')],  # ' ' ends the word
        [sym('=')],  # =
        [],  # ' '
        [],  # 4
        [],  # 2
        [num('42'), sym('+')],  # + ends the number and is a symbol itself
        [],  # y
    ]


def test_send_none_returns_the_pending_token():
    gen = tokenizer()
    next(gen)
    gen.send('a')
    gen.send('b')
    with pytest.raises(StopIteration) as stop:
        gen.send(None)
    assert stop.value.value == [word('ab')], "the pending token is the generator's return value"
    with pytest.raises(StopIteration):
        gen.send(None)


def test_send_none_returns_an_empty_list_when_nothing_is_pending():
    gen = tokenizer()
    next(gen)
    gen.send('(')
    gen.send(' ')
    with pytest.raises(StopIteration) as stop:
        gen.send(None)
    assert stop.value.value == []
    assert tokenize('') == []


def test_splits_digits_and_letters_by_the_rules():
    assert tokenize('12ab') == [num('12'), word('ab')]
    assert tokenize('ab12') == [word('ab12')]
    assert tokenize('007') == [num('007')]


def test_skips_whitespace_including_runs_and_newlines():
    assert tokenize('  a \t\n  b  ') == [word('a'), word('b')]


def test_makes_every_other_character_a_symbol_of_its_own():
    assert tokenize('f(x)==-3;') == [
        word('f'), sym('('), word('x'), sym(')'), sym('='), sym('='), sym('-'), num('3'), sym(';'),
    ]
    assert tokenize('_a') == [sym('_'), word('a')], "only A-Z and a-z are letters"


def test_handles_a_longer_input():
    tokens = tokenize('sum = sum + n1 * 10;\n' * 500)
    assert len(tokens) == 8 * 500
    assert tokens[:8] == [word('sum'), sym('='), word('sum'), sym('+'), word('n1'), sym('*'), num('10'), sym(';')]


def test_two_tokenizers_at_once_keep_their_own_state():
    a = tokenizer()
    b = tokenizer()
    next(a)
    next(b)
    a.send('1')
    b.send('x')
    assert a.send(' ') == [num('1')]
    with pytest.raises(StopIteration) as stop:
        b.send(None)
    assert stop.value.value == [word('x')]
