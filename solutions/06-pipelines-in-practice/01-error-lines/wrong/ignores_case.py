# Matches case-insensitively, so "error" and "Error" lines slip in.
def error_lines(lines):
    for line in lines:
        if "ERROR" in line.upper():
            yield line[:-2] if line.endswith("\r\n") else line.removesuffix("\n")
