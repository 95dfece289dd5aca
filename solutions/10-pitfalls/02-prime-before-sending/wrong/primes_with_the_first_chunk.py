# Uses next() instead of send() for the first chunk: next() primes the generator, but the first chunk is never delivered.
def line_assembler():
    partial = ""
    completed = []
    while True:
        chunk = yield completed
        *completed, partial = (partial + chunk).split("\n")


def split_lines(chunks):
    assembler = line_assembler()
    lines = []
    first = True
    for chunk in chunks:
        if first:
            lines.extend(next(assembler))
            first = False
        else:
            lines.extend(assembler.send(chunk))
    return lines
