import pytest

from form_wizard import ask, form


def finish(gen, answer):
    """Send the last answer; return what the generator returns (StopIteration.value)."""
    with pytest.raises(StopIteration) as stop:
        gen.send(answer)
    return stop.value.value


def test_ask_yields_the_question_then_returns_the_stripped_answer():
    q = ask('Name?')
    assert next(q) == 'Name?'
    assert finish(q, '  Ada ') == 'Ada'


def test_ask_asks_again_while_the_answer_is_blank():
    q = ask('Name?')
    next(q)
    assert q.send('') == 'Name?'
    assert q.send('   ') == 'Name?'
    assert finish(q, 'Ada') == 'Ada'


def test_ask_asks_again_on_every_timeout_thrown_in():
    q = ask('Name?')
    next(q)
    assert q.throw(TimeoutError()) == 'Name?'
    assert q.throw(TimeoutError()) == 'Name?', "a second TimeoutError in a row is handled too"
    assert finish(q, 'Ada') == 'Ada'


def test_ask_lets_any_other_exception_out_and_is_then_finished():
    q = ask('Name?')
    next(q)
    with pytest.raises(ValueError, match='user left'):
        q.throw(ValueError('user left'))
    assert next(q, 'finished') == 'finished'


def test_form_asks_each_question_in_turn_and_returns_the_answers():
    f = form(['Name?', 'Email?'])
    assert next(f) == 'Name?'
    assert f.send('Ada') == 'Email?'
    assert finish(f, 'ada@example.com') == {'Name?': 'Ada', 'Email?': 'ada@example.com'}


def test_form_passes_every_answer_on_to_ask():
    f = form(['Name?', 'Email?'])
    next(f)
    assert f.send(' ') == 'Name?'
    assert f.send(' Ada ') == 'Email?'
    assert f.send('') == 'Email?'
    assert finish(f, 'ada@example.com ') == {'Name?': 'Ada', 'Email?': 'ada@example.com'}, \
        "the answers that ask() returned, stripped"


def test_form_passes_a_timeout_on_to_ask_which_asks_the_same_question_again():
    f = form(['Name?', 'Email?', 'City?'])
    next(f)
    f.send('Ada')
    assert f.throw(TimeoutError()) == 'Email?'
    assert f.throw(TimeoutError()) == 'Email?'
    assert f.send('ada@example.com') == 'City?'
    assert finish(f, 'London') == {'Name?': 'Ada', 'Email?': 'ada@example.com', 'City?': 'London'}


def test_form_lets_any_other_exception_out_and_is_then_finished():
    f = form(['Name?', 'Email?'])
    next(f)
    with pytest.raises(ValueError, match='user left'):
        f.throw(ValueError('user left'))
    assert next(f, 'finished') == 'finished'


def test_form_can_be_closed_halfway():
    f = form(['Name?', 'Email?'])
    next(f)
    f.send('Ada')
    f.close()
    assert next(f, 'finished') == 'finished'


def test_form_returns_an_empty_dict_at_once_for_no_questions():
    with pytest.raises(StopIteration) as stop:
        next(form([]))
    assert stop.value.value == {}


def test_form_takes_any_iterable_of_questions():
    f = form(q for q in ['Name?', 'Email?'])
    assert next(f) == 'Name?'
    assert f.send('Ada') == 'Email?'
    assert finish(f, 'a@b.c') == {'Name?': 'Ada', 'Email?': 'a@b.c'}


def test_two_forms_filled_in_at_once_keep_their_own_answers():
    a = form(['Name?', 'Email?'])
    b = form(['Name?'])
    next(a)
    next(b)
    a.send('Ada')
    assert finish(b, 'Grace') == {'Name?': 'Grace'}
    assert finish(a, 'ada@example.com') == {'Name?': 'Ada', 'Email?': 'ada@example.com'}
    c = form(['City?'])
    assert next(c) == 'City?'
    assert finish(c, 'Paris') == {'City?': 'Paris'}, "a new form starts empty"


def test_a_long_form():
    questions = [f'q{i}?' for i in range(2000)]
    f = form(questions)
    assert next(f) == 'q0?'
    for i in range(1999):
        assert f.send(f'a{i}') == questions[i + 1]
    answers = finish(f, 'a1999')
    assert len(answers) == 2000
    assert answers['q1999?'] == 'a1999'
