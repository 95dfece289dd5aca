# Calls next() before every send(), not once: from the second chunk on, next() sends None into the waiting yield and the assembler fails with TypeError.
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
        next(assembler)
        lines.extend(assembler.send(chunk))
    return lines
