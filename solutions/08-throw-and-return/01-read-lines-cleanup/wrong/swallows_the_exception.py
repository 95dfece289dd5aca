# Catches the exception thrown in and does nothing with it, so the consumer's failure disappears.
def read_lines(open_file):
    file = open_file()
    try:
        yield from file.lines
    except Exception:
        pass
    finally:
        file.close()
