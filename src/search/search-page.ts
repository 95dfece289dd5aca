/**
 * Search over every lesson with Pagefind's index, built into dist/pagefind/
 * by `npm run build` (so it works offline). Results are rendered as text and
 * links only; Pagefind's excerpt marks are the one bit of markup kept.
 */
import { siteUrl } from '../hosting/site-url';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector('input')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('.search-status')!;
let pagefind: Promise<Pagefind> | undefined;

/**
 * Pagefind escapes the page text in excerpts and adds only <mark>; keep
 * exactly that. The excerpt is parsed whole, inside a paragraph, so the
 * spaces around a highlighted word stay (parsed alone, a part's leading
 * space is dropped by the HTML parser).
 */
export function excerptNodes(excerpt: string): Node[] {
  const paragraph = new DOMParser().parseFromString(`<!doctype html><body><p>${excerpt}`, 'text/html').querySelector('p')!;
  return [...paragraph.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

async function search(query: string) {
  list.replaceChildren();
  if (!query.trim()) return void (status.textContent = '');
  status.textContent = 'Searching…';
  const bundle = siteUrl('pagefind/pagefind.js');
  pagefind ??= import(/* @vite-ignore */ bundle) as Promise<Pagefind>;
  const { results } = await (await pagefind).search(query);
  const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
  for (const result of data) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    // Pagefind's URLs already start with the base: it takes it from where pagefind.js is served.
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
  status.textContent = data.length ? `${data.length} lesson${data.length === 1 ? '' : 's'} found for “${query}”.` : `Nothing found for “${query}”.`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = input.value;
  history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
  void search(query);
});
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void search(initial);
}
