# Loops over query() with a plain for: when the server closes the body, the loop stops but the cursor it was reading stays open.
import csv


class _Line:
    def write(self, text):
        return text


def csv_export_app(columns, query):
    def body():
        writer = csv.writer(_Line())
        yield writer.writerow(columns).encode()
        for row in query():
            yield writer.writerow([row.get(column) for column in columns]).encode()

    def app(environ, start_response):
        start_response(
            "200 OK",
            [("Content-Type", "text/csv; charset=utf-8"), ("Content-Disposition", 'attachment; filename="export.csv"')],
        )
        return body()

    return app
