"""A WSGI application that streams a CSV export while the database is read."""
import csv
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment


def csv_export_app(columns: Sequence[str], query: Callable[[], Iterator[Mapping[str, Any]]]) -> WSGIApplication:
    """A WSGI app whose body is the CSV of query()'s rows: the header, then one encoded line per row, as it is read."""

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        # TODO: start the response (status and headers), then return a generator of encoded CSV lines
        raise NotImplementedError("csv_export_app is not written yet")

    return app
