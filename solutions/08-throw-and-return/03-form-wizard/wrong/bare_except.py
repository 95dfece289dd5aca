# A bare except: also catches the GeneratorExit that close() throws in, and asks again, so close() fails with RuntimeError.
def ask(question):
    while True:
        try:
            answer = yield question
        except:  # noqa: E722
            continue
        answer = answer.strip()
        if answer:
            return answer

def form(questions):
    answers = {}
    for question in questions:
        answers[question] = yield from ask(question)
    return answers

