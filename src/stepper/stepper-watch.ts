/**
 * "Watch it run": the stepper plays a scripted sequence of calls by itself
 * (by default next() until the generator is done), one step at a time, with a
 * one-line caption of what just happened. The captions are the stepper's own
 * trace of each call (stepper-ui.ts), so they are true of the code. Step back
 * restarts the generator and replays the calls before the current one. With
 * `prefers-reduced-motion: reduce` nothing advances by itself: the learner
 * moves on with "Next step".
 */

/** One scripted call: a stepper command, and the JSON (or message) it is made with. */
export interface WatchCall {
  command: 'next' | 'next-value' | 'throw' | 'return';
  value?: string;
}

/** What the watch needs from the stepper it drives. */
export interface WatchHost {
  /** Starts the generator afresh; the caption of its creation, or null if it cannot run. */
  reset(): Promise<string | null>;
  /** Makes one call; the caption of the step it recorded, or null if no call was made. */
  perform(call: WatchCall): Promise<string | null>;
  /** Whether the generator can take another call (suspended, not completed or stopped). */
  canContinue(): boolean;
}

/** Time between two steps at 1×. */
export const STEP_DELAY_MS = 1600;
/** The default script stops after this many next() calls, for endless generators. */
export const MAX_WATCH_CALLS = 25;

export class StepperWatch {
  private readonly play: HTMLButtonElement;
  private readonly back: HTMLButtonElement;
  private readonly forward: HTMLButtonElement;
  private readonly speed: HTMLSelectElement;
  private readonly caption: HTMLElement;
  private readonly motionNote: HTMLElement;
  private readonly motion = matchMedia('(prefers-reduced-motion: reduce)');

  /** Scripted calls made since the watch last started the generator. */
  private done = 0;
  /** Whether the generator on screen is the watch's: false after a manual call or Reset. */
  private own = false;
  private finished = false;
  private playing = false;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly box: HTMLElement,
    private readonly host: WatchHost,
    private readonly script: WatchCall[] | null,
  ) {
    this.play = box.querySelector<HTMLButtonElement>('button[data-watch="play"]')!;
    this.back = box.querySelector<HTMLButtonElement>('button[data-watch="back"]')!;
    this.forward = box.querySelector<HTMLButtonElement>('button[data-watch="forward"]')!;
    this.speed = box.querySelector<HTMLSelectElement>('select[data-watch="speed"]')!;
    this.caption = box.querySelector<HTMLElement>('.stepper-watch-caption')!;
    this.motionNote = box.querySelector<HTMLElement>('.stepper-watch-motion')!;
  }

  init() {
    this.play.addEventListener('click', () => (this.playing ? this.pause() : void this.start()));
    this.forward.addEventListener('click', () => {
      this.pause();
      void this.step();
    });
    this.back.addEventListener('click', () => void this.stepBack());
    this.motion.addEventListener('change', () => this.renderMotion());
    for (const control of [this.play, this.back, this.forward, this.speed]) control.disabled = false;
    this.renderMotion();
    this.render();
  }

  /** The learner made a call or pressed Reset: the generator is theirs now. */
  takenOver() {
    if (this.busy) return;
    this.pause();
    if (this.own) this.show('You took over: press Play or Next step to watch from the start again.');
    this.own = false;
    this.render();
  }

  private get reducedMotion() {
    return this.motion.matches;
  }

  private callAt(index: number): WatchCall | undefined {
    if (this.script) return this.script[index];
    return index < MAX_WATCH_CALLS ? { command: 'next' } : undefined;
  }

  private async start() {
    if (this.reducedMotion) return;
    this.playing = true;
    this.render();
    if (!this.own || this.finished) {
      if (!(await this.restart())) return;
      if (!this.playing) return;
      this.schedule();
      return;
    }
    await this.tick();
  }

  private pause() {
    clearTimeout(this.timer);
    if (!this.playing) return;
    this.playing = false;
    this.render();
  }

  private schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), STEP_DELAY_MS / Number(this.speed.value || 1));
  }

  private async tick() {
    if (!this.playing) return;
    await this.step();
    if (!this.playing) return;
    if (this.finished) this.pause();
    else this.schedule();
  }

  /** Starts the generator afresh for the watch; false if it cannot run. */
  private async restart(): Promise<boolean> {
    this.busy = true;
    this.done = 0;
    this.finished = false;
    const caption = await this.host.reset();
    this.busy = false;
    this.own = caption !== null;
    if (caption === null) {
      this.playing = false;
      this.show('The code cannot run: see the message above the buttons.');
    } else this.show(`Start: ${caption}`);
    this.render();
    return this.own;
  }

  /** One scripted call, with its caption. */
  private async step() {
    if (this.busy) return;
    if (!this.own || this.finished) {
      await this.restart();
      return;
    }
    const call = this.callAt(this.done);
    if (!call || !this.host.canContinue()) {
      this.finish();
      return;
    }
    this.busy = true;
    const caption = await this.host.perform(call);
    this.busy = false;
    if (caption === null) {
      this.own = false;
      this.pause();
      this.show('The stepper could not make the call: see the message above the buttons.');
      return;
    }
    this.done += 1;
    this.show(`Step ${this.done}: ${caption}`);
    if (!this.host.canContinue() || !this.callAt(this.done)) this.finish();
    this.render();
  }

  private finish() {
    this.finished = true;
    this.caption.append(this.reducedMotion ? ' That is the end: Next step starts again.' : ' That is the end: Play starts again.');
    this.render();
  }

  /** Restarts the generator and replays every call but the last. */
  private async stepBack() {
    this.pause();
    if (this.busy || !this.own || this.done === 0) return;
    const target = this.done - 1;
    if (!(await this.restart())) return;
    this.busy = true;
    let caption: string | null = null;
    for (let i = 0; i < target; i++) {
      caption = await this.host.perform(this.callAt(i)!);
      if (caption === null) break;
      this.done += 1;
    }
    this.busy = false;
    if (caption !== null) this.show(`Step ${this.done}: ${caption}`);
    this.render();
  }

  private show(text: string) {
    this.caption.textContent = text;
    this.box.dataset.watchStep = String(this.done);
  }

  private render() {
    this.play.textContent = this.playing ? 'Pause' : 'Play';
    this.play.setAttribute('aria-label', this.playing ? 'Pause watching' : 'Play: watch the generator run');
    this.back.setAttribute('aria-disabled', String(!this.own || this.done === 0));
    this.box.dataset.playing = String(this.playing);
    this.box.dataset.finished = String(this.finished);
  }

  private renderMotion() {
    const reduced = this.reducedMotion;
    if (reduced) this.pause();
    this.play.hidden = reduced;
    this.speed.closest('label')!.hidden = reduced;
    this.motionNote.hidden = !reduced;
  }
}
