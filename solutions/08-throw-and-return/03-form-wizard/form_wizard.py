"""A form filled in one answer at a time, built from one small generator per question."""
from collections.abc import Generator, Iterable


def ask(question: str) -> Generator[str, str, str]:
    """Yield `question` and receive the answer with send(answer).

    Ask again while the answer is blank, or when a TimeoutError is thrown in;
    let any other exception out. Return the stripped answer.
    """
    while True:
        try:
            answer = yield question
        except TimeoutError:
            continue  # the user took too long: ask again
        answer = answer.strip()
        if answer:
            return answer


def form(questions: Iterable[str]) -> Generator[str, str, dict[str, str]]:
    """Ask each question in turn with `yield from ask(question)`; return {question: answer}."""
    answers = {}
    for question in questions:
        # yield from passes every send() and throw() on to ask(), and evaluates to what it returns.
        answers[question] = yield from ask(question)
    return answers
