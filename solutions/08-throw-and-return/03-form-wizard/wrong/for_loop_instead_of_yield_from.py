# Copies ask()'s questions with a for loop: the loop sends None in, so the answers never reach ask() and its return value is lost.
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
        last = None
        for prompt in ask(question):
            last = yield prompt
        answers[question] = last
    return answers
