import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, DIST, typeCode, serveSite } from '../support/site';
import { axeViolations } from '../support/axe';

const ID = 'count-up-to-class';
const OTHER = 'next-or';
const LESSON = '/iterables/iterator-protocol/';
const solution = readFileSync('solutions/01-iterables/01-count-up-to-class/count-up-to.ts', 'utf8');
/** Compiles, but yields nothing: fails the tests. */
const wrongCode =
  'export class CountUpTo {\n  constructor(private readonly max: number) {}\n  [Symbol.iterator](): Iterator<number> {\n    return { next: () => ({ value: undefined, done: true }) };\n  }\n}\n';
const HOSTILE = '<img src=x onerror=alert(1)>';
const SCREENSHOTS = 'test-results/screenshots';

let browser: Browser;
let server: StaticServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  assertBuilt();
  server = await serveSite();
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in a browser of its own (teacher and students never share storage); it fails the test on any script error or alert. */
async function newPage(path: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`a ${dialog.type()} opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(server.url + path);
  return page;
}
const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

interface HandInFile {
  name: string;
  text: string;
}

/** Makes an assignment on /teach/ and returns its two links. */
async function makeAssignment(page: Page, title: string, exercises: string[], due?: string) {
  await page.locator('#assignment-title').fill(title);
  if (due) await page.locator('#assignment-due').fill(due);
  for (const id of exercises) await page.locator(`input[name="exercise"][value="${id}"]`).check();
  await page.getByRole('button', { name: 'Make the links' }).click();
  await page.locator('.builder-result').waitFor();
  return { student: await page.locator('#student-link').inputValue(), teacher: await page.locator('#class-link').inputValue() };
}

/** Drops files on the class view the way a file manager does: one drop event carrying them all. */
async function dropFiles(page: Page, files: HandInFile[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'application/json' }));
    return transfer;
  }, files);
  await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer });
}

async function waitForGrading(page: Page, rows: number) {
  await expect.poll(() => page.locator('.class-table tbody tr').count(), { timeout: 20_000 }).toBe(rows);
  await page.locator('[data-table-wrap][data-done="true"]').waitFor({ timeout: 90_000 });
}

/** The class table as text, row by row: header, body, solve rates. */
function tableText(page: Page): Promise<string[][]> {
  return page
    .locator('.class-table')
    .evaluate((table) => [...(table as HTMLTableElement).rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? '')));
}

/** RFC 4180, enough for the export: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('teaching in the browser, end to end', () => {
  let links: { student: string; teacher: string };
  let solvedHandIn: HandInFile;

  it('builds an assignment from a whole chapter or single exercises, as two links', async () => {
    const page = await newPage('/teach/');
    await expect(page.locator('.site-nav a[href="/teach/"]').innerText()).resolves.toBe('For teachers');
    const chapterBox = page.locator('input[data-chapter="iterables"]');
    const inChapter = page.locator('input[data-in-chapter="iterables"]');
    await chapterBox.check();
    expect(await inChapter.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([true, true, true, true]);
    await chapterBox.uncheck();
    await page.getByRole('button', { name: 'Make the links' }).click();
    await expect(page.locator('.builder-status').innerText()).resolves.toContain('Give the assignment a title.');
    await expect(page.locator('.builder-status').innerText()).resolves.toContain('Choose at least one chapter or exercise.');

    links = await makeAssignment(page, 'Week 1: iterators', [ID, OTHER], '2099-12-31');
    expect(await chapterBox.evaluate((b) => (b as HTMLInputElement).indeterminate)).toBe(true);
    expect(links.student).toMatch(new RegExp(`^${server.url}/teach/assignment/#a=[A-Za-z0-9_-]+$`));
    expect(links.teacher).toBe(links.student.replace('/teach/assignment/', '/teach/class/'));
    expect(problemsOf(page)).toEqual([]);
  });

  it('opens as the student’s assignment page with live progress; the student solves one exercise and downloads the hand-in', async () => {
    const page = await newPage(links.student.slice(server.url.length));
    await expect(page.locator('h1').innerText()).resolves.toBe('Week 1: iterators');
    await expect(page.locator('[data-due]').innerText()).resolves.toContain('31 December 2099');
    const items = page.locator('.assignment-exercises li');
    await expect(items.count()).resolves.toBe(2);
    await expect(items.locator('.state-badge').allInnerTexts()).resolves.toEqual(['Not started', 'Not started']);
    await expect(items.first().locator('a').getAttribute('href')).resolves.toBe(`${LESSON}#x-${ID}`);

    // Solve it in another tab, from the assignment's link: the assignment page follows live.
    const lesson = await page.context().newPage();
    await lesson.goto(server.url + (await items.first().locator('a').getAttribute('href')));
    await expect(lesson.locator(`#x-${ID}`).isVisible()).resolves.toBe(true);
    await typeCode(lesson, ID, solution);
    expect((await checkAndWait(lesson, ID)).verdict).toBe('solved');
    await expect.poll(() => items.first().locator('.state-badge').innerText(), { timeout: 10_000 }).toBe('Solved');
    await expect(page.locator('[data-solved]').innerText()).resolves.toBe('1');

    await page.getByRole('button', { name: 'Download hand-in' }).click();
    await expect(page.locator('.hand-in-status').innerText()).resolves.toContain('Type your name first');
    await page.locator('#student-name').fill('Ada Lovelace');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download hand-in' }).click()]);
    expect(download.suggestedFilename()).toBe('hand-in-ada-lovelace-week-1-iterators.json');
    const file = join(tmpdir(), `hand-in-${Date.now()}.json`);
    await download.saveAs(file);
    const handIn = JSON.parse(readFileSync(file, 'utf8'));
    expect(handIn).toMatchObject({
      format: 'generators-course/hand-in',
      version: 2,
      student: { name: 'Ada Lovelace' },
      assignment: { title: 'Week 1: iterators', due: '2099-12-31', exercises: [ID, OTHER] },
      exercises: { [ID]: { state: 'solved', code: solution, checks: 1, language: 'typescript' } },
    });
    expect(Object.keys(handIn.exercises)).toEqual([ID]);
    expect(Date.now() - Date.parse(handIn.exportedAt)).toBeLessThan(60_000);
    await expect(page.locator('.hand-in-status').innerText()).resolves.toContain('Send this file to your teacher');
    solvedHandIn = { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('re-grades dropped hand-ins: solved, a forged “solved” as failing, a malformed file rejected by name; CSV matches the table', async () => {
    const forged = JSON.parse(solvedHandIn.text);
    forged.student.name = 'Mallory';
    forged.exercises[ID] = { ...forged.exercises[ID], code: wrongCode, state: 'solved', checks: 7 };
    const files: HandInFile[] = [
      solvedHandIn,
      { name: 'mallory.json', text: JSON.stringify(forged) },
      { name: 'broken.json', text: '{"format": "generators-course/hand-in", "version": 1, "student": ' },
    ];
    const page = await newPage(links.teacher.slice(server.url.length));
    const reference = await page.locator('[data-reference]').innerText();
    expect(reference).toContain('Assignment: “Week 1: iterators”, 2 exercises, due');
    expect(reference).toContain('31 December 2099 (from your link).');
    await dropFiles(page, files);
    await waitForGrading(page, 3);

    const table = await tableText(page);
    const handedIn = (iso: string) =>
      page.evaluate((t) => {
        const d = new Date(t);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
      }, iso);
    const when = await handedIn(forged.exportedAt);
    expect(table).toEqual([
      ['Student', 'File', 'Handed in', 'Status', 'An iterable class, by hand', 'next() with a default'],
      ['Ada Lovelace', solvedHandIn.name, when, 'On time', 'Solved', 'Missing'],
      ['Mallory', 'mallory.json', when, 'On time', 'Failing (claimed solved)', 'Missing'],
      ['(unreadable)', 'broken.json', '', expect.stringMatching(/^Rejected: The file is not valid JSON \(.+\)\.$/), '', ''],
      ['Solve rate', '', '', '2 hand-ins', '1 of 2 (50%)', '0 of 2 (0%)'],
    ]);
    await expect(page.locator('[data-rejections]').innerText()).resolves.toMatch(/^“broken\.json” was rejected: The file is not valid JSON/);
    await expect(page.locator('[data-progress-text]').innerText()).resolves.toBe('Re-graded all 2 handed-in exercises.');

    // The teacher reads Mallory's code and the test output of the re-grade.
    await page.locator('.class-table tbody tr').nth(1).getByRole('button', { name: 'Failing (claimed solved)' }).click();
    const dialog = page.locator('dialog.submission-dialog');
    await dialog.waitFor();
    await expect(dialog.locator('h2').innerText()).resolves.toBe('Mallory — An iterable class, by hand');
    await expect(dialog.locator('[data-dialog-claim]').innerText()).resolves.toContain('The file says: solved, after 7 checks');
    await expect(dialog.locator('.results .headline').innerText()).resolves.toMatch(/^Not yet: \d of 6 tests fail\.$/);
    await expect(dialog.locator('.results .test.fail').count()).resolves.toBeGreaterThan(0);
    await expect(dialog.locator('[data-dialog-code]').textContent()).resolves.toBe(wrongCode);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csvFile = join(tmpdir(), `class-${Date.now()}.csv`);
    await download.saveAs(csvFile);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith('\uFEFF"Student","File"')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual(await tableText(page));
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);
});

describe('no hand-in reaches beyond its own grading', () => {
  it("one student's hand-in cannot poison the tests another student's hand-in is graded with", async () => {
    // The teacher's browser has the course offline: the cache the attack goes for.
    const teacher = await newPage('/teach/');
    await teacher.evaluate(() => navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready));
    const links = await makeAssignment(teacher, 'Poison', [ID, OTHER]);
    const alwaysPasses = JSON.stringify({
      source: "import { it } from 'vitest'; it('passes', () => {});",
      compiled: { js: "require('vitest').it('passes', () => {});", diagnostics: [] },
    });
    const attack = [
      wrongCode,
      `const poison = ${JSON.stringify(`caches.keys().then((keys) => Promise.all(keys.map((key) => caches.open(key).then((cache) => cache.put('/grader/tests/${OTHER}.json', new Response(${JSON.stringify(alwaysPasses)}))))))`)};`,
      'try { setTimeout(poison as unknown as () => void, 0); } catch {}',
      "try { (Function('return this')() as { setTimeout(code: string): void }).setTimeout(poison); } catch {}",
    ].join('\n');
    const handIn = (name: string, exercises: Record<string, string>) => ({
      name: `${name.toLowerCase()}.json`,
      text: JSON.stringify({
        format: 'generators-course/hand-in',
        version: 1,
        exportedAt: new Date().toISOString(),
        student: { name },
        assignment: { title: 'Poison', exercises: [ID, OTHER] },
        exercises: Object.fromEntries(Object.entries(exercises).map(([id, code]) => [id, { code, state: 'solved', checks: 1, hintsShown: 0 }])),
      }),
    });
    const otherStub = readFileSync('exercises/01-iterables/02-next-or/next-or.ts', 'utf8');
    const classView = await newPage(links.teacher.slice(server.url.length));
    await classView.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await dropFiles(classView, [handIn('Mallory', { [ID]: attack }), handIn('Eve', { [OTHER]: otherStub })]);
    await waitForGrading(classView, 2);
    const table = await tableText(classView);
    expect(table[1].slice(0, 1).concat(table[1].slice(4))).toEqual(['Mallory', 'Failing (claimed solved)', 'Missing']);
    expect(table[2].slice(0, 1).concat(table[2].slice(4))).toEqual(['Eve', 'Missing', 'Failing (claimed solved)']);
    // Nothing in the offline copy was changed: the other exercise's tests are the build's.
    const cached = await classView.evaluate(async (url) => {
      for (const key of await caches.keys()) {
        const response = await (await caches.open(key)).match(url);
        if (response) return response.text();
      }
      return null;
    }, `/grader/tests/${OTHER}.json`);
    expect(cached).toBe(readFileSync(join(DIST, 'grader/tests', `${OTHER}.json`), 'utf8'));
    expect(problemsOf(classView)).toEqual([]);
  }, 180_000);
});

describe('untrusted links and files', () => {
  it('shows a hostile title, name, file name and code as text, never as HTML', async () => {
    const teacher = await newPage('/teach/');
    const hostileLinks = await makeAssignment(teacher, HOSTILE, [ID]);
    await expect(teacher.locator('.builder-status').innerText()).resolves.toContain(`Links made for “${HOSTILE}”`);

    const student = await newPage(hostileLinks.student.slice(server.url.length));
    await expect(student.locator('h1').innerText()).resolves.toBe(HOSTILE);
    await expect(student.title()).resolves.toBe(`${HOSTILE} · Generators`);
    await expect(student.locator('main img').count()).resolves.toBe(0);

    const handIn = {
      format: 'generators-course/hand-in',
      version: 1,
      exportedAt: new Date().toISOString(),
      student: { name: `${HOSTILE}<script>alert(2)</script>` },
      assignment: { title: HOSTILE, exercises: [ID] },
      exercises: { [ID]: { code: `// ${HOSTILE}\n${solution}`, state: 'solved', checks: 1, hintsShown: 0 } },
    };
    const classView = await newPage(hostileLinks.teacher.slice(server.url.length));
    await classView
      .locator('[data-files]')
      .setInputFiles([{ name: `${HOSTILE}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(handIn)) }]);
    await waitForGrading(classView, 1);
    const [, row] = await tableText(classView);
    expect(row.slice(0, 2)).toEqual([handIn.student.name, `${HOSTILE}.json`]);
    expect(row[4]).toBe('Solved');
    await expect(classView.locator('[data-caption]').innerText()).resolves.toBe(`Hand-ins for “${HOSTILE}”`);
    await classView.getByRole('button', { name: 'Solved' }).click();
    await expect(classView.locator('[data-dialog-code]').innerText()).resolves.toContain(`// ${HOSTILE}`);
    await expect(classView.locator('main img, main script:not([type])').count()).resolves.toBe(0);

    for (const page of [teacher, student, classView]) expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('refuses a broken, foreign or empty assignment link with a clear message', async () => {
    const cases: [string, string][] = [
      ['/teach/assignment/', 'This link holds no assignment'],
      ['/teach/assignment/#a=not*base64', 'characters that do not belong'],
      [`/teach/assignment/#a=${Buffer.from('{"title": "x",').toString('base64url')}`, 'it is not valid JSON'],
      [`/teach/assignment/#a=${Buffer.from(JSON.stringify({ title: 'x', exercises: ['warp-drive', ID] })).toString('base64url')}`, 'does not have: warp-drive'],
    ];
    // One page: after the first, each link is only a new fragment, which the page reads on "hashchange".
    const page = await newPage('/teach/');
    for (const [path, message] of cases) {
      await page.goto(server.url + path);
      await expect.poll(() => page.locator('[data-problem]').innerText()).toContain(message);
      await expect(page.locator('h1').innerText()).resolves.toBe('This assignment link does not work');
      await expect(page.locator('[data-assignment]').isHidden()).resolves.toBe(true);
    }
    await page.goto(`${server.url}/teach/assignment/#a=${Buffer.from(JSON.stringify({ title: 'Fixed', exercises: [ID] })).toString('base64url')}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Fixed');
    await expect(page.locator('[data-problem]').isHidden()).resolves.toBe(true);
    expect(problemsOf(page)).toEqual([]);
  });

  it('judges lateness by the teacher’s due date, not the one in the file', async () => {
    const teacher = await newPage('/teach/');
    const { teacher: classLink } = await makeAssignment(teacher, 'Past', [ID], '2020-01-01');
    const base = { format: 'generators-course/hand-in', version: 1, exercises: { [ID]: { code: solution, state: 'solved', checks: 1, hintsShown: 0 } } };
    const files: HandInFile[] = [
      {
        name: 'early.json',
        text: JSON.stringify({
          ...base,
          exportedAt: '2019-12-30T12:00:00.000Z',
          student: { name: 'Early' },
          assignment: { title: 'Past', due: '2020-01-01', exercises: [ID] },
        }),
      },
      {
        name: 'late.json',
        text: JSON.stringify({
          ...base,
          exportedAt: '2020-01-03T12:00:00.000Z',
          student: { name: 'Late' },
          assignment: { title: 'Past', due: '2020-01-01', exercises: [ID] },
        }),
      },
      {
        name: 'edited.json',
        text: JSON.stringify({
          ...base,
          exportedAt: '2020-01-03T12:00:00.000Z',
          student: { name: 'Edited' },
          assignment: { title: 'Past', due: '2020-02-01', exercises: [ID] },
        }),
      },
    ];
    const page = await newPage(classLink.slice(server.url.length));
    await dropFiles(page, files);
    await waitForGrading(page, 3);
    const rows = (await tableText(page)).slice(1, 4).map((r) => [r[0], r[3], r[4]]);
    expect(rows).toEqual([
      ['Early', 'On time', 'Solved'],
      ['Late', 'Late', 'Solved (late)'],
      ['Edited', 'Late; made for a different assignment (“Past”)', 'Solved (late)'],
    ]);
  }, 120_000);

  /** The three teacher pages, the class view with a solved, a failing and a rejected hand-in. */
  async function teacherPages() {
    const teacher = await newPage('/teach/');
    const { student, teacher: classLink } = await makeAssignment(teacher, 'Review', [ID, OTHER], '2099-01-01');
    const assignment = await newPage(student.slice(server.url.length));
    const classView = await newPage(classLink.slice(server.url.length));
    const handIn = (name: string, code: string) =>
      JSON.stringify({
        format: 'generators-course/hand-in',
        version: 1,
        exportedAt: new Date().toISOString(),
        student: { name },
        assignment: { title: 'Review', due: '2099-01-01', exercises: [ID, OTHER] },
        exercises: { [ID]: { code, state: 'solved', checks: 1, hintsShown: 0 } },
      });
    await dropFiles(classView, [
      { name: 'ada.json', text: handIn('Ada', solution) },
      { name: 'bob.json', text: handIn('Bob', wrongCode) },
      { name: 'bad.json', text: 'nope' },
    ]);
    await waitForGrading(classView, 3);
    return { teach: teacher, assignment, class: classView };
  }

  it('the teacher pages have no axe violations, in the light and the dark theme', async () => {
    const pages = await teacherPages();
    for (const page of Object.values(pages)) {
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
    }
    await pages.class.locator('tbody tr', { hasText: 'bob.json' }).getByRole('button').click();
    await pages.class.locator('dialog.submission-dialog').waitFor();
    expect(await axeViolations(pages.class)).toEqual([]);
  }, 120_000);

  it('renders the teacher pages for review: light, dark and phone width, without sideways scrolling', async () => {
    const pages = await teacherPages();
    for (const [name, page] of Object.entries(pages)) {
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-light.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-dark.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-phone.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    await pages.class.locator('tbody tr', { hasText: 'bob.json' }).getByRole('button').click();
    await pages.class.locator('dialog.submission-dialog').waitFor();
    await pages.class.screenshot({ path: `${SCREENSHOTS}/class-submission-phone.png` });
  }, 120_000);
});

/** A version 2 hand-in of `code` for the exercise `ID` (and `more` for others), made `at` (default now). */
function handInOf(
  name: string,
  code: string,
  assignment: { title: string; exercises: string[] },
  at = new Date(),
  more: Record<string, string> = {},
): HandInFile {
  const record = (c: string) => ({ code: c, state: 'solved', checks: 1, hintsShown: 0, language: 'typescript' });
  return {
    name: `${name.toLowerCase()}.json`,
    text: JSON.stringify({
      format: 'generators-course/hand-in',
      version: 2,
      exportedAt: at.toISOString(),
      student: { name },
      assignment,
      exercises: { [ID]: record(code), ...Object.fromEntries(Object.entries(more).map(([id, c]) => [id, record(c)])) },
    }),
  };
}

const classLink = (assignment: { title: string; exercises: string[] }) => `/teach/class/#a=${Buffer.from(JSON.stringify(assignment)).toString('base64url')}`;

/** The code it hands in allocates without end; the tests below make its grading process die each time it runs. */
const HOG = "const hog: number[][] = [];\nconst marker = 'HOG';\nfor (;;) hog.push(new Array(1e6).fill(1.5));\nexport class CountUpTo {}\n";

/**
 * In the page: counts each run the class view hands its grading frame whose code holds the hog.
 * In the grading frame: when the hog's code reaches it, the frame falls silent for good, as its
 * process does when that code uses up the memory (a real crash of a frame's process cannot be
 * used here: Playwright counts it as the page's own crash and ends the test).
 */
const WATCH_HOG_RUNS = () => {
  if (location.pathname.endsWith('/grader/runner-frame.html')) {
    const send = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      if (JSON.stringify(message ?? null).includes("'HOG'")) {
        for (;;) {
          /* silent from now on */
        }
      }
      return (send as (...args: unknown[]) => void).call(this, message, ...rest);
    } as typeof send;
    return;
  }
  const w = window as unknown as { __hogRuns: number };
  w.__hogRuns = 0;
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, message: unknown, ...rest: unknown[]) {
    const m = message as { kind?: string; job?: { code?: string } } | null;
    if (m?.kind === 'run' && m.job?.code?.includes('HOG')) w.__hogRuns += 1;
    return (post as (...args: unknown[]) => void).call(this, message, ...rest);
  } as typeof post;
};

/**
 * Kills the tab's renderer process, as a crash does. The crash is awaited as the page's `crash`
 * event (the protocol call itself may never answer): a page opened before the process is gone
 * could be given the same, dying process.
 */
async function crashTab(page: Page) {
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  void (await page.context().newCDPSession(page)).send('Page.crash').catch(() => {});
  await crashed;
}

/** What the class view marks as being checked right now (its in-flight record). */
const inFlight = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.includes(':class-view:grading:'))
      .map((key) => localStorage.getItem(key))
      .join(''),
  );

describe('a hand-in that takes its grading down', () => {
  const assignment = { title: 'Crash', exercises: [ID] };
  const files = () => [
    handInOf('Ada', solution, assignment),
    handInOf('Hog', HOG, assignment),
    handInOf('Bob', `${solution}\n// Bob's own\n`, assignment),
    handInOf('Cy', wrongCode, assignment),
  ];

  it('loses only its own grading: the page lives on, every other hand-in is graded truthfully, and it fails', async () => {
    const page = await newPage('/teach/');
    await page.context().addInitScript(WATCH_HOG_RUNS);
    await page.goto(server.url + classLink(assignment));
    await dropFiles(page, files());
    await expect.poll(() => page.locator('.class-table tbody tr').count()).toBe(4);
    // Each time the hog's code reaches the grading frame, the frame goes silent (once beside other code, once alone).
    await page.locator('[data-table-wrap][data-done="true"]').waitFor({ timeout: 120_000 });
    const crashed = await page.evaluate(() => (window as unknown as { __hogRuns: number }).__hogRuns);
    const rows = (await tableText(page)).slice(1, 5).map((row) => [row[0], row[4]]);
    expect(crashed).toBe(2);
    expect(rows).toEqual([
      ['Ada', 'Solved'],
      ['Hog', 'Failing (crashed the grader; claimed solved)'],
      ['Bob', 'Solved'],
      ['Cy', 'Failing (claimed solved)'],
    ]);
    await expect(page.locator('[data-notice]').innerText()).resolves.toContain('The grading process stopped 2 times');
    await page.getByRole('button', { name: 'Failing (crashed the grader; claimed solved)' }).click();
    await expect.poll(() => page.locator('[data-dialog-verdict]').innerText()).toContain('the grading process stopped while this code ran');
    expect(problemsOf(page)).toEqual([]);
  }, 240_000);

  it('is named after the page itself goes down, checked again alone, and not again once it took the page down alone; the rest is kept', async () => {
    const first = await newPage(classLink(assignment));
    const context = first.context();
    await dropFiles(first, files());
    await expect.poll(() => inFlight(first), { timeout: 90_000, interval: 50 }).toContain('Hog');
    // The whole tab dies while the hog's code is in flight (beside other code, perhaps).
    await crashTab(first);

    const second = await context.newPage();
    await second.goto(server.url + classLink(assignment));
    await expect.poll(() => second.locator('[data-notice]').innerText()).toContain('Picked up where you left off: 4 hand-in files');
    await expect(second.locator('[data-notice]').innerText()).resolves.toMatch(
      /The page stopped while grading [^:]*Hog[^:]*: that code is checked again first, one at a time/,
    );
    // Checked alone now; the tab dies again with it.
    await expect.poll(() => inFlight(second), { timeout: 90_000, interval: 50 }).toMatch(/"alone":true,"label":"Hog/);
    await crashTab(second);

    const third = await context.newPage();
    await third.goto(server.url + classLink(assignment));
    await third.locator('[data-table-wrap][data-done="true"]').waitFor({ timeout: 120_000 });
    const notice = await third.locator('[data-notice]').innerText();
    expect(notice).toContain(
      'The page stopped while grading Hog, “An iterable class, by hand” (hog.json), checked alone: that code is not checked again by itself.',
    );
    expect((await tableText(third)).slice(1, 5).map((row) => [row[0], row[4]])).toEqual([
      ['Ada', 'Solved'],
      ['Hog', 'Not checked (stopped the grader; claimed solved)'],
      ['Bob', 'Solved'],
      ['Cy', 'Failing (claimed solved)'],
    ]);
    // The teacher reads why, and checks it again: in the grading frame, it cannot take the page down.
    await third.getByRole('button', { name: 'Not checked (stopped the grader; claimed solved)' }).click();
    await expect.poll(() => third.locator('[data-dialog-verdict]').innerText()).toContain('The page stopped while this code was being checked');
    await third.getByRole('button', { name: 'Check this code again' }).click();
    await expect.poll(async () => (await tableText(third))[2][4], { timeout: 60_000 }).toMatch(/^Failing \((timed out|crashed the grader); claimed solved\)$/);
    expect(problemsOf(first)).toEqual([]);
  }, 360_000);
});

describe('a class, not a handful', () => {
  it('fails code whose thrown value cannot be printed, and code too long to check, and keeps them failing when checked again', async () => {
    const assignment = { title: 'Odd', exercises: [ID] };
    const page = await newPage(classLink(assignment));
    await dropFiles(page, [
      handInOf('Thrower', 'throw { toString() { throw new Error("no"); } };\nexport class CountUpTo {}\n', assignment),
      handInOf('Long', `// ${'x'.repeat(300_000)}\n${wrongCode}`, assignment),
    ]);
    await waitForGrading(page, 2);
    expect((await tableText(page)).slice(1, 3).map((row) => [row[0], row[4]])).toEqual([
      ['Thrower', 'Failing (claimed solved)'],
      ['Long', 'Failing (code too long; claimed solved)'],
    ]);
    await page.getByRole('button', { name: 'Failing (code too long; claimed solved)' }).click();
    await expect.poll(() => page.locator('[data-dialog-verdict]').innerText()).toContain('the checker accepts up to 200 KB');
    await page.getByRole('button', { name: 'Check this code again' }).click();
    await page.locator('[data-table-wrap][data-done="true"]').waitFor({ timeout: 60_000 });
    expect((await tableText(page))[2][4]).toBe('Failing (code too long; claimed solved)');
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('counts a student once: a later hand-in replaces an earlier one, shown as such; the same code is graded once', async () => {
    const assignment = { title: 'Twice', exercises: [ID] };
    const page = await newPage(classLink(assignment));
    const early = handInOf('Ada', wrongCode, assignment, new Date(Date.now() - 3_600_000));
    const late = handInOf('Ada', solution, assignment);
    await dropFiles(page, [late, { ...early, name: 'ada-first.json' }, { ...late, name: 'ada-again.json' }, handInOf('Bob', solution, assignment)]);
    await waitForGrading(page, 4);
    const table = await tableText(page);
    expect(table.slice(1).map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
      ['Ada', 'ada.json', 'Replaced by a later hand-in (“ada-again.json”)', ''],
      ['Ada', 'ada-first.json', 'Replaced by a later hand-in (“ada-again.json”)', ''],
      ['Ada', 'ada-again.json', 'No due date', 'Solved'],
      ['Bob', 'bob.json', 'No due date', 'Solved'],
      ['Solve rate', '', '2 hand-ins', '2 of 2 (100%)'],
    ]);
    // Four files, three with the same code: it was graded once (the earlier wrong code was never needed).
    await expect(page.locator('[data-progress-text]').innerText()).resolves.toBe(
      'Re-graded all 2 handed-in exercises (1 distinct piece of code: identical code is graded once).',
    );
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('grades a project by all its files and milestones: whole, half done, and with only its other files edited', async () => {
    const PROJECT = 'log-analyser';
    const folder = '06-pipelines-in-practice/06-log-analyser';
    const file = (tree: string, name: string) => readFileSync(`${tree}/${folder}/${name}`, 'utf8');
    const assignment = { title: 'Project week', exercises: [PROJECT] };
    const handIn = (name: string, record: Record<string, unknown>): HandInFile => ({
      name: `${name.toLowerCase()}.json`,
      text: JSON.stringify({
        format: 'generators-course/hand-in',
        version: 2,
        exportedAt: new Date().toISOString(),
        student: { name },
        assignment,
        exercises: { [PROJECT]: { state: 'solved', checks: 3, hintsShown: 0, language: 'typescript', ...record } },
      }),
    });
    const solvedFiles = { 'parse.ts': file('solutions', 'parse.ts'), 'batch.ts': file('solutions', 'batch.ts') };
    const page = await newPage(classLink(assignment));
    await dropFiles(page, [
      // Every file solved.
      handIn('Ada', { code: file('solutions', 'analyser.ts'), files: solvedFiles }),
      // parse.ts and batch.ts solved, analyser.ts still the stub: two milestones of four.
      handIn('Bob', { code: file('exercises', 'analyser.ts'), files: solvedFiles }),
      // Only parse.ts edited (no entry code in the file): graded with the other files' stubs, not missing.
      handIn('Cy', { files: { 'parse.ts': file('solutions', 'parse.ts'), 'evil.ts': 'export {}' } }),
    ]);
    await waitForGrading(page, 3);
    const table = await tableText(page);
    expect(table.slice(1).map((row) => [row[0], row[4]])).toEqual([
      ['Ada', 'Solved'],
      ['Bob', 'Failing (2 of 4 milestones; claimed solved)'],
      ['Cy', 'Failing (1 of 4 milestones; claimed solved)'],
      ['Solve rate', '1 of 3 (33%)'],
    ]);
    // The teacher reads every file Bob handed in, and which milestones passed.
    await page
      .locator('.class-table tbody tr')
      .nth(1)
      .getByRole('button', { name: /^Failing/ })
      .click();
    const dialog = page.locator('dialog.submission-dialog');
    await dialog.waitFor();
    const code = (await dialog.locator('[data-dialog-code]').textContent()) ?? '';
    expect(code).toContain('// ——— analyser.ts ———');
    expect(code).toContain(`// ——— parse.ts ———\n${solvedFiles['parse.ts']}`);
    expect(code).toContain('// ——— batch.ts ———');
    expect(await dialog.locator('.milestone.passed').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.milestone))).toEqual([
      'parse',
      'batch',
    ]);
    expect(await dialog.locator('.milestone.failed').count()).toBe(2);
    expect(problemsOf(page)).toEqual([]);
  }, 120_000);

  it('keeps the student column in place while the exercise columns scroll, inside the content column, at any width', async () => {
    const ids = await (await newPage('/teach/'))
      .locator('input[name="exercise"]')
      .evaluateAll((boxes) => boxes.slice(0, 10).map((b) => (b as HTMLInputElement).value));
    const assignment = { title: 'Ten exercises', exercises: ids };
    const page = await newPage(classLink(assignment));
    await dropFiles(page, [handInOf('Ada Lovelace-Byron the Second', solution, assignment), handInOf('Bob', wrongCode, assignment)]);
    await waitForGrading(page, 2);
    for (const width of [1280, 900, 390]) {
      await page.setViewportSize({ width, height: 800 });
      const box = await page.evaluate(() => {
        const wrap = document.querySelector<HTMLElement>('[data-table-wrap]')!;
        const main = document.querySelector('main')!;
        const mainBox = main.getBoundingClientRect();
        const padding = Number.parseFloat(getComputedStyle(main).paddingRight);
        // Scrolled to, the whole box fits the window: its sideways scrollbar is on screen.
        wrap.scrollIntoView({ block: 'nearest', behavior: 'instant' });
        const before = wrap.getBoundingClientRect();
        wrap.scrollLeft = wrap.scrollWidth;
        const headers = [...wrap.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
        const student = wrap.querySelector('tbody th')!.getBoundingClientRect();
        return {
          inColumn: before.right <= mainBox.right - padding + 1 && before.left >= mainBox.left,
          pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          scrolls: wrap.scrollWidth > wrap.clientWidth,
          studentStays: Math.abs(student.left - before.left) <= 2,
          lastVisible: headers.at(-1)!.right <= before.right + 1,
          barOnScreen: before.bottom <= innerHeight + 1,
        };
      });
      expect({ width, ...box }, JSON.stringify(box)).toEqual({
        width,
        inColumn: true,
        pageScrolls: false,
        scrolls: true,
        studentStays: true,
        lastVisible: true,
        barOnScreen: true,
      });
    }
  }, 120_000);

  it('answers every click while a class is graded: a cell opens each time it is pressed', async () => {
    const { generateClass } = await import('../support/class-hand-ins');
    const generated = generateClass(30);
    const page = await newPage(classLink(generated.assignment));
    await dropFiles(page, generated.files);
    const button = page.locator('.class-table tbody tr').first().locator('button.cell-button').first();
    await button.waitFor({ timeout: 90_000 });
    const dialog = page.locator('dialog.submission-dialog');
    let opened = 0;
    for (let i = 0; i < 10; i++) {
      await button.click();
      await dialog.waitFor({ state: 'visible', timeout: 5_000 });
      opened += 1;
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    expect(opened).toBe(10);
    await expect(page.locator('[data-table-wrap]').getAttribute('data-done')).resolves.toBe('false');
    expect(problemsOf(page)).toEqual([]);
  }, 180_000);
});
