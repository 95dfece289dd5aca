# Closes in `except Exception:` (and after the loop), which GeneratorExit passes: close() leaves the file open.
def read_lines(open_file):
    file = open_file()
    try:
        yield from file.lines
    except Exception:
        file.close()
        raise
    file.close()
