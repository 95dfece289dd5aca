# Keeps the answers in a module-level dict, so every form shares (and returns) the same answers.
def ask(question):
    while True:
        try:
            answer = yield question
        except TimeoutError:
            continue
        answer = answer.strip()
        if answer:
            return answer


answers = {}


def form(questions):
    for question in questions:
        answers[question] = yield from ask(question)
    return answers
