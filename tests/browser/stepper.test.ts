import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { StaticServer } from '../../src/cli/static-server';
import { assertBuilt, serveSite } from '../support/site';
import { axeViolations } from '../support/axe';
import { runPlain, type Call } from '../support/stepper-drive';

/**
 * The generator stepper on real lesson pages. Each scripted sequence presses
 * the buttons and checks every state, marked line, local, result and timeline
 * entry the stepper shows. The results are compared with what the same calls
 * on the real, uninstrumented generator return (runPlain compiles the sample
 * and runs it in Node), and the lines with the sample's own text.
 */

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  assertBuilt();
  server = await serveSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Shown {
  state: string;
  badge: string;
  where: string;
  result: string;
  marks: { kind: string; line: number; text: string }[];
  frames: { head: string; locals: Record<string, string> }[];
  framesText: string;
  steps: number;
  lastStep: string;
  notices: string;
}

async function openStepper(path: string, fn: string, viewport = { width: 1280, height: 900 }) {
  await context?.close();
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url + path);
  const stepper = page.locator(`section.stepper[data-fn="${fn}"]`);
  await stepper.scrollIntoViewIfNeeded();
  await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
  const data = JSON.parse((await stepper.locator('script.stepper-data').textContent())!) as { code: string };
  return { page, stepper, code: data.code, errors };
}

function shown(stepper: Locator): Promise<Shown> {
  return stepper.evaluate((root: HTMLElement) => {
    const content = root.querySelector('.cm-content')!;
    const lines = [...content.children];
    return {
      state: root.dataset.state ?? '',
      badge: root.querySelector('.stepper-badge')!.textContent ?? '',
      where: root.querySelector('.stepper-where')!.textContent ?? '',
      result: root.querySelector('.stepper-result')!.textContent ?? '',
      marks: [...root.querySelectorAll('.cm-stepper-line')].map((line) => ({
        kind: [...line.classList].find((c) => c.startsWith('cm-stepper-') && c !== 'cm-stepper-line')!.slice('cm-stepper-'.length),
        line: lines.indexOf(line) + 1,
        text: (line.textContent ?? '').trim(),
      })),
      frames: [...root.querySelectorAll('.stepper-frame')].map((frame) => ({
        head: frame.querySelector('.stepper-frame-head')!.textContent ?? '',
        locals: Object.fromEntries(
          [...frame.querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')!.textContent, row.querySelector('td')!.textContent]),
        ),
      })),
      framesText: (root.querySelector('.stepper-frames') as HTMLElement).innerText,
      steps: root.querySelectorAll('.stepper-step').length,
      lastStep: (root.querySelector('.stepper-step:last-child') as HTMLElement | null)?.innerText ?? '',
      notices: (root.querySelector('.stepper-notices') as HTMLElement).innerText,
    };
  });
}

/** Presses a button (after filling its input) and waits for the call's entry in the timeline. */
async function press(stepper: Locator, command: string, input?: string): Promise<Shown> {
  if (input !== undefined) await stepper.locator(`input[data-input="${command}"]`).fill(input);
  const before = (await shown(stepper)).steps;
  await stepper.locator(`button[data-command="${command}"]`).click();
  await expect.poll(async () => (await shown(stepper)).steps, { timeout: 10_000 }).toBe(before + 1);
  await expect.poll(() => stepper.getAttribute('data-state')).not.toBe('running');
  return shown(stepper);
}

/** The 1-based line of the sample holding `text` (once). */
function lineOf(code: string, text: string): number {
  const lines = code.split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  expect(index, `"${text}" in the sample`).toBeGreaterThanOrEqual(0);
  expect(
    lines.filter((line) => line.includes(text)),
    `"${text}" once in the sample`,
  ).toHaveLength(1);
  return index + 1;
}

/** What the caller of the real generator gets, as the stepper words it. */
async function expected(code: string, fn: string, args: unknown[], calls: Call[]): Promise<string[]> {
  return (await runPlain(code, fn, args, calls)).map((seen) => seen.outcome);
}

describe('the generator stepper', () => {
  it('loads only when it comes into view, and steps through the four states (chapter 2)', async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1280, height: 700 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.url}/generator-functions/generator-states/`);
    await page.waitForLoadState('networkidle');
    const stepper = page.locator('section.stepper[data-fn="fragile"]');
    // Far below the fold: nothing but the small boot script has loaded.
    expect(requested.filter((url) => /stepper-ui|stepper\.worker/.test(url))).toEqual([]);
    await expect(stepper.locator('button[data-command="next"]').isDisabled()).resolves.toBe(true);

    await stepper.scrollIntoViewIfNeeded();
    await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
    expect(requested.some((url) => /stepper-ui/.test(url))).toBe(true);
    const code = JSON.parse((await stepper.locator('script.stepper-data').textContent())!).code as string;

    let now = await shown(stepper);
    expect(now.badge).toBe('suspended at start');
    expect(now.where).toBe('before the first line of its body');
    expect(now.marks).toEqual([]);
    expect(now.framesText).toContain('The body has not started');
    expect(now.lastStep).toContain('const gen = fragile()');
    expect(now.lastStep).toContain('Nothing runs: calling a generator function only creates the generator object.');

    const real = await expected(code, 'fragile', [], [['next'], ['next'], ['next']]);
    const yieldLine = lineOf(code, 'yield 1;');
    const throwLine = lineOf(code, "throw new Error('broken')");

    now = await press(stepper, 'next');
    expect(now.result).toBe(real[0]);
    expect(now.result).toBe('{ value: 1, done: false }');
    expect(now.state).toBe('suspended-yield');
    expect(now.badge).toBe('suspended at a yield');
    expect(now.where).toBe(`line ${yieldLine}`);
    expect(now.marks).toEqual([{ kind: 'paused', line: yieldLine, text: 'yield 1;' }]);
    expect(now.frames).toEqual([{ head: `fragile — paused at the yield on line ${yieldLine}`, locals: {} }]);
    expect(now.lastStep).toContain(`pauses at the yield on line ${yieldLine}, handing out 1`);

    // An uncaught error ends the generator.
    now = await press(stepper, 'next');
    expect(now.result).toBe(real[1]);
    expect(now.result).toBe('threw Error: broken');
    expect(now.state).toBe('completed');
    expect(now.badge).toBe('completed');
    expect(now.where).toBe(`an uncaught error ended it (line ${throwLine})`);
    expect(now.marks).toEqual([{ kind: 'threw', line: throwLine, text: "throw new Error('broken');" }]);
    expect(now.frames[0].head).toBe(`fragile — completed: an error escaped at line ${throwLine}`);
    expect(now.lastStep).toContain(`Error: broken escapes the body at line ${throwLine}: nothing caught it`);
    expect(now.lastStep).toContain('is completed: the uncaught error ended it');
    expect(now.lastStep).toContain('throws Error: broken');

    // Completed stays completed.
    now = await press(stepper, 'next');
    expect(now.result).toBe(real[2]);
    expect(now.result).toBe('{ value: undefined, done: true }');
    expect(now.state).toBe('completed');
    expect(now.lastStep).toContain('Nothing runs: a completed generator stays completed.');
  });

  it('shows lines, output and locals of a two-way generator, and sends JSON values (chapter 7)', async () => {
    const { page, stepper, code, errors } = await openStepper('/two-way/sending-values/', 'listener');
    const calls: Call[] = [['next'], ['next', 'hello'], ['next', { n: 1 }]];
    const real = await expected(code, 'listener', [], calls);

    let now = await press(stepper, 'next');
    expect(now.result).toBe(real[0]);
    expect(now.lastStep).toContain('starts running its body');
    expect(now.lastStep).toContain('prints: started');
    const first = lineOf(code, "const first = yield 'ready';");
    expect(now.marks).toEqual([{ kind: 'paused', line: first, text: "const first = yield 'ready';" }]);
    expect(now.frames[0].locals).toEqual({});

    // The input starts as "hello" (the lesson's send="…"); Enter in it makes the call.
    await stepper.locator('input[data-input="next-value"]').fill('"hello"');
    await stepper.locator('input[data-input="next-value"]').press('Enter');
    await expect.poll(async () => (await shown(stepper)).steps).toBe(3);
    now = await shown(stepper);
    expect(now.result).toBe(real[1]);
    expect(now.result).toBe("{ value: 'still listening', done: false }");
    expect(now.lastStep).toContain('gen.next("hello")');
    expect(now.lastStep).toContain(`resumes at line ${first}: the yield evaluates to 'hello'`);
    expect(now.lastStep).toContain('prints: received hello');
    expect(now.frames[0].locals).toEqual({ first: "'hello'" });
    const second = lineOf(code, "const second = yield 'still listening';");
    expect(now.marks).toEqual([{ kind: 'paused', line: second, text: "const second = yield 'still listening';" }]);

    // Not JSON: explained, nothing is called.
    await stepper.locator('input[data-input="next-value"]').fill('hello');
    await stepper.locator('button[data-command="next-value"]').click();
    await expect.poll(async () => (await shown(stepper)).notices).toContain('“hello” is not JSON');
    expect((await shown(stepper)).steps).toBe(3);

    now = await press(stepper, 'next-value', '{"n": 1}');
    expect(now.result).toBe(real[2]);
    expect(now.state).toBe('completed');
    expect(now.lastStep).toContain('prints: received { n: 1 }');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the stack inside yield*, a caught throw(), and both finally blocks on return() (chapter 8)', async () => {
    const { stepper, code } = await openStepper('/throw-and-return/delegating-both-ways/', 'manager');
    const calls: Call[] = [['next'], ['throw', new Error('disk full')], ['return', 'early'], ['next']];
    const real = await expected(code, 'manager', [], calls);
    const delegateLine = lineOf(code, 'yield* worker();');
    const step1 = lineOf(code, "yield 'step 1';");
    const recovered = lineOf(code, "yield 'recovered';");

    let now = await press(stepper, 'next');
    expect(now.result).toBe(real[0]);
    expect(now.badge).toBe('suspended at a yield');
    expect(now.where).toBe(`line ${step1} in worker (inside yield* on line ${delegateLine})`);
    expect(now.marks).toEqual([
      { kind: 'paused', line: step1, text: "yield 'step 1';" },
      { kind: 'delegating', line: delegateLine, text: 'yield* worker();' },
    ]);
    expect(now.frames.map((f) => f.head)).toEqual([`manager — inside yield* on line ${delegateLine}`, `worker — paused at the yield on line ${step1}`]);
    expect(now.framesText).toContain('Delegation stack (outermost first)');
    expect(now.lastStep).toContain(`yield* on line ${delegateLine} delegates to a generator object`);
    expect(now.lastStep).toContain('worker: starts running its body');

    now = await press(stepper, 'throw', 'disk full');
    expect(now.result).toBe(real[1]);
    expect(now.result).toBe("{ value: 'recovered', done: false }");
    expect(now.lastStep).toContain('gen.throw(new Error("disk full"))');
    expect(now.lastStep).toContain(`worker: resumes at line ${step1}: the yield throws the error`);
    expect(now.lastStep).toContain('worker: catches Error: disk full');
    expect(now.lastStep).toContain('prints: worker caught: disk full');
    expect(now.frames.map((f) => f.head)).toEqual([`manager — inside yield* on line ${delegateLine}`, `worker — paused at the yield on line ${recovered}`]);
    expect(now.frames[1].locals).toEqual({ error: '[Error: disk full]' });

    now = await press(stepper, 'return', '"early"');
    expect(now.result).toBe(real[2]);
    expect(now.result).toBe("{ value: 'early', done: true }");
    expect(now.state).toBe('completed');
    const events = now.lastStep;
    // The worker's finally runs first, then the manager's.
    const order = [
      'worker: resumes at line',
      'worker: enters the finally block',
      'prints: worker: finally',
      'worker: is completed',
      `yield* on line ${delegateLine} ends early`,
      'enters the finally block',
      'prints: manager: finally',
      'is completed',
    ];
    let from = 0;
    for (const text of order) {
      const at = events.indexOf(text, from);
      expect(at, `"${text}" after position ${from} in:\n${events}`).toBeGreaterThanOrEqual(0);
      from = at + text.length;
    }
    expect(now.frames.map((f) => f.head)).toEqual(['manager — completed']);

    now = await press(stepper, 'next');
    expect(now.result).toBe(real[3]);
  });

  it('runs finally on return(), and nothing at all on return() before the start (chapter 8)', async () => {
    const { stepper, code } = await openStepper('/throw-and-return/closing-early/', 'numbers');
    const real = await expected(code, 'numbers', [], [['next'], ['return', 'stopped early'], ['next']]);
    const yieldLine = lineOf(code, 'yield 1;');
    const finallyLine = lineOf(code, '} finally {');

    let now = await press(stepper, 'next');
    expect(now.result).toBe(real[0]);
    now = await press(stepper, 'return');
    expect(now.result).toBe(real[1]);
    expect(now.result).toBe("{ value: 'stopped early', done: true }");
    expect(now.state).toBe('completed');
    expect(now.lastStep).toContain(`resumes at line ${yieldLine}: the yield acts like a return statement`);
    expect(now.lastStep).toContain(`enters the finally block (line ${finallyLine})`);
    expect(now.lastStep).toContain('prints: cleaning up');
    expect(now.lastStep).toContain(`leaves the finally block (line ${finallyLine})`);
    now = await press(stepper, 'next');
    expect(now.result).toBe(real[2]);

    // Reset, then return() first: the body never starts, no finally runs.
    await stepper.locator('button[data-command="reset"]').click();
    await expect.poll(async () => (await shown(stepper)).steps).toBe(1);
    await expect.poll(() => stepper.getAttribute('data-state')).toBe('suspended-start');
    const realAtStart = await expected(code, 'numbers', [], [['return', 'stopped early']]);
    now = await press(stepper, 'return');
    expect(now.result).toBe(realAtStart[0]);
    expect(now.state).toBe('completed');
    expect(now.lastStep).toContain('Nothing runs: the body never started, so return() completes the generator at once (no finally block runs).');
    expect(now.lastStep).not.toContain('cleaning up');
  });

  it('awaits an async generator, showing it running while it awaits (chapter 9)', async () => {
    const { stepper, code } = await openStepper('/async-generators/for-await/', 'ticks');
    const real = await expected(code, 'ticks', [2], [['next'], ['next'], ['next']]);
    const awaitLine = lineOf(code, 'await sleep(500);');
    const yieldLine = lineOf(code, 'yield `tick ${i}`;');
    await expect(stepper.locator('button[data-command="next"]').innerText()).resolves.toBe('await gen.next()');

    // Record every state the stepper shows while the call runs (the sleep lasts 500 ms).
    await stepper.evaluate((root: HTMLElement) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const record = () => {
        const marked = [...root.querySelectorAll('.cm-stepper-line')].map(
          (line) => `${line.className.replace(/.*cm-stepper-(\w+)$/, '$1')}:${(line.textContent ?? '').trim()}`,
        );
        const entry = `${root.querySelector('.stepper-badge')!.textContent} | ${root.querySelector('.stepper-where')!.textContent} | ${marked.join(', ')}`;
        if (seen.at(-1) !== entry) seen.push(entry);
      };
      new MutationObserver(record).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    let now = await press(stepper, 'next');
    const seen = await stepper.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toContain(`running | awaiting on line ${awaitLine} | awaiting:await sleep(500);`);
    expect(seen.at(-1)).toBe(`suspended at a yield | line ${yieldLine} | paused:yield \`tick \${i}\`;`);
    expect(now.result).toBe(real[0]);
    expect(now.result).toBe("{ value: 'tick 1', done: false }");
    expect(now.lastStep).toContain('await gen.next()');
    expect(now.lastStep).toContain(`awaits on line ${awaitLine}`);
    expect(now.lastStep).toContain(`resumes after the await on line ${awaitLine} with undefined`);
    expect(now.lastStep).toContain(`pauses at the yield on line ${yieldLine}, handing out 'tick 1'`);
    expect(now.marks).toEqual([{ kind: 'paused', line: yieldLine, text: 'yield `tick ${i}`;' }]);
    expect(now.frames[0].locals).toEqual({ count: '2', i: '1' });

    now = await press(stepper, 'next');
    expect(now.result).toBe(real[1]);
    expect(now.frames[0].locals).toEqual({ count: '2', i: '2' });
    now = await press(stepper, 'next');
    expect(now.result).toBe(real[2]);
    expect(now.state).toBe('completed');
  });

  it('steps through the learner’s edited code, stops an endless loop, and resets (chapter 2)', async () => {
    const { page, stepper, code } = await openStepper('/generator-functions/pause-and-resume/', 'steps');

    // Edit: an endless loop before the second yield.
    await stepper.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(code.replace("console.log('  after 1');", "console.log('  after 1');\n  let spins = 0;\n  while (true) spins++;"));
    await expect.poll(async () => (await shown(stepper)).notices).toContain('You changed the code. Press Reset');
    await expect(stepper.locator('button[data-command="next"]').getAttribute('aria-disabled')).resolves.toBe('true');
    await stepper.locator('button[data-command="reset"]').click();
    await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
    // Compiled by the page's one compiler worker, the one the exercises use.
    expect(page.workers().filter((worker) => worker.url().includes('compiler.worker'))).toHaveLength(1);

    let now = await press(stepper, 'next');
    expect(now.result).toBe('{ value: 1, done: false }');
    const started = Date.now();
    now = await press(stepper, 'next');
    // Stopped by the 2 s limit (not before it); no upper bound, as a loaded machine is slow to report.
    expect(now.state).toBe('stopped');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(now.notices).toContain('gen.next() did not return within 2 s');
    expect(now.notices).toContain('It was running line 6 when it was stopped.');
    expect(now.lastStep).toContain('Still running after 2 s.');
    // The page stayed responsive.
    await expect(page.evaluate(() => 1 + 1)).resolves.toBe(2);
    await expect(stepper.locator('button[data-command="next"]').getAttribute('aria-disabled')).resolves.toBe('true');

    // Back to the original sample: Reset works again, without the compiler.
    await stepper.locator('button[data-command="original"]').click();
    await stepper.locator('button[data-command="reset"]').click();
    await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
    const real = await expected(code, 'steps', [], [['next'], ['next'], ['next']]);
    for (const outcome of real) {
      now = await press(stepper, 'next');
      expect(now.result).toBe(outcome);
    }
    expect(now.state).toBe('completed');
  });

  it('runs code with a type error, saying so, and refuses a syntax error', async () => {
    const { page, stepper, code } = await openStepper('/generator-functions/pause-and-resume/', 'steps');
    await stepper.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(code.replace('yield 1;', 'const n: string = 1;\n  yield n;'));
    await stepper.locator('button[data-command="reset"]').click();
    await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
    let now = await shown(stepper);
    expect(now.notices).toContain('Type errors (marked in the code). The stepper runs it anyway');
    expect(now.notices).toContain("Line 3, column 9: Type 'number' is not assignable to type 'string'. (TS2322)");
    now = await press(stepper, 'next');
    expect(now.result).toBe('{ value: 1, done: false }');
    expect(now.frames[0].locals).toEqual({ n: '1' });

    await stepper.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText('function* steps() {\n  yield (;\n}\n');
    await stepper.locator('button[data-command="reset"]').click();
    await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('error');
    now = await shown(stepper);
    expect(now.notices).toContain('Your code has a syntax error, so it cannot run');
    expect(now.notices).toContain('Line 2');
  });

  it('is operable from the keyboard and announces each result', async () => {
    const { page, stepper } = await openStepper('/delegation/yield-star/', 'withStar');
    await stepper.locator('button[data-command="next"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => stepper.locator('.stepper-live').textContent())
      .toBe("gen.next() returned { value: 'start', done: false }. Suspended at a yield: line 7.");
    await page.keyboard.press('Space');
    await expect
      .poll(() => stepper.locator('.stepper-live').textContent())
      .toBe("gen.next() returned { value: 'a', done: false }. Suspended at a yield: line 2 in letters (inside yield* on line 8).");
    // Focus stays on the button between calls.
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.command)).resolves.toBe('next');
  });

  it('works offline after one visit, edits included', async () => {
    await context?.close();
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    // The service worker precaches the whole site, the stepper's scripts and workers included.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.goto(`${server.url}/delegation/yield-star/`);
    const stepper = page.locator('section.stepper[data-fn="withStar"]');
    await stepper.scrollIntoViewIfNeeded();
    await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
    let now = await press(stepper, 'next');
    expect(now.result).toBe("{ value: 'start', done: false }");

    const code = JSON.parse((await stepper.locator('script.stepper-data').textContent())!).code as string;
    await stepper.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(code.replace("yield 'start';", "yield 'offline';"));
    await stepper.locator('button[data-command="reset"]').click();
    await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
    now = await press(stepper, 'next');
    expect(now.result).toBe("{ value: 'offline', done: false }");
  });

  describe('Watch it run', () => {
    const watchBox = (stepper: Locator) => stepper.locator('.stepper-watch');
    const watchStep = async (stepper: Locator) => Number(await watchBox(stepper).getAttribute('data-watch-step'));

    /** Each timeline entry as one line, the way a caption says it: the call, what the generator did, what the caller got. */
    function traceLines(stepper: Locator): Promise<string[]> {
      return stepper.evaluate((root: HTMLElement) =>
        [...root.querySelectorAll('.stepper-step')].map((li) => {
          const call = li.querySelector('.stepper-call-out code')!.textContent;
          const events = [...li.querySelectorAll('.stepper-event')].map((e) => e.textContent);
          const did = events.length > 0 ? events.join('; ') : li.querySelector('.stepper-quiet')!.textContent;
          const back = li.querySelector('.stepper-call-back')!.textContent!.replace(/^Caller: /, '');
          return `${call} — ${did} → ${back}`;
        }),
      );
    }

    it('plays next() to the end by itself, each caption the timeline’s own entry for that call', async () => {
      const { stepper, errors } = await openStepper('/delegation/yield-star/', 'withStar');
      await stepper.evaluate((root: HTMLElement) => {
        const caption = root.querySelector('.stepper-watch-caption')!;
        const seen: string[] = [];
        (root as HTMLElement & { captions?: string[] }).captions = seen;
        new MutationObserver(() => seen.push(caption.textContent ?? '')).observe(caption, { childList: true, characterData: true, subtree: true });
      });
      await stepper.getByLabel('Speed').selectOption('2');
      await stepper.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => watchBox(stepper).getAttribute('data-playing')).toBe('true');
      await expect.poll(() => watchBox(stepper).getAttribute('data-finished'), { timeout: 20_000 }).toBe('true');
      await expect.poll(() => watchBox(stepper).getAttribute('data-playing')).toBe('false');
      expect(await stepper.getAttribute('data-state')).toBe('completed');

      const trace = await traceLines(stepper);
      // Created, then start, a, b, end and the final { done: true }.
      expect(trace).toHaveLength(6);
      expect(trace[1]).toBe(
        "gen.next() — starts running its body (line 6); runs line 7; pauses at the yield on line 7, handing out 'start' → gets { value: 'start', done: false }",
      );
      expect(trace[5]).toContain('→ gets { value: undefined, done: true }');
      const captions = [...new Set(await stepper.evaluate((root: HTMLElement & { captions?: string[] }) => root.captions!.filter(Boolean)))];
      expect(captions).toEqual([
        `Start: ${trace[0]}`,
        ...trace.slice(1, -1).map((line, i) => `Step ${i + 1}: ${line}`),
        `Step 5: ${trace[5]} That is the end: Play starts again.`,
      ]);
      await expect(stepper.getByRole('button', { name: 'Play' }).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    });

    it('plays the calls a lesson lists: next(), then next("hello") twice (chapter 7)', async () => {
      const { page, stepper } = await openStepper('/two-way/sending-values/', 'listener');
      await expect(watchBox(stepper).locator('.stepper-watch-title').textContent()).resolves.toBe('Watch it run');
      await stepper.getByLabel('Speed').selectOption('2');
      await stepper.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => watchBox(stepper).getAttribute('data-finished'), { timeout: 20_000 }).toBe('true');
      const trace = await traceLines(stepper);
      expect(trace.map((line) => line.slice(0, line.indexOf(' — ')))).toEqual([
        'const gen = listener()',
        'gen.next()',
        'gen.next("hello")',
        'gen.next("hello")',
      ]);
      expect(trace[2]).toContain('prints: received hello');
      await expect(watchBox(stepper).locator('.stepper-watch-caption').textContent()).resolves.toBe(`Step 3: ${trace[3]} That is the end: Play starts again.`);
      expect(await stepper.getAttribute('data-state')).toBe('completed');
      await page.close();
    });

    it('stops advancing on Pause, and Step back replays to the step before', async () => {
      const { page, stepper } = await openStepper('/delegation/yield-star/', 'withStar');
      await stepper.getByLabel('Speed').selectOption('2');
      await stepper.getByRole('button', { name: 'Play' }).click();
      await expect.poll(() => watchStep(stepper), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
      await stepper.getByRole('button', { name: 'Pause' }).click();
      await expect.poll(() => watchBox(stepper).getAttribute('data-playing')).toBe('false');
      await expect.poll(() => stepper.getAttribute('data-state')).not.toBe('running');
      const paused = await watchStep(stepper);
      const steps = (await shown(stepper)).steps;
      // Three steps' worth of time at 2×: nothing moves.
      await page.waitForTimeout(2500);
      expect(await watchStep(stepper)).toBe(paused);
      expect((await shown(stepper)).steps).toBe(steps);

      await stepper.getByRole('button', { name: 'Step back' }).click();
      await expect.poll(() => watchStep(stepper), { timeout: 20_000 }).toBe(paused - 1);
      const trace = await traceLines(stepper);
      // A fresh generator, replayed: its creation and the calls before the one undone.
      expect(trace).toHaveLength(paused);
      await expect(watchBox(stepper).locator('.stepper-watch-caption').textContent()).resolves.toBe(`Step ${paused - 1}: ${trace.at(-1)}`);
      expect((await shown(stepper)).result).toBe(`{ value: '${['start', 'a', 'b', 'end'][paused - 2]}', done: false }`);

      // The learner takes over with a button of their own: the watch lets go.
      await press(stepper, 'next');
      await expect(watchBox(stepper).locator('.stepper-watch-caption').textContent()).resolves.toMatch(/^You took over/);
      for (const theme of ['light', 'dark']) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        expect(await axeViolations(page), theme).toEqual([]);
      }
    }, 120_000);

    it('with reduced motion, does not play by itself and says so; Next step advances from the keyboard', async () => {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${server.url}/delegation/yield-star/`);
      const stepper = page.locator('section.stepper[data-fn="withStar"]');
      await stepper.scrollIntoViewIfNeeded();
      await expect.poll(() => stepper.getAttribute('data-state'), { timeout: 30_000 }).toBe('suspended-start');
      await expect(stepper.getByRole('button', { name: 'Play' }).isVisible()).resolves.toBe(false);
      await expect(stepper.locator('.stepper-watch-motion').innerText()).resolves.toContain('does not play by itself');

      const next = stepper.getByRole('button', { name: 'Next step' });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => watchBox(stepper).locator('.stepper-watch-caption').textContent(), { timeout: 20_000 })
        .toMatch(/^Start: const gen = withStar\(\)/);
      await page.keyboard.press('Enter');
      await expect.poll(() => watchStep(stepper), { timeout: 20_000 }).toBe(1);
      // Nothing advances by itself.
      await page.waitForTimeout(2500);
      expect(await watchStep(stepper)).toBe(1);
      expect((await shown(stepper)).steps).toBe(2);
      await expect(watchBox(stepper).locator('.stepper-watch-caption').textContent()).resolves.toBe(`Step 1: ${(await traceLines(stepper))[1]}`);
      expect(await axeViolations(page)).toEqual([]);
    }, 120_000);
  });

  it('passes axe with the stepper open, in light and dark', async () => {
    const { page, stepper } = await openStepper('/throw-and-return/delegating-both-ways/', 'manager');
    await press(stepper, 'next');
    await press(stepper, 'throw', 'disk full');
    // The delegation stack, its locals, the timeline and the marked lines are all on screen.
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      expect(await axeViolations(page), theme).toEqual([]);
    }
  }, 180_000);
});
