from collections.abc import Iterable, Iterator


def error_lines(lines: Iterable[str]) -> Iterator[str]:
    """Yield the lines that contain ERROR (case-sensitive), each without its
    line ending ("\\n" or "\\r\\n"), one at a time as they are asked for."""
    for line in lines:
        if "ERROR" in line:
            # Only the line ending goes: trailing spaces are part of the line.
            yield line[:-2] if line.endswith("\r\n") else line.removesuffix("\n")
