# Uses rstrip(), which also removes the spaces and tabs that belong to the line.
def error_lines(lines):
    for line in lines:
        if "ERROR" in line:
            yield line.rstrip()
