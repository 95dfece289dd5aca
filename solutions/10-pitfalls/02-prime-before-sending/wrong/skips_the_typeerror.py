# Catches the TypeError of the first send() and moves on: the generator is primed by the failed call, but that chunk is lost.
def line_assembler():
    partial = ""
    completed = []
    while True:
        chunk = yield completed
        *completed, partial = (partial + chunk).split("\n")


def split_lines(chunks):
    assembler = line_assembler()
    lines = []
    for chunk in chunks:
        try:
            lines.extend(assembler.send(chunk))
        except TypeError:
            next(assembler)
    return lines
