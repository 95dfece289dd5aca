# Handles a TimeoutError by asking once more inside the except block, so a second timeout in a row escapes.
def ask(question):
    while True:
        try:
            answer = yield question
        except TimeoutError:
            answer = yield question
        answer = answer.strip()
        if answer:
            return answer

def form(questions):
    answers = {}
    for question in questions:
        answers[question] = yield from ask(question)
    return answers

