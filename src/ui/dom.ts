/**
 * The teacher pages' few DOM helpers. Text from links and files is untrusted:
 * it only ever goes in as textContent (never innerHTML), so a title such as
 * `<img src=x onerror=…>` shows as those characters.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Replaces a status region's content with one paragraph per line. */
export function say(region: HTMLElement, lines: string[], kind: 'ok' | 'error' | 'info' = 'info'): void {
  region.dataset.kind = kind;
  region.replaceChildren(...lines.map((line) => el('p', {}, line)));
}

/** Has the browser save `text` as a file called `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
