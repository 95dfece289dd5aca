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

/** Pagefind escapes the page text in excerpts and adds only <mark>; keep exactly that. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = new DOMParser().parseFromString(marked ? marked[1] : part, 'text/html').documentElement.textContent ?? '';
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
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
