# Calls list() on the lines first, like readlines(): the whole log is read before the first error, and an endless one never finishes.
def error_lines(lines):
    for line in list(lines):
        if "ERROR" in line:
            yield line[:-2] if line.endswith("\r\n") else line.removesuffix("\n")
