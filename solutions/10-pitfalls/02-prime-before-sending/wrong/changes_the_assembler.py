# Edits line_assembler instead (a bare yield before its loop): split_lines works, but line_assembler no longer does what it documents, as next() gives None, not [].
def line_assembler():
    partial = ""
    completed = []
    chunk = yield
    while True:
        *completed, partial = (partial + chunk).split("\n")
        chunk = yield completed


def split_lines(chunks):
    assembler = line_assembler()
    next(assembler)
    lines = []
    for chunk in chunks:
        lines.extend(assembler.send(chunk))
    return lines
