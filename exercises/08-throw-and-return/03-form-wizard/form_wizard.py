"""A form filled in one answer at a time, built from one small generator per question."""
from collections.abc import Generator, Iterable


def ask(question: str) -> Generator[str, str, str]:
    """Yield `question` and receive the answer with send(answer).

    Ask again while the answer is blank, or when a TimeoutError is thrown in;
    let any other exception out. Return the stripped answer.
    """
    # TODO: yield the question until a non-blank answer arrives; catch TimeoutError at the yield
    raise NotImplementedError("ask() is not written yet")


def form(questions: Iterable[str]) -> Generator[str, str, dict[str, str]]:
    """Ask each question in turn with `yield from ask(question)`; return {question: answer}."""
    # TODO: delegate to ask() for each question and keep what it returns
    raise NotImplementedError("form() is not written yet")
