// The lessons' "Further reading": every lesson cites at least one page, every
// cited id exists, every page is https on an allowed host and is cited by some
// lesson, and the links a lesson makes to other pages of the course resolve.
// (No network: the URLs are checked for form, not fetched.)
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { walkContent } from '../../src/course/course-tree';
import { READING_HOSTS, furtherReading, lessonReadingSchema } from '../../src/course/further-reading';

// js-yaml comes with Astro and has no types of its own: it reads the lessons' frontmatter as Astro does.
const { load } = (await import('js-yaml' as string)) as { load(text: string): unknown };
const { chapters } = walkContent('.');
const lessons = chapters.flatMap((chapter) =>
  chapter.lessons.map((lesson) => {
    const source = readFileSync(lesson.path, 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
    return { path: lesson.path, key: `${chapter.slug}/${lesson.slug}`, source, data: load(frontmatter) as Record<string, unknown> };
  }),
);
/** Pages of the course besides the lessons, as site paths. */
const SITE_PAGES = ['', 'map/', 'review/', 'search/', 'teach/', 'teach/class/', 'teach/assignment/'];

/** The links in a lesson's Markdown and HTML, code fences left out. */
function linksIn(source: string): string[] {
  const prose = source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const markdown = [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  const html = [...prose.matchAll(/\bhref=["']([^"']+)["']/g)].map((m) => m[1]);
  return [...markdown, ...html];
}

/** The links of a lesson to pages of the course that do not exist (external and same-page links are not checked here). */
function brokenLinks(lessonKey: string, source: string): string[] {
  const known = new Set([...SITE_PAGES, ...lessons.map((l) => `${l.key}/`)].map((p) => `/${p}`));
  return linksIn(source).filter((link) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('#')) return false;
    const { pathname } = new URL(link, `https://course.invalid/${lessonKey}/`);
    return !known.has(pathname.endsWith('/') ? pathname : `${pathname}/`);
  });
}

describe('further reading', () => {
  it('has lessons to check', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(30);
  });

  it('every lesson cites at least one reading, each id listed in src/course/further-reading.ts, none twice', () => {
    for (const lesson of lessons) {
      const parsed = lessonReadingSchema.safeParse(lesson.data.reading);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message), lesson.path).toEqual([]);
    }
  });

  it('every link is https on an allowed host, with a title and a note', () => {
    for (const [id, entry] of Object.entries(furtherReading)) {
      const url = new URL(entry.url);
      expect(url.protocol, id).toBe('https:');
      expect(READING_HOSTS, `${id}: ${url.host}`).toContain(url.host);
      expect(entry.title.length, id).toBeGreaterThan(3);
      expect(entry.note.length, id).toBeGreaterThan(10);
    }
  });

  it('lists every URL once, and every entry is cited by some lesson', () => {
    const urls = Object.values(furtherReading).map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    const cited = new Set(lessons.flatMap((l) => (Array.isArray(l.data.reading) ? l.data.reading : [])));
    expect(Object.keys(furtherReading).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('cites the PEPs and the references the course rests on', () => {
    const cited = new Set(lessons.flatMap((l) => l.data.reading as string[]));
    for (const id of [
      'pep-255',
      'pep-342',
      'pep-380',
      'pep-479',
      'pep-525',
      'py-yield-expressions',
      'es-generator-objects',
      'mdn-iterators-guide',
      'mdn-yield-star',
    ]) {
      expect(cited.has(id), id).toBe(true);
    }
  });

  it('internal links in lessons point to a lesson or page of the course', () => {
    expect(lessons.flatMap((lesson) => brokenLinks(lesson.key, lesson.source).map((link) => `${lesson.path}: ${link}`))).toEqual([]);
  });

  it('the link checker reads Markdown and HTML links outside code, and tells a good one from a broken one', () => {
    const source =
      'See [endless](../../laziness/infinite-sequences/), <a href="../one-shot/">this</a>, [x](../nope/) and [out](https://example.org/).\n```ts\nconst a = [1](2);\n```\n';
    expect(linksIn(source)).toEqual(['../../laziness/infinite-sequences/', '../nope/', 'https://example.org/', '../one-shot/']);
    expect(brokenLinks('pitfalls/consume-prime-close', source)).toEqual(['../nope/']);
  });
});
