# Primes one assembler at import and shares it between calls: a partial line left by one call leaks into the next.
def line_assembler():
    partial = ""
    completed = []
    while True:
        chunk = yield completed
        *completed, partial = (partial + chunk).split("\n")


_assembler = line_assembler()
next(_assembler)


def split_lines(chunks):
    lines = []
    for chunk in chunks:
        lines.extend(_assembler.send(chunk))
    return lines
