# Delegates by hand with send(), but never forwards throw(): a TimeoutError ends the whole form instead of reaching ask().
def ask(question):
    while True:
        try:
            answer = yield question
        except TimeoutError:
            continue
        answer = answer.strip()
        if answer:
            return answer


def form(questions):
    answers = {}
    for question in questions:
        inner = ask(question)
        prompt = next(inner)
        while True:
            answer = yield prompt
            try:
                prompt = inner.send(answer)
            except StopIteration as stop:
                answers[question] = stop.value
                break
    return answers
