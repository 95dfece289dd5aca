/**
 * Yields the JSON value of every non-blank line of a stream of text chunks
 * (newline-delimited JSON), reading a chunk only when no complete line is
 * waiting. A line that is not valid JSON throws a SyntaxError whose message
 * starts with `line N:`.
 */
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  // TODO: keep a buffer, split it into lines as chunks arrive, and yield JSON.parse of each non-blank line
}
