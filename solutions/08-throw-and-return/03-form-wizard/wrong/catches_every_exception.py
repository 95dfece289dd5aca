# Catches every Exception at the yield and asks again, so an error that should end the form is swallowed.
def ask(question):
    while True:
        try:
            answer = yield question
        except Exception:
            continue
        answer = answer.strip()
        if answer:
            return answer

def form(questions):
    answers = {}
    for question in questions:
        answers[question] = yield from ask(question)
    return answers

